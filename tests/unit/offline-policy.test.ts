import { describe, expect, test } from 'vitest';
import { mayFetchWholeSite, type ConnectionLike } from '../../src/client/offlinePolicy';

describe('mayFetchWholeSite', () => {
  test.each<[string, ConnectionLike | undefined]>([
    ['no connection information (Firefox, Safari)', undefined],
    ['an empty connection object', {}],
    ['a fast desktop link (Chrome on Linux, Windows, macOS reports no type)', { effectiveType: '4g', saveData: false }],
    ['Wi-Fi on a phone', { type: 'wifi', effectiveType: '4g' }],
    ['Ethernet', { type: 'ethernet', effectiveType: '4g' }],
    ['a link of unknown type', { type: 'unknown', effectiveType: '4g' }],
    ['a link said not to be metered', { metered: false, effectiveType: '4g' }],
  ])('returns true for %s', (_, connection) => {
    expect(mayFetchWholeSite(connection)).toBe(true);
  });

  test.each<[string, ConnectionLike]>([
    ['Save-Data on a fast link', { saveData: true, effectiveType: '4g' }],
    ['Save-Data on Wi-Fi', { saveData: true, type: 'wifi' }],
    ['Save-Data with nothing else known', { saveData: true }],
    ['a metered link, whatever its type', { metered: true, type: 'wifi', effectiveType: '4g' }],
    ['mobile data, however fast', { type: 'cellular', effectiveType: '4g' }],
    ['a laptop tethered to a phone over Bluetooth', { type: 'bluetooth', effectiveType: '4g' }],
    ['slow-2g', { effectiveType: 'slow-2g' }],
    ['2g', { effectiveType: '2g' }],
    ['3g, even on Wi-Fi', { type: 'wifi', effectiveType: '3g' }],
  ])('returns false for %s', (_, connection) => {
    expect(mayFetchWholeSite(connection)).toBe(false);
  });
});
