import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { imageHeight, imageWidth, type Element } from './layout';

const require = createRequire(import.meta.url);

/** Rendered images outlive the build here, so an unchanged page costs a hash and a copy. */
const cacheDir = join(process.cwd(), 'node_modules/.cache/og');

/** Satori needs TTF, OTF or WOFF; fontsource ships WOFF beside its WOFF2. */
const fontFiles = { 400: 'inter-latin-400-normal.woff', 700: 'inter-latin-700-normal.woff' } as const;

const fonts = Object.entries(fontFiles).map(([weight, file]) => ({
  name: 'Inter',
  weight: Number(weight) as 400 | 700,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
}));

/** Everything besides the layout that changes the pixels: the fonts and both renderers' versions. */
const rendererDigest = fonts
  .reduce((hash, font) => hash.update(font.data), createHash('sha256'))
  .update(require('satori/package.json').version)
  .update(require('@resvg/resvg-js/package.json').version)
  .digest('hex');

/** A PNG of `layout`, from the disk cache when the same layout was rendered before. */
export async function renderPng(layout: Element): Promise<Buffer> {
  const key = createHash('sha256').update(rendererDigest).update(JSON.stringify(layout)).digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(layout, { width: imageWidth, height: imageHeight, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a build stopped mid-write leaves no truncated image to reuse.
  writeFileSync(`${cached}.${process.pid}`, png);
  renameSync(`${cached}.${process.pid}`, cached);
  return png;
}
