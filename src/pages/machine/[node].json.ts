import type { APIRoute, GetStaticPaths } from 'astro';
import type { NodeSteps } from '../../lib/steps';
import { getTree } from '../../lib/tree';

export const getStaticPaths = (async () => [...(await getTree()).values()].map((node) => ({ params: { node: node.id }, props: { steps: node.steps } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ steps: NodeSteps }> = ({ props }) => Response.json(props.steps);
