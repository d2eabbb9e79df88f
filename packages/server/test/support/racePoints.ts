/** For race tests that hold each side at the racing point instead of guessing timings. */

/** A promise and the function that resolves it, handed to the side that decides when the held side goes on. */
export function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Polls a condition the server reaches by itself (no timing guess: it either gets there or the test times out). */
export async function until(cond: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}
