import ErrorPageSamples from '../ErrorPageSamples.astro';
import Code from './Code.astro';
import Pre from './Pre.astro';
import Table from './Table.astro';

/** What MDX content renders with: HTML elements it overrides, and components it may use by name. */
export const proseComponents = { pre: Pre, code: Code, table: Table, ErrorPageSamples };
