import { useEffect, useState } from 'preact/hooks';
import type { DiagnoseActor } from './actor';

/**
 * Connects an XState actor to Preact: the component re-renders on every new
 * snapshot. `replace` swaps in another actor (a restored walk) and updates the
 * snapshot in the same render, so the page never shows one node's content
 * under another node's state.
 */
export function useActor(create: () => DiagnoseActor) {
  const [actor, setActor] = useState(create);
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot());
  useEffect(() => {
    const subscription = actor.subscribe(setSnapshot);
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  const replace = (next: DiagnoseActor) => {
    setActor(next);
    setSnapshot(next.getSnapshot());
  };
  return { actor, snapshot, replace };
}
