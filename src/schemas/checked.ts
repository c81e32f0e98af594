import { z } from 'astro/zod';

/** What backs a checked fact, strongest first: seen here on a real server, or read in the vendor's own words. */
export const checkSources = ['captured', 'changelog', 'source', 'docs'] as const;

/**
 * One thing a diagnosis was checked against: a product, the versions its
 * facts hold for, and what backs them. Shown on the page as, for example,
 * "nginx 1.22 (captured), 1.29.7+ (changelog)".
 */
export const checkedSchema = z.object({
  /** The server, runtime or service, as its vendor names it: `nginx`, `PHP-FPM`, `Cloudflare`. */
  product: z.string().min(1),
  /**
   * The versions the page's facts hold for: one (`1.22`), from one on (`1.29.7+`),
   * a range (`2.4.54–2.4.62`), or, for a hosted service without versions, the
   * month its documentation was read (`2026-12`).
   */
  versions: z
    .string()
    .regex(
      /^(\d+(\.\d+)*(\+|–\d+(\.\d+)*)?|\d{4}-(0[1-9]|1[0-2]))$/,
      'a version (1.22), a version on (1.29.7+), a range (2.4.54–2.4.62) or a month (2026-12)',
    ),
  /** `captured`: that version ran here and showed it (the fixture capture, or a run the page describes); otherwise the vendor's changelog, source or documentation. */
  source: z.enum(checkSources),
});

export type Checked = z.output<typeof checkedSchema>;
