/**
 * The reader's own values, filled into every command and config block.
 * Content marks a spot with `«key»`; the build writes the default there, so a
 * page reads naturally without JavaScript, and the browser swaps in what the
 * reader saved. Guillemets appear in no shell, nginx, ini or Apache syntax,
 * unlike `{{…}}` (Docker's --format) or `%{…}` (mod_rewrite).
 */
export interface UserValue {
  key: string;
  label: string;
  /** Shown until the reader enters their own. */
  fallback: string;
  /**
   * What a plausible value looks like, as an HTML `pattern` (matched whole,
   * with the `v` flag). Anything else is refused, so no shell or HTML syntax
   * gets into a command.
   */
  pattern: string;
}

const octet = '(25[0-5]|2[0-4]\\d|1?\\d?\\d)';

export const userValues: readonly UserValue[] = [
  {
    key: 'domain',
    label: 'Domain',
    fallback: 'example.com',
    pattern: '(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z][a-zA-Z0-9\\-]{0,62}',
  },
  { key: 'origin-ip', label: 'Origin server IP', fallback: '203.0.113.10', pattern: `(${octet}\\.){3}${octet}|[\\da-fA-F:]{2,39}` },
  { key: 'php', label: 'PHP version', fallback: '8.2', pattern: '\\d\\.\\d{1,2}' },
  { key: 'app-port', label: 'App port', fallback: '3000', pattern: '[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]' },
  { key: 'error-log', label: 'nginx error log', fallback: '/var/log/nginx/error.log', pattern: '\\/[\\w.\\-\\/]{1,200}' },
];

/** Whether `text` may be filled in for `value`, judged as a browser judges the input's `pattern`. */
export const isPlausible = (value: UserValue, text: string): boolean => new RegExp(`^(?:${value.pattern})$`, 'v').test(text);

/** `«key»` in a code block; the key is what follows the opening guillemet. */
export const MARKER = /«([^»\n]*)»/g;
