import { NODE_SHOWN } from '../lib/events';
import { addCopyButtons, listenForCopies } from './copyButtons';
import { readSaved, writeSaved } from './savedValues';

/**
 * Fills the reader's values into every command and adds copy buttons, again
 * each time the wizard swaps in another article. The form's inputs are the
 * state: each carries its value's check (`pattern`) and default
 * (`placeholder`) from src/lib/values.ts, so none of that is shipped twice.
 */
const panel = document.querySelector<HTMLDetailsElement>('[data-your-values]')!;
const form = panel.querySelector('[data-values-form]')!;
const inputs = [...form.querySelectorAll('input')];

/** A field's value if the reader gave a plausible one. */
const chosen = (input: HTMLInputElement) => (input.validity.valid && input.value) || undefined;

function fill() {
  for (const spot of document.querySelectorAll<HTMLElement>('[data-value]')) {
    const input = inputs.find((candidate) => candidate.name === spot.dataset.value);
    // textContent, never HTML: a value is only ever text, even if storage was tampered with.
    if (input) spot.textContent = chosen(input) ?? input.placeholder;
  }
}

function save() {
  writeSaved(Object.fromEntries(inputs.flatMap((input) => (chosen(input) ? [[input.name, input.value]] : []))));
  fill();
}

function showValidity(input: HTMLInputElement) {
  const error = document.getElementById(`${input.id}-error`)!;
  error.hidden = input.validity.valid;
  input.setAttribute('aria-invalid', String(!error.hidden));
  // Described by the error only while it shows: a hidden description is still read out.
  input.setAttribute('aria-describedby', error.hidden ? '' : error.id);
}

function enhance() {
  fill();
  addCopyButtons();
  panel.hidden = !document.querySelector('main [data-value]');
}

const saved = readSaved();
for (const input of inputs) {
  const value = saved[input.name];
  input.value = typeof value === 'string' ? value : '';
}
form.addEventListener('input', save);
// Judged on change, not on each keystroke, so no error flashes while the reader is still typing.
form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  input.value = input.value.trim();
  showValidity(input);
  save();
});
form.querySelector('[data-clear]')!.addEventListener('click', () => {
  for (const input of inputs) {
    input.value = '';
    showValidity(input);
  }
  save();
});

enhance();
listenForCopies();
document.addEventListener(NODE_SHOWN, enhance);
