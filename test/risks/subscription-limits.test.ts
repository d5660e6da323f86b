// Live subscriptions per user are bounded on every transport together: SSE streams, which have
// no socket to count, and graphql-ws sockets add up to PMO_MAX_SUBSCRIPTIONS_PER_USER. One more
// is refused with SUBSCRIPTION_LIMIT; another user is not affected; ending one frees its place.
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../server/config.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { type Live, sseSubscribe, waitFor, wsClient, wsSubscribe } from '../support/live.js';
import { PEOPLE, startScenario } from '../support/scenarios/index.js';

const Alerts = parse('subscription LimitAlerts { riskAlerts { id } }') as TypedDocumentNode<{ riskAlerts: { id: string } }, Record<string, never>>;

/** The code of the error the next event of `live` carries (a refusal), or what it delivered instead. */
async function refusalCode(live: Live<unknown>): Promise<string> {
  const event = await live.next();
  if (event.type === 'next') return String((event.result.errors?.[0]?.extensions as { code?: string } | undefined)?.code ?? JSON.stringify(event.result));
  if (event.type === 'error') {
    const errors = (Array.isArray(event.error) ? event.error : [event.error]) as { extensions?: { code?: string } }[];
    return String(errors[0]?.extensions?.code ?? JSON.stringify(event.error));
  }
  return 'complete';
}

describe.each(backends())('live subscriptions per user on %s', (backend) => {
  let server: TestServer;
  let url: string;
  const lives: Live<unknown>[] = [];
  beforeAll(async () => {
    ({ server } = await startScenario(backend, { label: 'Limits', config: { limits: { ...testConfig().limits, maxSubscriptionsPerUser: 2 } } }));
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterAll(async () => {
    for (const live of lives) live.close();
    await server?.close();
  });

  const sse = async (email: string) => {
    const live = sseSubscribe(url, Alerts, undefined, { token: await server.token(email) }, `${email}'s SSE`);
    lives.push(live);
    return live;
  };

  it('refuses the subscription one past the limit, SSE and graphql-ws together, and frees the place when one ends', async () => {
    await sse(PEOPLE.member);
    const client = wsClient(url, { token: await server.token(PEOPLE.member) });
    const ws = wsSubscribe(client, Alerts, undefined, 'the graphql-ws subscription');
    lives.push(ws);
    await waitFor(() => server.app.alerts.subscriberCount === 2, 'two live subscriptions');

    expect(await refusalCode(await sse(PEOPLE.member))).toBe('SUBSCRIPTION_LIMIT');
    expect(await refusalCode(wsSubscribe(client, Alerts, undefined, 'a second graphql-ws subscription'))).toBe('SUBSCRIPTION_LIMIT');

    // Someone else's subscriptions are their own.
    await sse(PEOPLE.manager);
    await waitFor(() => server.app.alerts.subscriberCount === 3, "the other user's subscription");

    ws.close();
    await waitFor(() => server.app.alerts.subscriberCount === 2, 'the graphql-ws subscription to end');
    await sse(PEOPLE.member);
    await waitFor(() => server.app.alerts.subscriberCount === 3, 'a new subscription in the freed place');
    await client.dispose();
  });
});
