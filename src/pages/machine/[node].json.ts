import type { APIRoute, GetStaticPaths } from 'astro';
import { machineNodes } from '../../lib/graph';
import { machineSteps } from '../../lib/machineSteps';

export const getStaticPaths = (() => machineNodes.map((node) => ({ params: { node: node.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(machineSteps(params.node!));
