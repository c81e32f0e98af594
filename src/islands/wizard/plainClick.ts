/** A primary click with no modifier: one the wizard may handle itself. Others open tabs or windows as links do. */
export const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
