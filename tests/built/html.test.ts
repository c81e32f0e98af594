import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, readBuilt } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows ids that start with a digit, as heading anchors like "502-vs-504" do.
    'valid-id': ['error', { relaxed: true }],
    // A search-snippet guideline, not validity: a node's title is its own heading.
    'long-title': 'off',
  },
});

describe('built pages', () => {
  test.each(builtHtmlFiles())('%s is valid HTML', async (file) => {
    const report = await validator.validateString(readBuilt(file), file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });
});
