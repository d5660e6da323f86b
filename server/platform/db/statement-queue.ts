// One transaction's statements, one after another.
//
// Prisma's query interpreter sends independent reads of one transaction in parallel; they share
// one connection, so `pg` would queue them anyway, but that queue is deprecated (removed in pg@9)
// and warns on every use. Queueing here keeps the same order and timing without relying on it.

/** A queue: each `run` starts once every earlier one has settled, whether it resolved or not. */
export function statementQueue(): <T>(run: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (run) => {
    const result = tail.then(run);
    // A failed statement fails its own caller only; the next one still runs.
    tail = result.catch(() => undefined);
    return result;
  };
}
