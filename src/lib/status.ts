import type { Status } from '../schemas/status';

/** The status as a reader is told it: "HTTP 503", or that there is no HTTP error. Free of Zod, so islands can use it. */
export const statusLabel = (status: Status): string => (status === 'none' ? 'no HTTP error' : `HTTP ${status}`);
