// How every benchmark runs: `main` answers PASS (true) or FAIL (false); clean-up steps (scratch
// databases, servers, clients) run in reverse order at the end, on Ctrl-C, and at the deadline.
// Exit code: 0 PASS, 1 FAIL, 2 the benchmark itself failed.

/** Steps that undo what a benchmark set up, pushed as it goes. */
export const cleanup: (() => Promise<unknown>)[] = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanup.splice(0).reverse()) await step().catch((error) => console.error('clean-up failed:', error));
}

export async function runBenchmark(main: () => Promise<boolean>, options: { deadlineMs?: number } = {}): Promise<void> {
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  if (options.deadlineMs) {
    const minutes = options.deadlineMs / 60_000;
    // A backstop so that the benchmark always ends by itself, even on a machine too loaded to finish.
    setTimeout(() => {
      console.error(`benchmark: still running after ${minutes} minutes, giving up`);
      void cleanUp().finally(() => process.exit(2));
    }, options.deadlineMs).unref();
  }
  try {
    process.exitCode = (await main()) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  } finally {
    await cleanUp();
  }
}
