// The baseline of `npm run bench:alerts`: the least a GraphQL-over-WebSocket alert fan-out can
// cost on this machine. graphql-ws with a plain graphql-js schema, an in-memory pub/sub and no
// database, no auth and no limits; POST /publish pushes one alert (the same JSON shape as the
// PMO Engine's) to every subscriber. Run as its own process, like the server under test.
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

const schema = buildSchema(`
  type Risk { title: String! score: Int! }
  type Project { code: String! name: String! }
  type RiskAlert { id: ID! cursor: String! severity: String! reason: String! triggerKey: String! createdAt: String! risk: Risk project: Project! }
  type Query { ok: Boolean }
  type Subscription { riskAlerts: RiskAlert! }
`);
// One listener per subscriber on this target: 1,000 is expected, not a leak.
const eventTarget = new EventTarget();
setMaxListeners(0, eventTarget);
const pubSub = createPubSub<{ alert: [Record<string, unknown>] }>({ eventTarget });
const rootValue = { riskAlerts: () => pubSub.subscribe('alert') };
let n = 0;

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') {
    n++;
    pubSub.publish('alert', {
      riskAlerts: {
        id: `alert-${n}`,
        cursor: Buffer.from(`GPC:N:${n}`).toString('base64'),
        severity: 'CRITICAL',
        reason: `Risk "Bench risk ${n}" scores 20 (probability 5 × impact 4), at or above the CRITICAL threshold of 20.`,
        triggerKey: 'risk-score',
        createdAt: new Date().toISOString(),
        risk: { title: `Bench risk ${n}`, score: 20 },
        project: { code: 'BENCH', name: 'Bench project' },
      },
    });
    res.end('{}');
    return;
  }
  res.statusCode = req.url === '/ready' ? 200 : 404;
  res.end(JSON.stringify({ status: 'ready', subscribers: wss.clients.size }));
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots: { subscription: rootValue } as never }, wss);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
