// Counts the requests a server has started, and tells when the work of a run is over, so that a
// run's SQL statements and CPU time can be divided by the requests that caused them (autocannon's
// count leaves out the requests cut off when a run ends; the server still finishes them).
import type { Server } from 'node:http';

export class RequestMeter {
  started = 0;
  private inFlight = 0;

  constructor(server: Server) {
    server.on('request', (_req, res) => {
      this.started += 1;
      this.inFlight += 1;
      res.once('close', () => (this.inFlight -= 1));
    });
  }

  /**
   * Resolves when no response is open and no SQL statement was sent for `quietMs`: a request whose
   * client has gone away closes its response at once, but its resolvers go on querying.
   */
  async idle(statementCount: () => number, quietMs = 200, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = statementCount();
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const now = statementCount();
      if (now !== last || this.inFlight > 0) {
        last = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) {
        return;
      }
    }
  }
}
