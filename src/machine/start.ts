/**
 * The first question's state key. Kept apart from the machine so the pages'
 * URL helpers can know it without pulling the whole tree into the browser.
 */
export const startId = 'start';
