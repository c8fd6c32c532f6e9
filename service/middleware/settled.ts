/**
 * The promise the router returns for a request it answered synchronously (every route but
 * /metrics). Koa's compose passes a native promise through `Promise.resolve` unchanged, and the
 * middleware that act before `next()` return next()'s promise as it is, so this same object
 * reaches the middleware that act after `next()`: they recognise a request with nothing left to
 * wait for and finish it at once, without chaining a promise or arming a timer. Any other
 * promise (an asynchronous route, an error, a middleware that awaits) takes the ordinary path.
 */
export const SETTLED: Promise<void> = Promise.resolve();

/**
 * Runs `then` once `work` has fulfilled and returns a promise of that; at once, returning
 * SETTLED itself, when `work` is SETTLED. A rejection passes through without calling `then`.
 */
export function afterNext(work: Promise<void>, then: () => void): Promise<void> {
  if (work === SETTLED) {
    then();
    return SETTLED;
  }
  return work.then(then);
}
