// One alert fanned out to many subscribers is executed once per viewer scope (the operation and
// the viewer's role), not once per subscriber, and still answers each subscriber as their own
// query would: money is hidden from team members, and what depends on who the viewer is
// (viewerCanEdit) is theirs, even for subscribers of the same role.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FanOutAlertsSubscription, FanOutCountedAlertsSubscription } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { type Live, nextData, waitFor, wsClient, wsSubscribe } from '../support/live.js';
import { expectType, rootField } from '../support/results.js';
import { PEOPLE, scenario, type Scenario } from '../support/scenarios/index.js';

const Alerts = graphql(`
  subscription FanOutAlerts {
    riskAlerts { id risk { title viewerCanEdit } project { code budget } }
  }
`);
const CountedAlerts = graphql(`
  subscription FanOutCountedAlerts {
    riskAlerts { id project { code riskAlerts(first: 1) { totalCount } } }
  }
`);
const CreateRisk = graphql(`
  mutation FanOutCreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id } } ... on Error { message } }
  }
`);

describe.each(backends())('risk alert fan-out on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let url: string;
  let counter = 0;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend);
    seed = await scenario(server, { label: 'Fan-out fixture' });
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitFor(() => server.app.alerts.subscriberCount === 0, 'every subscription to end');
  });
  afterAll(() => server?.close());

  /** Subscriptions of `emails` (one socket each), all live on the server once this resolves, in this order. */
  async function subscribeAll<T>(document: TypedDocumentNode<T, Record<string, never>>, emails: string[]): Promise<Live<T>[]> {
    const lives: Live<T>[] = [];
    for (const email of emails) {
      const before = server.app.alerts.subscriberCount;
      const client = wsClient(url, { token: await server.token(email) });
      clients.push(client);
      lives.push(wsSubscribe(client, document, undefined, `${email}'s subscription`));
      // One at a time: the first subscriber of a scope is the one whose execution the others share.
      await waitFor(() => server.app.alerts.subscriberCount > before, `${email}'s subscription to start`);
    }
    return lives;
  }

  /** A CRITICAL alert on `projectGid`, raised by its manager, on a risk they own. */
  async function raise(projectGid: string): Promise<string> {
    const title = `Fan-out risk ${backend} ${++counter}`;
    const result = rootField(
      await server.exec(PEOPLE.manager, CreateRisk, {
        input: { projectId: projectGid, title, category: 'TECHNICAL', probability: 5, impact: 4, ownerId: seed.people.gid('manager') },
      }),
    );
    expectType(result, 'MutationCreateRiskSuccess');
    return title;
  }

  it("answers each subscriber of a shared scope as their own query would: viewerCanEdit is theirs, money hidden from team members", async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member', 'dev']);
    // The first of each role leads its scope: a project manager who does not manage the project
    // leads, the one who does follows; so do two team members.
    const viewers = [PEOPLE.otherManager, PEOPLE.manager, PEOPLE.otherManager, PEOPLE.executive, PEOPLE.admin, PEOPLE.member, PEOPLE.dev];
    const lives = await subscribeAll<FanOutAlertsSubscription>(Alerts, viewers);
    const canEdit = { [PEOPLE.otherManager]: false, [PEOPLE.manager]: true, [PEOPLE.executive]: false, [PEOPLE.admin]: true, [PEOPLE.member]: false, [PEOPLE.dev]: false };

    // Twice: the second alert follows what the first taught about the scope.
    for (let round = 0; round < 2; round++) {
      const title = await raise(project.gid);
      const received = await Promise.all(lives.map(async (live) => (await nextData(live)).riskAlerts));
      const budget = received[viewers.indexOf(PEOPLE.admin)]!.project.budget;
      expect(budget).not.toBeNull();
      received.forEach((alert, i) => {
        const viewer = viewers[i]!;
        const seesMoney = viewer !== PEOPLE.member && viewer !== PEOPLE.dev;
        expect({ viewer, alert }).toEqual({
          viewer,
          alert: { id: received[0]!.id, risk: { title, viewerCanEdit: canEdit[viewer] }, project: { code: project.code, budget: seesMoney ? budget : null } },
        });
      });
    }
  });

  it('costs the statements of one subscriber for many subscribers of one role', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member']);
    const deliveryOf = async (emails: string[]) => {
      const lives = await subscribeAll<FanOutCountedAlertsSubscription>(CountedAlerts, emails);
      const statements = await server.countStatements(async () => {
        await raise(project.gid);
        for (const live of lives) expect((await nextData(live)).riskAlerts.project.riskAlerts.totalCount).toBeGreaterThan(0);
      });
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
      await waitFor(() => server.app.alerts.subscriberCount === 0, 'every subscription to end');
      return statements;
    };
    // Executed once per role: five admins cost what one does, three of each of two roles what one of each does.
    expect(await deliveryOf(Array(5).fill(PEOPLE.admin))).toBe(await deliveryOf([PEOPLE.admin]));
    expect(await deliveryOf([PEOPLE.admin, PEOPLE.executive, PEOPLE.admin, PEOPLE.executive, PEOPLE.admin, PEOPLE.executive])).toBe(
      await deliveryOf([PEOPLE.admin, PEOPLE.executive]),
    );
  });
});
