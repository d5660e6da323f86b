import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const ViewerQuery = graphql(`
  query SmokeViewer {
    viewer { name role }
  }
`);

describe.each(backends())('smoke on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  it('answers the viewer', async () => {
    const result = await server.exec('pm@pmo.local', ViewerQuery);
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer).toEqual({ name: 'Grace Hopper-Lee', role: 'PROJECT_MANAGER' });
  });
});
