import { machineNodes, nodesById } from '../../src/lib/graph';

/**
 * Two answers to one question clicked in quick succession, the first still
 * loading: if the machine took them in the order their pages arrived, it
 * would stand on the first answer's node while the page shows the second's,
 * and `then`, an answer of the second's node that the first's node also
 * takes but sends elsewhere, would lead down the wrong branch.
 */
export interface Race {
  question: string;
  first: string;
  /** The node the first answer leads to, whose page is the one held back. */
  firstTo: string;
  second: string;
  /** The node the second answer leads to: where the person must end up. */
  arrive: string;
  /** An answer there that the first answer's node would send elsewhere. */
  then: string;
  /** Where `then` must lead. */
  thenTo: string;
}

/** Every ordered pair of answers in the machine whose race would show, with one answer that tells the two branches apart. */
export const races: Race[] = machineNodes.flatMap((question) =>
  question.edges.flatMap((first) =>
    question.edges.flatMap((second) => {
      if (first.target === second.target) return [];
      const wrong = nodesById.get(first.target)!.edges;
      const telling = nodesById
        .get(second.target)!
        .edges.find((edge) => wrong.some((other) => other.event === edge.event && other.target !== edge.target));
      return telling
        ? [{ question: question.id, first: first.event, firstTo: first.target, second: second.event, arrive: second.target, then: telling.event, thenTo: telling.target }]
        : [];
    }),
  ),
);
