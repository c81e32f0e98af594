import type { ThemeRegistrationRaw } from 'shiki';

/**
 * A theme whose colours are stand-ins: each names one of a few token classes,
 * so highlighted code carries classes (styled by `light-dark()` colours in
 * Pre.astro) instead of the inline styles the Content Security Policy forbids.
 */
const classRules: [className: string, scopes: string[]][] = [
  ['tk-c', ['comment', 'punctuation.definition.comment']],
  ['tk-s', ['string.quoted', 'punctuation.definition.string', 'string.value']],
  ['tk-k', ['keyword', 'storage', 'entity.name.section', 'entity.tag', 'entity.name.tag']],
  ['tk-f', ['entity.name.function', 'entity.name.command', 'support.function']],
  ['tk-n', ['constant']],
  ['tk-v', ['variable.other.normal', 'variable.other.for', 'variable.other.special', 'punctuation.definition.variable']],
];

const standIn = (index: number) => `#0000${(index + 1).toString(16).padStart(2, '0')}`;

export const classTheme: ThemeRegistrationRaw = {
  name: 'token-classes',
  type: 'light',
  settings: [
    { settings: { foreground: '#000000', background: '#ffffff' } },
    ...classRules.map(([, scope], index) => ({ scope, settings: { foreground: standIn(index) } })),
  ],
};

const classByColour = new Map(classRules.map(([className], index) => [standIn(index), className]));

/** The class for a token's stand-in colour; '' for plain text. */
export const tokenClass = (colour: string | undefined): string => classByColour.get(colour?.toLowerCase() ?? '') ?? '';
