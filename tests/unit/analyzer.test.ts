import { describe, expect, test } from 'vitest';
import { createClassifier, MAX_LINE, type Analysis } from '../../src/analyzer/classify';
import { compilePattern, matchLine, patternProblem } from '../../src/analyzer/pattern';
import { classify, table } from '../support/analyzer';

const best = (result: Analysis) => (result.kind === 'match' ? result.best.node : result.kind);
const ranked = (result: Analysis) => (result.kind === 'match' ? [result.best, ...result.others].map((finding) => finding.node) : []);

const nginx104 =
  '2026/11/25 10:00:00 [error] 812#812: *31 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET /checkout HTTP/2.0", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"';
const fpmSigkill = '[25-Nov-2026 10:00:00] WARNING: [pool www] child 4242 exited on signal 9 (SIGKILL) after 12.345678 seconds from start';

describe('patternProblem', () => {
  test('returns nothing for every pattern in content/nodes', () => {
    const unsafe = table.signatures
      .map((signature) => [signature.node, signature.pattern, patternProblem(signature.pattern, signature.matchCase)])
      .filter(([, , problem]) => problem !== null);
    expect(unsafe).toEqual([]);
  });

  test.each([
    ['(?:a{1,9}){1,9}b', /nested|never repeated|inside a group/],
    ['(a)\\1 connect', /capturing/],
    ['connect(?=d) failed', /lookaround/],
    ['connect\\1 failed', /backreference/],
    ['conn.+ected', /unbounded/],
    ['conn\\d* refused', /unbounded/],
    ['upstream (?:a|b)+ x', /never repeated/],
    ['upstream \\d{1,9}\\d{1,9}x', /followed by something it could also match/],
    ['upstream [a-z]{1,30}e', /followed by something it could also match/],
    ['upstream .{1,40} failed', /gap/],
    ['upstream \\d{1,500}x', /n ≤ 64/],
    ['a|b upstream', /alternatives in a group/],
    ['.*upstream', /cannot start with a \.\* gap/],
    ['ab', /literal characters/],
    ['upstream\\u0041', /unsupported escape/],
    ['upstream – failed', /printable ASCII/],
  ])('rejects %s', (pattern, reason) => {
    expect(patternProblem(pattern)).toMatch(reason);
  });

  test('accepts literals, classes, bounded repeats, optional groups and .* gaps', () => {
    expect(patternProblem('^HTTP/[0-9.]{1,3} 50[34] (?:Service )?Unavailable')).toBeNull();
    expect(patternProblem('connect\\(\\) to unix:.*failed \\(2: No such file or directory\\)$')).toBeNull();
  });
});

describe('matchLine', () => {
  test('returns the span from the first part to the end of the last, across a gap', () => {
    const pattern = compilePattern('connect\\(\\) to unix:.*failed \\(2:');
    const line = 'x connect() to unix:/run/php.sock failed (2: No such file';
    const [start, end] = matchLine(pattern, line)!;
    expect(line.slice(start, end)).toBe('connect() to unix:/run/php.sock failed (2:');
  });

  test('honours matchCase, so HAProxy sH and SH stay apart', () => {
    const line = 'fe be/s1 0/0/0/-1/5000 504 194 - - sH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"';
    expect(matchLine(compilePattern(' SH[-A-Z]{2} \\d{1,6}/\\d{1,6}/', true), line)).toBeNull();
    expect(matchLine(compilePattern(' sH[-A-Z]{2} \\d{1,6}/\\d{1,6}/', true), line)).not.toBeNull();
  });
});

describe('classify', () => {
  test('returns empty for an empty or blank paste', () => {
    expect(classify('')).toEqual({ kind: 'empty' });
    expect(classify(' \n\t\r\n ')).toEqual({ kind: 'empty' });
  });

  test('returns unknown for text that matches no signature', () => {
    expect(classify('Hello, I think my website is broken.\nPlease help.')).toEqual({ kind: 'unknown', lines: 2 });
  });

  test('returns unknown for binary junk', () => {
    let junk = '';
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 0x3000);
    }
    expect(classify(junk).kind).toBe('unknown');
  });

  test('returns the matched line, its span and the explanation', () => {
    const result = classify(`some noise\n${fpmSigkill}\n`);
    expect(result.kind).toBe('match');
    if (result.kind !== 'match') return;
    const [reason] = result.best.reasons;
    expect(result.best.node).toBe('fpm-worker-sigkill');
    expect(result.best.href).toBe('/diagnose/fpm-worker-sigkill/');
    expect(reason.line).toBe(2);
    expect(reason.text).toBe(fpmSigkill);
    expect(reason.text.slice(reason.start, reason.end)).toBe('exited on signal 9 (SIGKILL)');
    expect(reason.source).toBe('php-fpm');
    expect(reason.explain).toMatch(/SIGKILL/);
  });

  test('ranks the three causes of a lone FPM reset under the check that tells them apart', () => {
    const nodes = ranked(classify(nginx104));
    expect(nodes[0]).toBe('fpm-worker-log');
    const causes = ['fpm-worker-sigkill', 'fpm-worker-segfault', 'fpm-request-terminated'];
    expect(nodes.filter((node) => causes.includes(node))).toEqual(causes);
  });

  test('adds up the nginx reset and the FPM log line into one diagnosis', () => {
    const result = classify(`${nginx104}\n${fpmSigkill}`);
    expect(best(result)).toBe('fpm-worker-sigkill');
    if (result.kind !== 'match') return;
    expect(result.best.reasons.map((reason) => reason.line)).toEqual([1, 2]);
    expect(result.best.score).toBeGreaterThan(result.others[0].score);
  });

  test('reads a companion line only beside the line it completes', () => {
    const stopped = '[25-Nov-2026 10:00:00] NOTICE: exiting, bye-bye!';
    const missing =
      '2026/11/25 10:00:01 [crit] 812#812: *3 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream';
    expect(best(classify(stopped))).toBe('unknown');
    expect(best(classify(missing))).toBe('fpm-socket-path-mismatch');
    expect(best(classify(`${stopped}\n${missing}`))).toBe('fpm-was-stopped');
  });

  test('reads response headers with CRLF line ends, status line first', () => {
    expect(best(classify('HTTP/2 502\r\nserver: cloudflare\r\ncf-ray: 8e6c1f2a9b3d4e5f-FRA\r\n'))).toBe('cloudflare-page-kind');
    expect(best(classify('HTTP/1.1 502 Bad Gateway\r\nServer: awselb/2.0\r\n'))).toBe('alb-log-check');
    expect(best(classify('HTTP/2 502\r\nvia: 1.1 google\r\n'))).toBe('gclb-log-check');
    expect(best(classify('HTTP/2 502\r\nx-amz-cf-id: abc==\r\n'))).toBe('cloudfront-error-check');
    expect(best(classify('HTTP/1.1 502 Bad Gateway\r\nserver: envoy\r\n'))).toBe('envoy-flags');
    expect(best(classify('HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\n'))).toBe('nginx-backend');
    expect(best(classify('HTTP/1.1 502 Proxy Error\r\nServer: Apache/2.4.57 (Debian)\r\n'))).toBe('apache-backend');
    expect(best(classify('HTTP/2 502\r\nserver: Caddy\r\n'))).toBe('caddy-502');
  });

  test('reads the text of common error pages', () => {
    const cloudflareBranded = 'Bad gateway Error code 502\nVisit cloudflare.com for more information.\nCloudflare Ray ID: 8e6c1f2a9b3d4e5f';
    expect(best(classify(cloudflareBranded))).toBe('cloudflare-bypass-check');
    expect(best(classify('Connection timed out Error code 522\nCloudflare Ray ID: 8e6c1f2a9b3d4e5f'))).toBe('cf-522');
    expect(best(classify('<title>502 Bad Gateway</title>\n<hr><center>cloudflare</center>'))).toBe('cloudflare-plain-pattern');
    expect(best(classify('502 Bad Gateway\nnginx/1.22.1'))).toBe('nginx-backend');
    expect(best(classify('Proxy Error\nThe proxy server received an invalid response from an upstream server.'))).toBe('apache-backend');
    expect(best(classify('Error: Server Error\nThe server encountered a temporary error and could not complete your request.'))).toBe('gclb-log-check');
    expect(best(classify('upstream connect error or disconnect/reset before headers. reset reason: connection failure'))).toBe('envoy-upstream-connect-failure');
    expect(best(classify('<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>'))).toBe('haproxy-log-check');
  });

  test('needs Cloudflare beside "Error code 502" before it calls the page Cloudflare’s', () => {
    expect(best(classify('Error code 502'))).toBe('unknown');
  });

  test('reads app-server logs: gunicorn and uWSGI', () => {
    expect(best(classify('[2026-11-25 10:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:1234)'))).toBe('app-worker-timeout');
    expect(best(classify('[2026-11-25 10:00:00 +0000] [1] [ERROR] Worker (pid:1234) was sent SIGKILL! Perhaps out of memory?'))).toBe('app-worker-killed');
    expect(best(classify('[2026-11-25 10:00:00 +0000] [1] [WARNING] Worker with pid 1234 was terminated due to signal 9'))).toBe('app-worker-killed');
    expect(best(classify('*** HARAKIRI ON WORKER 2 (pid: 1234, try: 1) ***'))).toBe('app-worker-timeout');
    expect(best(classify('invalid request block size: 5374 (max 4096)...skip'))).toBe('uwsgi-buffer-size');
    expect(best(classify('*** uWSGI listen queue of socket "127.0.0.1:3031" (fd: 3) full !!! (101/100) ***'))).toBe('app-backlog-full');
  });

  test('reads Apache AH0 lines, sending the refused and the dead-worker ones to 503 diagnoses', () => {
    const apache = (message: string) => `[Tue Nov 25 10:00:00.123456 2026] [proxy:error] [pid 1234:tid 5678] ${message}`;
    const unreachable = classify(apache('(111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:3000 (127.0.0.1:3000) failed'));
    expect(best(unreachable)).toBe('apache-backend-unreachable');
    expect(unreachable.kind === 'match' && unreachable.best.status).toBe(503);
    expect(best(classify(apache('AH01114: HTTP: failed to make connection to backend: 127.0.0.1')))).toBe('apache-backend-unreachable');
    expect(best(classify(apache('(104)Connection reset by peer: [client 203.0.113.7:5000] AH01067: Failed to read FastCGI header')))).toBe('apache-fcgi-worker-died');
    expect(best(classify(apache('[client 203.0.113.7:5000] AH01070: Error parsing script headers')))).toBe('apache-fcgi-bad-headers');
    expect(best(classify(apache('(104)Connection reset by peer: [client 203.0.113.7:5000] AH01102: error reading status line from remote server 127.0.0.1:3000')))).toBe('apache-backend-bad-reply');
    expect(best(classify(apache('(70007)The timeout specified has expired: [client 203.0.113.7:5000] AH01102: error reading status line from remote server 127.0.0.1:3000')))).toBe('apache-proxy-timeout');
  });

  describe('sends a 503 or a 504 to its own diagnosis, never to a 502 one', () => {
    test.each([
      ['HTTP/1.1 503 Service Unavailable\r\nServer: nginx/1.22.1\r\n', 503],
      ['HTTP/2 504\r\nserver: nginx\r\n', 504],
      ['<title>504 Gateway Time-out</title>\n<hr><center>nginx/1.22.1</center>', 504],
      ['<title>503 Service Temporarily Unavailable</title>\n<center>nginx</center>', 503],
      ['haproxy[99]: 203.0.113.7:5000 [25/Nov/2026:10:00:00.000] fe be/s1 0/0/-1/-1/3003 503 217 - - SC-- 1/1/0/0/3 0/0 "GET / HTTP/1.1"', 503],
      ['haproxy[99]: 203.0.113.7:5000 [25/Nov/2026:10:00:00.000] fe be/s1 0/0/0/-1/30001 504 194 - - sH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"', 504],
      ['The server is temporarily unable to service your request due to maintenance downtime or capacity problems.', 503],
      ['No server is available to handle this request.', 503],
      ["The server didn't respond in time.", 504],
      ['Gateway time-out Error code 504\nCloudflare Ray ID: 8e6c1f2a9b3d4e5f', 504],
      ['2026/11/25 10:00:00 [error] 812#812: *9 upstream timed out (110: Connection timed out) while reading response header from upstream', 504],
    ])('%s', (paste, status) => {
      const result = classify(paste);
      expect(result.kind === 'match' && result.best.status, `the status of ${best(result)}`).toBe(status);
      expect(ranked(result)).not.toContain('nginx-backend');
    });
  });

  test('tells HAProxy’s SH and PH apart, both 502s', () => {
    const line = (state: string) => `haproxy[99]: 203.0.113.7:5000 [25/Nov/2026:10:00:00.000] fe be/s1 0/0/0/-1/2 502 209 - - ${state} 1/1/0/0/0 0/0 "GET / HTTP/1.1"`;
    expect(best(classify(line('SH--')))).toBe('haproxy-sh');
    expect(best(classify(line('PH--')))).toBe('haproxy-ph');
  });

  test('keeps script tags in an HTML paste as plain text in the reason', () => {
    const result = classify('<script>alert(1)</script><title>504 Gateway Time-out</title><img src=x onerror=alert(2)>');
    expect(result.kind === 'match' && result.best.reasons[0].text).toBe(
      '<script>alert(1)</script><title>504 Gateway Time-out</title><img src=x onerror=alert(2)>',
    );
  });

  test('reads only the first MAX_LINE characters of a line', () => {
    const far = `${'x'.repeat(MAX_LINE)} exited on signal 9 (SIGKILL)`;
    expect(best(classify(far))).toBe('unknown');
    const near = `${'x'.repeat(MAX_LINE - 40)} exited on signal 9 (SIGKILL)${'y'.repeat(5000)}`;
    const result = classify(near);
    expect(result.kind === 'match' && result.best.reasons[0].text.length).toBe(MAX_LINE);
  });

  test('classifies a 10 MB paste of real log lines in one pass', () => {
    const lines = [nginx104, fpmSigkill, 'GET /index.php HTTP/1.1 200 1234 "-" "Mozilla/5.0"'];
    const paste = Array.from({ length: Math.ceil((10 * 1024 * 1024) / 150) }, (_, i) => lines[i % 3]).join('\n');
    expect(paste.length).toBeGreaterThan(10 * 1024 * 1024);
    const started = performance.now();
    expect(best(classify(paste))).toBe('fpm-worker-sigkill');
    expect(performance.now() - started, 'milliseconds for 10 MB').toBeLessThan(5000);
  });

  test('stays fast on adversarial lines packed with every pattern’s literal and near-misses', () => {
    // Each line holds the literals of every signature, each followed by a long
    // run that the pattern's next part almost accepts: the worst a backtracking
    // engine could meet from these patterns.
    const runs = ['1'.repeat(60), ' '.repeat(60), 'a'.repeat(60), '('.repeat(10), '/'.repeat(60)];
    const literals = [...new Set(table.signatures.map((signature) => signature.pattern.replace(/\\(.)/g, '$1').replace(/[^ -~]/g, '')))];
    const adversarial: string[] = [];
    for (let i = 0, size = 0; size < 2 * 1024 * 1024; i++) {
      let line = '';
      for (let k = 0; line.length < MAX_LINE; k++) line += literals[(i + k) % literals.length] + runs[(i + k) % runs.length];
      adversarial.push(line.slice(0, MAX_LINE + 100));
      size += MAX_LINE + 101;
    }
    const paste = adversarial.join('\n');
    const started = performance.now();
    classify(paste);
    expect(performance.now() - started, 'milliseconds for 2 MB of adversarial lines').toBeLessThan(5000);
  });

  test('builds from any table, so a new node’s evidence needs no code', () => {
    const own = createClassifier({
      nodes: { fix: { title: 'Fix', href: '/diagnose/fix/', depth: 1 } },
      signatures: [{ node: 'fix', pattern: 'widget broke', matchCase: false, source: 'nginx', explain: 'It broke.', weight: 1, needs: [] }],
    });
    expect(best(own('the WIDGET BROKE again'))).toBe('fix');
  });
});
