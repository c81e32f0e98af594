import { longestWalk } from './tests/support/walks';
import { machineNodes, shortestSteps, stepsLeft } from './src/lib/graph';
console.log(longestWalk.nodes.join(' → '), longestWalk.steps.length);
console.log(machineNodes.filter(n=>n.kind==='diagnosis' && shortestSteps.get(n.id)!.length>5).map(n=>n.id));
console.log('nodes', machineNodes.length, 'diag', machineNodes.filter(n=>n.kind==='diagnosis').length);
