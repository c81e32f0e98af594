import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultCard, defaultImageSlug, getCards, imageSlug, type Card } from '../../lib/og/cards';
import { cardLayout } from '../../lib/og/layout';
import { renderPng } from '../../lib/og/render';

export const getStaticPaths = (async () => [
  ...[...(await getCards())].map(([page, card]) => ({ params: { slug: imageSlug(page) }, props: { card } })),
  { params: { slug: defaultImageSlug }, props: { card: defaultCard } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props, site }) =>
  new Response(new Uint8Array(await renderPng(cardLayout(props.card, site!.host))), { headers: { 'Content-Type': 'image/png' } });
