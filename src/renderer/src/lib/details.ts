// What the window looks at, for main (the watchDetails command): each view holds its targets while
// it is on screen, and main hears the whole set once per change, so a view replacing one zone with
// another (or two views sharing one item) costs one message and no refetch.
import { detailKey, type DetailTarget } from '@shared/details';
import { settle } from './run';

const held = new Map<string, { target: DetailTarget; holders: number }>();
let sent = '';
let queued = false;

function send(): void {
  queued = false;
  const key = [...held.keys()].sort().join('\n');
  if (key === sent) return;
  sent = key;
  void settle(window.vps.watchDetails({ targets: [...held.values()].map((h) => h.target) }));
}

/**
 * Asks main to fetch and publish the target in AppState.details until the returned function is
 * called; made for an $effect (`$effect(() => watchDetail(target))`).
 */
export function watchDetail(target: DetailTarget): () => void {
  const key = detailKey(target);
  const entry = held.get(key);
  if (entry) entry.holders += 1;
  else held.set(key, { target, holders: 1 });
  schedule();
  return () => {
    const current = held.get(key);
    if (!current) return;
    current.holders -= 1;
    if (current.holders === 0) held.delete(key);
    schedule();
  };
}

// Svelte runs an effect's cleanup and its next run in one go: both reach main as one set.
function schedule(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(send);
}
