// The load generator, in a child process forked by load.ts: autocannon there takes no CPU from
// the process that runs both servers, so that process's CPU time per request is theirs alone.
import autocannon, { type Options } from 'autocannon';

process.on('message', (options: Options) => {
  autocannon(options).then(
    (result) => process.send?.({ result }),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
