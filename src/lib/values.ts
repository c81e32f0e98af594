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
  /** A plausible value: anything else is refused, so no shell or HTML syntax gets in. */
  pattern: RegExp;
}

export const userValues: readonly UserValue[] = [
  { key: 'domain', label: 'Domain', fallback: 'example.com', pattern: /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i },
  { key: 'origin-ip', label: 'Origin server IP', fallback: '203.0.113.10', pattern: /^(((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)|[\da-f:]{2,39})$/i },
  { key: 'php', label: 'PHP version', fallback: '8.2', pattern: /^\d\.\d{1,2}$/ },
  { key: 'app-port', label: 'App port', fallback: '3000', pattern: /^([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/ },
  { key: 'error-log', label: 'nginx error log', fallback: '/var/log/nginx/error.log', pattern: /^\/[\w.\-/]{1,200}$/ },
];

/** Whether `text` may be filled in for `value`. */
export const isPlausible = (value: UserValue, text: string): boolean => value.pattern.test(text);

/** `«key»` in a code block; the key is what follows the opening guillemet. */
export const MARKER = /«([^»\n]*)»/g;
