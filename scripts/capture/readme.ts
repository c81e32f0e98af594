/**
 * The README of a capture folder, written from the table of cases and the
 * versions that ran, so the list a reader sees is the list the capture and
 * the tests use.
 */
import { products, type Case } from './cases';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function captureReadme(cases: readonly Case[], versions: Record<string, string>): string {
  const ran = Object.entries(versions)
    .map(([product, version]) => `${product} ${version}`)
    .join(', ');
  const rows = cases.map((c) => `| \`${c.id}\` | ${products[c.server]} | ${cell(c.broken)} | \`${c.request}\` | ${c.status} | \`${c.node}\` |`);
  return `# Real captures from ${ran}

Every folder here is what \`npm run fixtures -- DIR\` saved for one case of
\`scripts/capture/cases.ts\`, run as root on Debian with Debian's packages;
this file is written by the same run. Each case starts its own servers on
127.0.0.1, on ports picked free at run time, from a temporary prefix with its
own configuration, breaks them one way, sends one request with curl, and keeps
what the servers wrote after they were ready:

| file | what it is |
|---|---|
| \`error.log\` | nginx's or Apache's error log (level \`warn\` and up) |
| \`haproxy.log\` | HAProxy's log (\`option httplog\`, raw format: the message without the syslog header) |
| \`php-fpm.log\` | PHP-FPM's log, when the case runs it and it wrote anything |
| \`headers\` | the response's status line and headers, as curl saw them |
| \`body\` | the response body |
| \`versions.json\` | the versions that answered, by product |

\`tests/unit/analyzer.fixtures.test.ts\` reads the same table: every case must be
here, land on its node, and answer its status. CI captures again into a
temporary folder (\`FRESH_FIXTURES\`) and checks that capture the same way.

| case | server | how it was broken | request | status | lands on |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
