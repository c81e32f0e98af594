/**
 * Shapes of shell command that a reader may paste and that turn destructive
 * when a value comes out other than the writer expected: empty, 0, or a
 * path that is not there. Each is written once here and read by the build
 * check (scripts/build/check-commands.ts) and its unit test.
 */
export interface UnsafeShape {
  name: string;
  /** Finds the shape on one line of a command block; `guarded` can clear it by what else the block does. */
  find: RegExp;
  /** The block makes the shape safe, given the variable the match captured (group 1), if any. */
  guarded?: (block: string, variable: string) => boolean;
  /** What goes wrong, and the safe form to write instead. */
  why: string;
}

/** A test that the variable holds a process id above 1 (`[ "$pid" -gt 1 ]`, with or without a default). */
const testsPid = (block: string, name: string) =>
  new RegExp(`\\[\\s+"?\\$\\{?${name}(:-\\d+)?\\}?"?\\s+-gt\\s+1\\s+\\]`).test(block);

export const unsafeShapes: readonly UnsafeShape[] = [
  {
    name: 'kill of a command substitution',
    find: /\bkill\b[^;&|#\n]*(\$\(|`)/,
    why: 'an empty result runs kill with no process, and 0 or -1 signals every process it can reach. Read the PID into a variable and kill only after `[ "$pid" -gt 1 ]`.',
  },
  {
    name: 'kill of an unchecked variable',
    find: /\bkill\b[^;&|#\n]*"?\$\{?(\w+)\}?/,
    guarded: testsPid,
    why: 'an empty or 0 PID signals every process in the group. Test it first: `[ "$pid" -gt 1 ]`.',
  },
  {
    name: 'rm -r or -f of a variable',
    find: /\brm\s+(?:-\w+\s+)*-\w*[rRf]\w*\b[^;&|#\n]*\$(?!\{\w+:\?)\{?(\w+)/,
    why: 'an empty variable turns the path into a parent folder or `/`. Write `"${dir:?}"`, which stops the command when it is empty.',
  },
  {
    name: 'rm -r or -f of a command substitution',
    find: /\brm\s+(?:-\w+\s+)*-\w*[rRf]\w*\b[^;&|#\n]*(\$\(|`)/,
    why: 'an empty result turns the path into a parent folder or `/`. Read it into a variable and write `"${dir:?}"`.',
  },
  {
    name: 'output redirected onto a system file',
    find: /(?<![\d&])>>?\s*"?\/(?:etc|boot|usr|bin|sbin|lib\w*|proc|sys|dev\/(?!null\b|stdout\b|stderr\b))/,
    why: 'one typo or a second paste replaces the file, and the shell opens it before sudo runs. Use `sudo tee` (or `sudo tee -a`) on a file you mean to write, after a backup.',
  },
];

/** One unsafe line of a command block: 1-based within the block. */
export interface Finding {
  line: number;
  shape: UnsafeShape;
  text: string;
}

/** The shapes a command block holds, line by line; comment lines are prose and never run. */
export function findUnsafe(block: string): Finding[] {
  const findings: Finding[] = [];
  block.split('\n').forEach((text, index) => {
    if (/^\s*#/.test(text)) return;
    for (const shape of unsafeShapes) {
      const match = shape.find.exec(text);
      if (match && !shape.guarded?.(block, match[1])) findings.push({ line: index + 1, shape, text: text.trim() });
    }
  });
  return findings;
}

/** Languages whose blocks a reader pastes into a shell. */
export const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'zsh', 'console']);

/** A fenced block of an MDX or Markdown file: its language and where its code starts (1-based line of the file). */
export interface FencedBlock {
  lang: string;
  startLine: number;
  code: string;
}

/** Every fenced code block of a Markdown source, indented ones (inside lists) included. */
export function fencedBlocks(source: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    blocks.push({ lang, startLine: i + 2, code });
    i = end;
  }
  return blocks;
}

/** Every unsafe shape in the shell blocks of one source file, with its line in that file. */
export function findUnsafeInSource(source: string): (Finding & { fileLine: number })[] {
  return fencedBlocks(source)
    .filter((block) => SHELL_LANGUAGES.has(block.lang))
    .flatMap((block) => findUnsafe(block.code).map((finding) => ({ ...finding, fileLine: block.startLine + finding.line - 1 })));
}
