// GraphiQL as a newcomer opens it: in a real headless Chromium with every request to anything but
// the server itself blocked (no CDN), the editor loads, the Headers tab holds a working demo token,
// and running the first tab's query shows the demo organisation. Also, from the page itself: the
// token is the demo admin's outside production and absent in production.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { GRAPHIQL_DEMO_USER, graphiqlOptions } from '../../server/http/graphiql.js';
import { startTestServer, type TestServer, withoutCost } from '../support/harness.js';

/** Debian's chromium package (PLATFORM.md); CHROMIUM_PATH names another build. */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => !!candidate && existsSync(candidate),
);
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BROWSER_SUITE = CHROMIUM
  ? 'GraphiQL in headless Chromium, offline'
  : 'GraphiQL in headless Chromium, offline (SKIPPED: no chromium executable found; `apt-get install -y chromium` or set CHROMIUM_PATH)';

const TOKEN_IN_PAGE = /\\"Authorization\\": \\"Bearer ([\w-]+\.[\w-]+\.[\w-]+)\\"/;

describe.skipIf(!CHROMIUM)(BROWSER_SUITE, { timeout: 120_000 }, () => {
  let server: TestServer;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    ({ url } = await server.app.listen(0, '127.0.0.1'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with no internet, runs the first tab\'s query with the demo token and shows the data', async () => {
    const context = await browser.newContext();
    const blocked: string[] = [];
    const own = new URL(url).host;
    // The network is the server and nothing else: anything else is refused (and noted).
    await context.route('**/*', (route) => {
      const target = new URL(route.request().url());
      if (target.protocol === 'data:' || target.protocol === 'blob:' || target.host === own) return route.continue();
      blocked.push(target.href);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${url}/graphql`);
      expect(await page.title()).toBe('PMO Engine');
      // The query editor has the explanation of the Authorization header and the sample query.
      const queryEditor = page.locator('.graphiql-query-editor');
      await queryEditor.getByText('query FirstLook').waitFor({ timeout: 60_000 });
      // (Monaco draws spaces as no-break spaces)
      const text = async (selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
      await expect.poll(() => text('.graphiql-query-editor')).toContain('sent with the header Authorization: Bearer <token>');
      // The Headers tab is open and holds a token.
      await expect.poll(() => text('.graphiql-editor-tool')).toMatch(/"Authorization": "Bearer [\w-]+\./);

      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => text('.graphiql-response'), { timeout: 30_000 }).toContain('"totalCount"');
      const shown = await text('.graphiql-response');
      expect(shown).toContain('"name": "Amara Okafor"'); // the demo PMO admin: the token worked
      expect(shown).toContain('"role": "PMO_ADMIN"');
      expect(shown).toContain('"code": "');
      expect(shown).not.toContain('"errors"');
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the GraphiQL page', () => {
  let development: TestServer;
  let productionOptedIn: TestServer;
  beforeAll(async () => {
    development = await startTestServer('pglite');
    productionOptedIn = await startTestServer('pglite', { config: { env: 'production', graphiql: true, introspection: true } });
  });
  afterAll(async () => {
    await development?.close();
    await productionOptedIn?.close();
  });

  const page = async (server: TestServer) => (await server.fetch('/graphql', { headers: { accept: 'text/html' } })).text();

  it('carries its assets: no script, style or font is loaded from another host', async () => {
    const html = await page(development);
    expect(html).not.toContain('Loading __TITLE__');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });

  it("prefills a working token for the demo PMO admin outside production", async () => {
    const token = TOKEN_IN_PAGE.exec(await page(development))?.[1];
    expect(token).toBeDefined();
    const response = await development.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { email role } }' }),
    });
    expect(withoutCost(await response.json())).toEqual({ data: { viewer: { email: GRAPHIQL_DEMO_USER, role: 'PMO_ADMIN' } } });
  });

  it('gives the demo token only to a browser on the server\'s own machine', async () => {
    const options = graphiqlOptions(development.config, { prisma: development.runtime.db.prisma, tokens: development.runtime.tokens });
    const from = (remoteAddress: string) => options(new Request('http://pmo.test/graphql'), { req: { socket: { remoteAddress } } as IncomingMessage });
    for (const local of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect((await from(local)).headers).toMatch(/"Authorization": "Bearer ey/);
    for (const remote of ['192.168.1.20', '::ffff:10.0.0.7', 'fe80::1']) {
      const page = await from(remote);
      expect(page.headers).toBe('{}');
      expect(page.defaultQuery).toContain("Only a browser on the server's machine gets a demo token here.");
    }
  });

  it('never holds a token in production, even with demo data and GraphiQL turned on', async () => {
    const html = await page(productionOptedIn);
    expect(html).toContain('<title>PMO Engine</title>');
    expect(html).not.toMatch(/Bearer ey/);
    expect(html).toContain('Authorization: Bearer <token>');
  });
});
