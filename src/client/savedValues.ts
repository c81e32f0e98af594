const STORAGE_KEY = 'your-values';

export type SavedValues = Record<string, string>;

/** What the reader saved; the caller still checks each value, since anyone on this origin can write storage. */
export function readSaved(): SavedValues {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return saved && typeof saved === 'object' ? (saved as SavedValues) : {};
  } catch {
    // Storage blocked or garbled: the defaults still read naturally.
    return {};
  }
}

export function writeSaved(values: SavedValues) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
  } catch {
    // Storage blocked: the values still apply to this page.
  }
}
