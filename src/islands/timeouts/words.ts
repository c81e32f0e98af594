import type { Value } from '../../timeouts/types';

/** Seconds as the page writes them: "60 s", "0.5 s", "no limit", "not known". */
export const seconds = (value: Value): string =>
  value === undefined ? 'not known' : value === null ? 'no limit' : `${value.toLocaleString('en')} s`;

/** The reason phrase of each status a hop in the table can answer. */
const reasons: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  520: '(Web server returned an unknown error)',
  524: '(A timeout occurred)',
};

export const statusName = (status: number): string => `${status}${reasons[status] ? ` ${reasons[status]}` : ''}`;
