/** The parts of a diagnosis a ticket needs, read from the page as shown. */
export interface Diagnosis {
  title: string;
  summary: string;
  url: string;
  answers: { question: string; answer: string }[];
  /** Command blocks under each "Confirm…" or "Fix…" heading, as shown (with the person's values). */
  sections: { heading: string; commands: string[] }[];
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Reads a diagnosis out of its article and the answer trail around it. */
export function readDiagnosis(article: Element, url: string): Diagnosis {
  const answers = [...document.querySelectorAll('.trail__step')].map((step) => ({
    question: text(step.querySelector('.trail__question')),
    answer: text(step.querySelector('.trail__answer')),
  }));
  const sections: Diagnosis['sections'] = [];
  let current: Diagnosis['sections'][number] | undefined;
  for (const element of article.querySelectorAll('.prose h2, .prose pre')) {
    if (element.tagName === 'H2') {
      current = /^(confirm|fix)/i.test(text(element)) ? { heading: text(element), commands: [] } : undefined;
      if (current) sections.push(current);
    } else if (current) {
      const code = element.querySelector('code') ?? element;
      current.commands.push((code.textContent ?? '').trimEnd());
    }
  }
  return {
    title: text(article.querySelector('h1')),
    summary: text(article.querySelector('.node__summary')),
    url,
    answers,
    sections,
  };
}

/** A fence longer than any run of backticks inside, so pasted code can't end it early. */
function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}\n${code}\n${ticks}`;
}

/** The diagnosis as Markdown, ready for a ticket or a chat. */
export function toMarkdown(diagnosis: Diagnosis): string {
  const lines = [`## 502 Bad Gateway: ${diagnosis.title}`, '', diagnosis.summary, '', diagnosis.url];
  if (diagnosis.answers.length > 0) {
    lines.push('', '### Answers');
    diagnosis.answers.forEach(({ question, answer }, index) => lines.push(`${index + 1}. ${question} **${answer}**`));
  }
  for (const { heading, commands } of diagnosis.sections) {
    if (commands.length === 0) continue;
    lines.push('', `### ${heading}`);
    for (const command of commands) lines.push('', fence(command));
  }
  return `${lines.join('\n')}\n`;
}
