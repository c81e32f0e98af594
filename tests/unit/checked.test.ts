import { describe, expect, test } from 'vitest';
import { describeChecked } from '../../src/lib/checked';

describe('describeChecked', () => {
  test('groups versions under their product, in the order first named', () => {
    expect(
      describeChecked([
        { product: 'nginx', versions: '1.22', source: 'captured' },
        { product: 'PHP-FPM', versions: '8.2', source: 'captured' },
        { product: 'nginx', versions: '1.29.7+', source: 'changelog' },
      ]),
    ).toBe('nginx 1.22 (captured), 1.29.7+ (changelog); PHP-FPM 8.2 (captured)');
  });

  test('returns nothing for nothing checked', () => {
    expect(describeChecked([])).toBe('');
  });
});
