/**
 * The three kinds of node in the tree, and tiny constructors that keep the
 * branch files readable as data. A transition is either a target state key or
 * a target plus named actions (which set context, such as "behind Cloudflare").
 */
import type { ContextAction } from './actions';
import type { BrokenPath } from './request-path';

export type NodeKind = 'question' | 'check' | 'diagnosis';

export type Answer = string | { target: string; actions: ContextAction };

/** A question about what the person sees; each answer is an event. */
export const question = (on: Record<string, Answer>) => ({
  meta: { kind: 'question' as const },
  on,
});

/** A command to run; each answer names what the output showed. */
export const check = (on: Record<string, Answer>) => ({
  meta: { kind: 'check' as const },
  on,
});

/** A leaf: what is broken and how to fix it, with the request's path and where it broke (see `route()`). */
export const diagnosis = (path: BrokenPath) => ({
  type: 'final' as const,
  meta: { kind: 'diagnosis' as const, path },
});
