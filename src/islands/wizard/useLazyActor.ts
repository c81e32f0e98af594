import { useEffect, useMemo, useState } from 'preact/hooks';

type ActorModule = typeof import('./actor');

let loading: Promise<ActorModule> | undefined;

/** XState and the machine, fetched once, after the page is interactive. */
export const loadMachine = (): Promise<ActorModule> => (loading ??= import('./actor'));

/**
 * Connects the machine to Preact, loading XState and the machine after the
 * page is interactive: the first paint never waits for the tree, and a
 * page's own script does not grow as the tree grows. Until it arrives,
 * answers stay plain links. The snapshot is worked out from `events`, the
 * answers the page shows, so the machine can never be somewhere the page is
 * not.
 */
export function useLazyActor(events: readonly string[]) {
  const [machine, setMachine] = useState<ActorModule | null>(null);
  useEffect(() => {
    void loadMachine().then(setMachine);
  }, []);
  const walk = events.join(' ');
  const snapshot = useMemo(() => machine?.replay(events) ?? null, [machine, walk]);
  return { machine, snapshot };
}
