import type { Checked } from '../schemas/checked';

/**
 * A diagnosis's checks as one line, grouped by product in the order first
 * named: "nginx 1.22 (captured), 1.29.7+ (changelog); PHP-FPM 8.2 (captured)".
 */
export function describeChecked(checked: readonly Checked[]): string {
  const byProduct = new Map<string, string[]>();
  for (const { product, versions, source } of checked) {
    const list = byProduct.get(product) ?? [];
    list.push(`${versions} (${source})`);
    byProduct.set(product, list);
  }
  return [...byProduct].map(([product, versions]) => `${product} ${versions.join(', ')}`).join('; ');
}
