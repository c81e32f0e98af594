import { useMemo, useRef, useState } from 'preact/hooks';
import { createClassifier, type Analysis } from '../analyzer/classify';
import type { SignatureTable } from '../analyzer/table';
import Result from './analyzer/Result';

interface Props {
  /** Every node's evidence, derived from content/nodes at build time. */
  table: SignatureTable;
  /** Where the questions start. */
  wizardHref: string;
}

/**
 * Paste-to-diagnose. The text is read from the textarea and classified right
 * here: it is never sent, stored or put in the address, and it is shown back
 * only as text. Analysis runs on paste and on the Analyze button, which is a
 * plain button rather than a form submission: there is nothing to submit, and
 * Chromium's submission machinery alone takes seconds over a 10 MB textarea.
 * The result region is a
 * polite live region, so a screen reader hears the verdict without losing its
 * place.
 */
export default function Analyzer({ table, wizardHref }: Props) {
  const classify = useMemo(() => createClassifier(table), [table]);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const analyze = () => setAnalysis(classify(input.current?.value ?? ''));

  // The pasted text lands in the textarea after the paste event: read it on the next task.
  const paste = () => setTimeout(analyze, 0);

  return (
    <div class="analyzer__form">
      <label class="analyzer__label" for="analyzer-input">
        Log lines, error page or response headers
      </label>
      <p class="analyzer__note" id="analyzer-note">
        Paste as much as you like: several logs together are read as one story. It stays in this page.
      </p>
      <textarea
        id="analyzer-input"
        class="analyzer__input"
        ref={input}
        rows={10}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-describedby="analyzer-note"
        onPaste={paste}
      />
      <button class="analyzer__submit" type="button" onClick={analyze}>
        Analyze
      </button>
      <div class="analyzer__output" aria-live="polite">
        {analysis && <Result analysis={analysis} wizardHref={wizardHref} />}
      </div>
    </div>
  );
}
