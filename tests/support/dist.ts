import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

/** Every HTML file the build wrote, relative to dist/. */
export function builtHtmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first');
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.html')) files.push(relative(distDir, path).split(sep).join('/'));
    }
  };
  visit(distDir);
  return files.sort();
}

/** The public URL of a built page: `diagnose/x/index.html` is `/diagnose/x/`. */
export const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Every page a visitor can open, by URL (the 404 page is reached through a bad URL instead). */
export const builtPageUrls = (): string[] => builtHtmlFiles().filter((file) => file !== '404.html').map(urlOf);

export const readBuilt = (file: string): string => readFileSync(join(distDir, file), 'utf8');

/** The file a static host serves for a page's URL: `/diagnose/x/` is `diagnose/x/index.html`. */
export const fileOf = (url: string): string => `${url.replace(/^\//, '')}index.html`;
