import { useEffect, useRef, useState } from 'preact/hooks';
import type { DiagnoseActor, DiagnoseSnapshot } from './actor';

type ActorModule = typeof import('./actor');

/**
 * Connects an XState actor to Preact, loading XState and the machine after
 * the page is interactive: the first paint never waits for the tree, and a
 * page's own script does not grow as the tree grows. Until it arrives,
 * answers stay plain links. `walk` says which answers the actor should have
 * taken once it exists; `replace` swaps in another walk and updates the
 * snapshot in the same render.
 */
export function useLazyActor(walk: () => readonly string[]) {
  const [machine, setMachine] = useState<ActorModule | null>(null);
  const [actor, setActor] = useState<DiagnoseActor | null>(null);
  const [snapshot, setSnapshot] = useState<DiagnoseSnapshot | null>(null);
  const latestWalk = useRef(walk);
  latestWalk.current = walk;

  const replace = (module: ActorModule, events: readonly string[]) => {
    const next = module.replay(events);
    setActor(next);
    setSnapshot(next.getSnapshot());
  };

  useEffect(() => {
    void import('./actor').then((module) => {
      setMachine(module);
      replace(module, latestWalk.current());
    });
  }, []);

  useEffect(() => {
    if (!actor) return;
    const subscription = actor.subscribe(setSnapshot);
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);

  return {
    machine,
    actor,
    snapshot,
    replace: (events: readonly string[]) => machine && replace(machine, events),
  };
}
