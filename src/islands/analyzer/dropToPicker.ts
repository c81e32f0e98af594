/**
 * A log file dropped on the analyzer becomes the file picker's choice. This
 * runs at load, while the island still sleeps (it wakes after the page's load
 * event): without it, a file dropped in that time would make the browser
 * leave the page to open the file. The picker holds the file until the
 * island wakes and reads it; once awake, the island hears the picker's change
 * event. A file reaches the analyzer by one way, however and whenever it
 * came.
 */
const form = document.querySelector<HTMLElement>('.analyzer__form');
const picker = form?.querySelector<HTMLInputElement>('input[type=file]');

if (form && picker) {
  form.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  form.addEventListener('drop', (event) => {
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    event.preventDefault();
    picker.files = files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
