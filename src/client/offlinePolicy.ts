/**
 * What the browser says about its connection: the parts of the Network
 * Information API (`navigator.connection`, Chromium-based browsers only;
 * Firefox and Safari have none) that decide whether the whole site may be
 * downloaded for offline use. Every field may be missing.
 */
export interface ConnectionLike {
  /** The person turned on a reduced-data setting, the browser's or the system's: what sends the Save-Data header. */
  saveData?: boolean;
  /** Chromium's estimate from measured round trips and throughput: 'slow-2g', '2g', '3g' or '4g' (its best). */
  effectiveType?: string;
  /** The link in use: 'cellular', 'wifi', 'ethernet', 'bluetooth'… Chrome reports it on Android and ChromeOS only. */
  type?: string;
  /** Pay-per-use, in the 2014 W3C Note and a Chromium proposal that never shipped; read where a browser has it. */
  metered?: boolean;
}

/**
 * Estimates too slow for a background download of a few megabytes. The
 * API's table puts '3g' at 270 ms or more of round trip or 700 kbit/s or
 * less: the whole site takes half a minute or more of a saturated link
 * there, while the person needs that link for their SSH session and their
 * dashboards. The estimate is made afresh on every page, so a slow spell
 * costs one page's chance, not the offline copy.
 */
const slow = new Set(['slow-2g', '2g', '3g']);

/**
 * Links that are usually paid for by the byte. No shipping browser reports
 * `metered`, so the link type is the signal there is: a phone's mobile data
 * ('cellular'), or a laptop tethered to a phone over Bluetooth, which is the
 * phone's mobile data too. Wi-Fi from a phone's hotspot looks like any
 * Wi-Fi and cannot be told apart.
 */
const metered = new Set(['cellular', 'bluetooth']);

/**
 * Whether the page may ask the service worker to download the whole site in
 * the background. Pages the person opens are kept for offline use either
 * way; this decides only about the ones they have not opened. With no
 * connection information at all (Firefox, Safari) the answer is yes.
 */
export function mayFetchWholeSite(connection: ConnectionLike | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData === true || connection.metered === true) return false;
  if (connection.type !== undefined && metered.has(connection.type)) return false;
  return connection.effectiveType === undefined || !slow.has(connection.effectiveType);
}
