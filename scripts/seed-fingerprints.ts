/**
 * Writes tests/fixtures/seed-runs.txt: the fingerprints of every seven-word
 * run of the seed guide in ../shared/seeds, which the originality test reads.
 * Run it when the guide changes; the repository never holds the guide's text.
 */
import { writeFileSync } from 'node:fs';
import { fingerprintFile, fingerprintsOf, seedTexts } from '../tests/support/seed';

const texts = seedTexts();
if (texts.length === 0) throw new Error('no seed guide in ../shared/seeds beside the repository');
const runs = fingerprintsOf(texts);
writeFileSync(fingerprintFile, `${runs.join('\n')}\n`);
console.log(`${runs.length} fingerprints written to ${fingerprintFile}`);
