// GraphiQL as a newcomer meets it: served with its assets inlined in the page
// (@graphql-yoga/render-graphiql), so it works with no internet, where yoga's default page loads
// them from a CDN and stays a blank "Loading…"; the first tab explains the Authorization header,
// and outside production the Headers tab holds a token for the demo PMO admin, signed when the
// page is loaded, for a browser on the server's own machine only (a development server listens on
// every interface by default: a colleague's browser must not be handed an admin token). Production
// never gets a token (it may serve GraphiQL, with PMO_GRAPHIQL=true).
import type { GraphiQLOptions } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { tokenCommand } from '../auth/token-command.js';
import type { TokenService } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { DEMO_EMAILS, hasDemoUsers } from '../demo/seed.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';

/**
 * The page, rendered by @graphql-yoga/render-graphiql, imported on the first page load: its inlined
 * assets are ~27 MB of strings in the heap (the module's source text and its value), which a
 * server nobody opens GraphiQL on (production, API clients) never needs to hold.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
  return render(options);
}

const SAMPLE_QUERY = `query FirstLook {
  viewer { name role }
  projects(first: 5) {
    totalCount
    edges { node { code name health status } }
  }
  riskMatrix { openRisks }
}`;

/** The demo user whose token GraphiQL is opened with: the PMO admin sees everything. */
export const GRAPHIQL_DEMO_USER = DEMO_EMAILS.admin;

/** Whether the page is for this machine: a loopback peer, or no socket at all (in-process requests). */
function fromThisMachine(req: IncomingMessage | undefined): boolean {
  const address = req?.socket?.remoteAddress;
  if (address === undefined) return true;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** GraphiQL's options for one page load (yoga calls this for each GET of /graphql as HTML). */
export function graphiqlOptions(
  config: Config,
  deps: { prisma: PrismaClient; tokens: TokenService },
): (request: Request, serverContext?: { req?: IncomingMessage }) => Promise<GraphiQLOptions> {
  const base: GraphiQLOptions = {
    title: 'PMO Engine',
    subscriptionsProtocol: 'WS',
    // The token is the page's: a stale one from an earlier server must not come back from storage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  };
  return async (_request, serverContext) => {
    const local = fromThisMachine(serverContext?.req);
    const demoToken = config.env !== 'production' && local && (await hasDemoUsers(deps.prisma)) ? await deps.tokens.sign(GRAPHIQL_DEMO_USER) : null;
    const command = tokenCommand(config);
    const explanation = [
      '# Welcome to the PMO Engine API.',
      '#',
      '# Every operation is sent with the header  Authorization: Bearer <token>',
      '# (see the Headers tab below); without it you are anonymous and see almost nothing.',
      demoToken
        ? `# The Headers tab holds a token for the demo PMO admin (${GRAPHIQL_DEMO_USER}), signed when this page loaded.`
        : `# Paste your token into the Headers tab as {"Authorization": "Bearer <token>"}.${
            config.env !== 'production' && !local ? ' (Only a browser on the server\'s machine gets a demo token here.)' : ''
          }`,
      command
        ? `# A token for another user: ${command}   (demo users: admin@, exec@, portfolio@, pm@, member@pmo.local)`
        : "# This server's signing secret lives in memory: its start-up banner printed the demo users' tokens.",
      '#',
      '# Press the run button (or Ctrl-Enter) to run the query below.',
      '',
    ].join('\n');
    // No placeholder without a token: a malformed header would fail every request, introspection too.
    const headers = demoToken ? JSON.stringify({ Authorization: `Bearer ${demoToken}` }, null, 2) : '{}';
    return { ...base, defaultQuery: `${explanation}${SAMPLE_QUERY}\n`, headers, defaultHeaders: headers };
  };
}
