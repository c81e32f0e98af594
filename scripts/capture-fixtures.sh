#!/usr/bin/env bash
# Captures what Debian's nginx and PHP-FPM really write when the upstream
# breaks, one folder per way the tree covers: the new error-log lines, the
# response headers and the body. The analyzer's fixtures come from here, so a
# change in real server output shows up as a failing test.
#
#   scripts/capture-fixtures.sh OUTPUT_DIR
#
# Everything runs on 127.0.0.1 from a temporary prefix with its own config:
# the system's nginx and php-fpm services are never started or touched, and
# every process this script starts is stopped when it exits.
set -euo pipefail

out="${1:?usage: scripts/capture-fixtures.sh OUTPUT_DIR}"
base_port="${FIXTURE_PORT:-18480}"
port=$base_port                # the nginx that answers the requests
plain_port=$((base_port + 1))  # a plain HTTP server, where something else was expected
raw_port=$((base_port + 2))    # a hand-made backend that answers with chosen bytes
dead_port=$((base_port + 3))   # nothing listens here
dead_port2=$((base_port + 4))

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Install the packages without letting their postinst start the system
# services (which would take port 80): policy-rc.d answering 101 forbids it.
if [ ! -x /usr/sbin/nginx ] || ! compgen -G '/usr/sbin/php-fpm*' >/dev/null || ! command -v php >/dev/null; then
  made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx php-fpm php-cli >/dev/null
  if [ -n "$made_policy" ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi
nginx_bin=/usr/sbin/nginx
fpm_bin=$(compgen -G '/usr/sbin/php-fpm*' | sort -V | tail -n 1)

tmp=$(mktemp -d)
chmod 755 "$tmp"
nginx_pid= fpm_pid= raw_pid=
stop() {
  local pid=$1 signal=${2:-TERM}
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$raw_pid"
  stop "$nginx_pid" QUIT
  stop "$fpm_pid"
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp"/{www,run,nginx,fpm} "$out"
chmod 1777 "$tmp/run"
# The PHP pages each case requests; workers run as nobody, so all of it is world-readable.
cat >"$tmp/www/index.php" <<'PHP'
<?php echo "ok\n";
PHP
cat >"$tmp/www/slow.php" <<'PHP'
<?php
file_put_contents(__DIR__ . '/../run/worker.pid', getmypid());
sleep((int) ($_GET['s'] ?? 3));
echo "done\n";
PHP
cat >"$tmp/www/big-header.php" <<'PHP'
<?php header('X-Session: ' . str_repeat('a', 16000)); echo "ok\n";
PHP
cat >"$tmp/www/memory.php" <<'PHP'
<?php ini_set('memory_limit', '16M'); $blob = str_repeat('x', 64 * 1024 * 1024); echo strlen($blob);
PHP
# A backend that reads one request and answers with the bytes named on its command line, then closes.
cat >"$tmp/raw.php" <<'PHP'
<?php
$server = stream_socket_server('tcp://127.0.0.1:' . $argv[1]);
$reply = stripcslashes($argv[2]);
while ($client = stream_socket_accept($server, 60)) {
  fread($client, 65536);
  fwrite($client, $reply);
  fclose($client);
}
PHP
chmod -R a+rX "$tmp/www"

# Writes nginx.conf with the given server-level directives and starts nginx in the foreground.
start_nginx() {
  local user_line=
  if [ "$(id -u)" -eq 0 ]; then user_line='user nobody nogroup;'; fi
  rm -f "$tmp/nginx/error.log"
  cat >"$tmp/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  ${2:-}
  server {
    listen 127.0.0.1:$port;
    server_name localhost;
    root $tmp/www;
    $1
  }
  server {
    listen 127.0.0.1:$plain_port;
    return 200 "plain HTTP\n";
  }
}
NGINX
  "$nginx_bin" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  wait_for "nginx on port $port" curl -s -o /dev/null "http://127.0.0.1:$plain_port/"
}

# Writes a pool config with the given extra lines and starts PHP-FPM in the foreground.
start_fpm() {
  local user_lines=
  if [ "$(id -u)" -eq 0 ]; then user_lines=$'user = nobody\ngroup = nogroup\nlisten.owner = nobody\nlisten.group = nogroup'; fi
  rm -f "$tmp/fpm/php-fpm.log"
  cat >"$tmp/fpm/php-fpm.conf" <<FPM
[global]
pid = $tmp/fpm/php-fpm.pid
error_log = $tmp/fpm/php-fpm.log
log_level = notice
daemonize = no

[www]
$user_lines
listen = $tmp/fpm/php-fpm.sock
pm = dynamic
pm.max_children = 2
pm.start_servers = 1
pm.min_spare_servers = 1
pm.max_spare_servers = 1
$1
FPM
  "$fpm_bin" --nodaemonize --fpm-config "$tmp/fpm/php-fpm.conf" --prefix "$tmp/fpm" &
  fpm_pid=$!
  wait_for "PHP-FPM" grep -q 'ready to handle connections' "$tmp/fpm/php-fpm.log"
}

wait_for() {
  local what=$1
  shift
  for _ in $(seq 50); do
    if "$@" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "capture-fixtures: $what did not come up" >&2
  return 1
}

# Where each log stood before the case broke something: only lines after it are kept.
fpm_mark=0
mark_logs() {
  fpm_mark=0
  if [ -f "$tmp/fpm/php-fpm.log" ]; then fpm_mark=$(wc -c <"$tmp/fpm/php-fpm.log"); fi
}

request() {
  curl -sS --http0.9 -m "${2:-15}" -D "$tmp/headers" -o "$tmp/body" "http://127.0.0.1:$port$1" || true
}

# Saves the case: nginx's new error-log lines, PHP-FPM's new log lines, headers and body.
save() {
  local dir="$out/$1"
  sleep 1.2 # PHP-FPM's master notices dead or busy workers once a second
  mkdir -p "$dir"
  cp "$tmp/headers" "$dir/headers"
  cp "$tmp/body" "$dir/body"
  if [ -s "$tmp/nginx/error.log" ]; then cp "$tmp/nginx/error.log" "$dir/error.log"; fi
  if [ -f "$tmp/fpm/php-fpm.log" ] && [ "$(wc -c <"$tmp/fpm/php-fpm.log")" -gt "$fpm_mark" ]; then
    tail -c +"$((fpm_mark + 1))" "$tmp/fpm/php-fpm.log" >"$dir/php-fpm.log"
  fi
  echo "captured $1"
}

finish() {
  stop "$raw_pid"
  stop "$nginx_pid" QUIT
  stop "$fpm_pid"
  raw_pid= nginx_pid= fpm_pid=
  rm -f "$tmp/headers" "$tmp/body" "$tmp/run/worker.pid" "$tmp/nginx/error.log" "$tmp/fpm/php-fpm.log"
}

start_raw() {
  php -n "$tmp/raw.php" "$raw_port" "$1" &
  raw_pid=$!
  wait_for "the raw backend" bash -c "exec 3<>/dev/tcp/127.0.0.1/$raw_port"
}

# Waits until a PHP worker is inside slow.php, then prints its pid.
busy_worker() {
  wait_for "a busy PHP worker" test -s "$tmp/run/worker.pid"
  cat "$tmp/run/worker.pid"
}

sock="unix:$tmp/fpm/php-fpm.sock"
php_location() {
  echo "location ~ \\.php\$ { include /etc/nginx/fastcgi.conf; fastcgi_pass $1; fastcgi_read_timeout ${2:-10s}; }"
}

# --- PHP-FPM is down ---------------------------------------------------------

# FPM stopped as systemd stops it (SIGTERM): it removes its socket, so nginx finds no file.
start_fpm ''
start_nginx "$(php_location "$sock")"
mark_logs
stop "$fpm_pid"
request /index.php
save fpm-stopped
finish

# FPM killed outright: its socket file stays behind, and nothing listens on it.
start_fpm ''
start_nginx "$(php_location "$sock")"
mark_logs
kill -KILL $(ps -o pid= --ppid "$fpm_pid") "$fpm_pid"
wait "$fpm_pid" 2>/dev/null || true
request /index.php
save fpm-killed
finish

# --- nginx and FPM disagree about where to meet ------------------------------

start_fpm ''
start_nginx "$(php_location "unix:$tmp/fpm/php8.2-fpm.sock")"
mark_logs
request /index.php
save wrong-socket-path
finish

start_fpm ''
start_nginx "$(php_location "127.0.0.1:$dead_port")"
mark_logs
request /index.php
save wrong-port
finish

if [ "$(id -u)" -eq 0 ]; then
  # The socket belongs to root; nginx's workers run as nobody.
  start_fpm $'listen.owner = root\nlisten.group = root\nlisten.mode = 0660'
else
  start_fpm 'listen.mode = 0000'
fi
start_nginx "$(php_location "$sock")"
mark_logs
request /index.php
save socket-permission
finish

# fastcgi_pass points at a plain HTTP server.
start_nginx "$(php_location "127.0.0.1:$plain_port")"
mark_logs
request /index.php
save garbage-fastcgi
finish

# --- the worker dies while nginx waits for its reply -------------------------

for signal in KILL SEGV; do
  start_fpm ''
  start_nginx "$(php_location "$sock")"
  mark_logs
  request '/slow.php?s=5' &
  curl_pid=$!
  kill "-$signal" "$(busy_worker)"
  wait "$curl_pid"
  case $signal in KILL) save worker-sigkill ;; SEGV) save worker-segfault ;; esac
  finish
done

start_fpm 'request_terminate_timeout = 1s'
start_nginx "$(php_location "$sock")"
mark_logs
request '/slow.php?s=4'
save request-terminated
finish

# PHP's memory_limit: a fatal error PHP reports itself, so a 500, not a 502.
start_fpm ''
start_nginx "$(php_location "$sock")"
mark_logs
request /memory.php
save memory-limit
finish

# --- busy or slow ------------------------------------------------------------

# One worker, a listen queue of one: the third concurrent request is turned away.
start_fpm $'pm = static\npm.max_children = 1\nlisten.backlog = 0'
start_nginx "$(php_location "$sock")"
mark_logs
curl -sS -m 15 -o /dev/null "http://127.0.0.1:$port/slow.php?s=3" &
first=$!
busy_worker >/dev/null
curl -sS -m 15 -o /dev/null "http://127.0.0.1:$port/slow.php?s=1" &
second=$!
sleep 0.3
request /index.php
wait "$first" "$second"
save backlog-full
finish

# Too slow for fastcgi_read_timeout: a 504, while FPM says the pool is full.
start_fpm $'pm.max_children = 1\npm.start_servers = 1'
start_nginx "$(php_location "$sock" 2s)"
mark_logs
request '/slow.php?s=4'
save slow-upstream
finish

start_nginx 'location / { return 503; }'
mark_logs
request /
save return-503
finish

# --- what the backend sends back ---------------------------------------------

start_fpm ''
start_nginx "$(php_location "$sock")"
mark_logs
request /big-header.php
save huge-header
finish

start_raw 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Broken Header: yes\r\n\r\nhello\n'
start_nginx "location / { proxy_pass http://127.0.0.1:$raw_port; }"
mark_logs
request /
save invalid-header
finish

# nginx passes a reply that is not HTTP on as HTTP/0.9 (a 200 with no headers)
# and never ends it: curl gives up after 3 seconds with the body in hand.
start_raw 'this is not HTTP\n'
start_nginx "location / { proxy_pass http://127.0.0.1:$raw_port; }"
mark_logs
request / 3 2>/dev/null
save garbage-http
finish

start_raw ''
start_nginx "location / { proxy_pass http://127.0.0.1:$raw_port; }"
mark_logs
request /
save app-closed
finish

# --- an app server behind proxy_pass -----------------------------------------

start_nginx "location / { proxy_pass http://127.0.0.1:$dead_port; }"
mark_logs
request /
save app-refused
finish

# proxy_pass https:// to a backend that speaks plain HTTP.
start_nginx "location / { proxy_pass https://127.0.0.1:$plain_port; }"
mark_logs
request /
save tls-upstream
finish

# Every server of the group failed once (max_fails=1), so the second request finds none alive.
start_nginx 'location / { proxy_pass http://app; }' \
  "upstream app { server 127.0.0.1:$dead_port max_fails=1 fail_timeout=30s; server 127.0.0.1:$dead_port2 max_fails=1 fail_timeout=30s; }"
mark_logs
request /
request /
save no-live-upstreams
finish
