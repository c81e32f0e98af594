import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../../src/lib/graph';
import { timeoutsUrl } from '../../../src/lib/urls';
import { defaultFor, resolveChain } from '../../../src/timeouts/chain';
import { linkedNodes, products, productsById } from '../../../src/timeouts/products';
import { readNodeContent } from '../../support/content';

const repeated = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);

/** The value a product's setting starts with, under its first setup or the one named. */
const start = (product: string, setting: string, setup?: string) => {
  const entry = productsById.get(product)!;
  return defaultFor(entry.settings.find((candidate) => candidate.id === setting)!, setup ?? entry.setups?.[0]?.id)?.seconds;
};

describe('the table of defaults', () => {
  test('names every product, and within one every setting and setup, once', () => {
    expect(repeated(products.map((product) => product.id))).toEqual([]);
    for (const product of products) {
      expect(repeated(product.settings.map((setting) => setting.id)), product.id).toEqual([]);
      expect(repeated((product.setups ?? []).map((setup) => setup.id)), product.id).toEqual([]);
    }
  });

  test('gives every default a version range and a document with an https address', () => {
    for (const product of products) {
      for (const setting of product.settings) {
        for (const entry of setting.defaults) {
          expect(entry.versions, `${product.id} ${setting.id}`).toBeTruthy();
          expect(entry.doc.url, `${product.id} ${setting.id}`).toMatch(/^https:\/\/[^\s]+$/);
          for (const setup of entry.setups ?? []) expect(product.setups?.map((known) => known.id), `${product.id} ${setting.id}`).toContain(setup);
        }
      }
    }
  });

  test('has a default for every setup of every setting that has any', () => {
    for (const product of products) {
      for (const setting of product.settings.filter((candidate) => candidate.defaults.length > 0)) {
        for (const setup of product.setups ?? [{ id: undefined }]) {
          expect(defaultFor(setting, setup.id), `${product.id} ${setting.id} ${setup.id}`).toBeDefined();
        }
      }
    }
  });

  test('gives every hop that stands in front of another an idle and a read setting for each protocol it speaks', () => {
    for (const product of products.filter((candidate) => candidate.role !== 'app')) {
      for (const protocol of Object.keys(product.answers ?? {})) {
        const next = protocol === 'fastcgi' ? 'php-fpm' : 'node';
        const [front] = resolveChain({ hops: [{ product: product.id, values: {} }, { product: next, values: {} }], seconds: 1 });
        const kinds = front.fields.flatMap((field) => field.setting.kinds);
        expect(kinds, `${product.id} ${protocol}`).toEqual(expect.arrayContaining(['upstreamIdle', 'readTimeout']));
      }
    }
  });

  test('holds the defaults checked against the vendors', () => {
    expect(start('nginx', 'reuse', 'upstream')).toBe(60);
    expect(start('nginx', 'reuse', 'url')).toBe(0);
    expect(start('nginx', 'reuse', 'old')).toBe(0);
    expect([start('nginx', 'client'), start('nginx', 'read'), start('nginx', 'fcgi-reuse')]).toEqual([75, 60, 0]);
    expect([start('node', 'client', 'released'), start('node', 'client', 'next')]).toEqual([5, 65]);
    expect(start('aws-alb', 'idle')).toBe(60);
    expect([start('google', 'read'), start('google', 'idle'), start('google', 'client')]).toEqual([30, 600, 610]);
    expect([start('cloudflare', 'read'), start('cloudflare', 'idle')]).toEqual([120, 900]);
    expect([start('cloudfront', 'read'), start('cloudfront', 'idle')]).toEqual([30, 5]);
    expect([start('gunicorn', 'client', 'threads'), start('gunicorn', 'client', 'sync'), start('gunicorn', 'work', 'sync')]).toEqual([2, 0, 30]);
    expect(start('uvicorn', 'client')).toBe(5);
    expect([start('puma', 'client', 'seven'), start('puma', 'client', 'six')]).toEqual([65, 20]);
    expect([start('tomcat', 'client', 'shipped'), start('tomcat', 'client', 'bare')]).toEqual([20, 60]);
    expect([start('haproxy', 'read', 'debian'), start('haproxy', 'read', 'bare')]).toEqual([50, null]);
  });

  test('says where a default is disputed or changed with a version', () => {
    const note = (product: string, setting: string) =>
      productsById.get(product)!.settings.find((candidate) => candidate.id === setting)!.defaults.map((entry) => entry.note ?? '').join(' ');
    expect(note('cloudflare', 'read')).toMatch(/100 s/);
    expect(note('node', 'client')).toMatch(/keepAliveTimeoutBuffer/);
    expect(note('nginx', 'reuse')).toMatch(/1\.29\.7/);
  });
});

describe('diagnoses and the timeout chain', () => {
  const diagnoses = new Set(machineNodes.filter((node) => node.kind === 'diagnosis').map((node) => node.id));
  const content = readNodeContent();

  test('every verdict links to a diagnosis of the machine', () => {
    expect(linkedNodes.filter((id) => !diagnoses.has(id))).toEqual([]);
  });

  test.each([...linkedNodes, 'start'])('%s links back to the timeout chain', (id) => {
    expect(content.get(id)?.body).toContain(`](${timeoutsUrl})`);
  });
});
