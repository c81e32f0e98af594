import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { proseWords, shingles } from './overlap';

/** Seven words in a row is a copied phrase, not a shared fact. */
export const RUN = 7;

/** The guide the tree's facts started from; it sits beside the repository, not in it. */
const seedDir = join(import.meta.dirname, '../../../shared/seeds');

/**
 * Fingerprints of every seven-word run of the seed guide, kept in the
 * repository so the originality test runs wherever the repository is cloned,
 * without a copy of the guide's text.
 */
export const fingerprintFile = join(import.meta.dirname, '../fixtures/seed-runs.txt');

/** A short, stable fingerprint of a run of words. */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** The seed guide's texts, where the guide is beside the repository. */
export const seedTexts = (): string[] =>
  existsSync(seedDir) ? readdirSync(seedDir).map((file) => readFileSync(join(seedDir, file), 'utf8')) : [];

/** The fingerprints of the seed's runs, worked out from the texts. */
export const fingerprintsOf = (texts: string[]): string[] => [...shingles(texts.flatMap(proseWords), RUN)].map(fingerprint).sort();

/** The fingerprints the repository keeps. */
export const keptFingerprints = (): Set<string> => new Set(readFileSync(fingerprintFile, 'utf8').split('\n').filter(Boolean));
