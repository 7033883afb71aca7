/**
 * Runs a task one call at a time, newest first, with no fixed delay: a call made while another runs waits
 * for it, and a newer call replaces it, the replaced one resolving to null at once (a stale query: the
 * reader typed on). So a warm query starts the moment the reader types it, and fast typing never piles
 * searches up behind each other. `waiting` is told of each call that has to wait (to preload its data).
 */
export function latestOnly<A, R>(
  run: (arg: A) => Promise<R>,
  waiting?: (arg: A) => void,
): (arg: A) => Promise<R | null> {
  let busy = false;
  let next: { readonly arg: A; readonly settle: (value: Promise<R | null> | null) => void } | undefined;
  const start = (arg: A): Promise<R> => {
    busy = true;
    const done = run(arg);
    const after = () => {
      busy = false;
      const queued = next;
      next = undefined;
      if (queued) queued.settle(start(queued.arg));
    };
    done.then(after, after);
    return done;
  };
  return (arg) => {
    if (!busy) return start(arg);
    next?.settle(null);
    waiting?.(arg);
    return new Promise<R | null>((settle) => {
      next = { arg, settle };
    });
  };
}
