/**
 * `fn`, run the first time only: a download's end is heard once, whichever of finishing, failing
 * or being stopped comes first (a stop can arrive while a batch is still being read), so a
 * download is one audit entry.
 */
export function once<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let called = false;
  return async (...args) => {
    if (called) return;
    called = true;
    await fn(...args);
  };
}
