// The demo organisation's risk register: a newcomer's first riskMatrix and topRisks are not empty,
// the risks spread over the matrix with owners and responses, and the real alert sources raised
// the alerts they should (score thresholds, an overdue risk, a realized one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const DemoMatrix = graphql(`
  query DemoMatrix {
    riskMatrix {
      openRisks
      cells { probability impact count }
    }
    portfolios(first: 10) { edges { node { id name } } }
  }
`);

const DemoTopRisks = graphql(`
  query DemoTopRisks($portfolioId: ID!) {
    topRisks(portfolioId: $portfolioId, first: 3) {
      title score status responseStrategy mitigationPlan
      owner { email }
      project { code }
      assessments { score }
    }
  }
`);

const DemoAlerts = graphql(`
  query DemoAlerts {
    riskAlerts(first: 100) {
      totalCount
      edges { node { source severity triggerKey risk { title } project { code } } }
    }
  }
`);

describe.each(backends())('the demo risk register on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());

  it('fills the risk matrix, spread over many cells', async () => {
    const { data, errors } = await server.exec('exec@pmo.local', DemoMatrix);
    expect(errors).toBeUndefined();
    const matrix = data!.riskMatrix;
    expect(matrix.openRisks).toBe(13);
    const filled = matrix.cells.filter((cell) => cell.count > 0);
    expect(filled.length).toBeGreaterThanOrEqual(10);
    // From low to critical: both corners of the seriousness scale are represented.
    expect(filled.some((cell) => cell.probability * cell.impact <= 4)).toBe(true);
    expect(filled.some((cell) => cell.probability * cell.impact >= 20)).toBe(true);
  });

  it('gives every portfolio its top risks, highest score first, owned and with a response', async () => {
    const { data } = await server.exec('exec@pmo.local', DemoMatrix);
    const portfolios = data!.portfolios.edges.map(({ node }) => node);
    expect(portfolios.map((portfolio) => portfolio.name).sort()).toEqual(['Digital Transformation', 'Operational Excellence']);
    for (const portfolio of portfolios) {
      const top = (await server.exec('exec@pmo.local', DemoTopRisks, { portfolioId: portfolio.id })).data!.topRisks;
      expect(top).toHaveLength(3);
      expect(top[0]!.score).toBe(20);
      expect(top.map((risk) => risk.score)).toEqual([...top.map((risk) => risk.score)].sort((a, b) => b - a));
      for (const risk of top) {
        expect(risk.owner?.email).toMatch(/@pmo\.local$/);
        expect(risk.mitigationPlan).not.toBe('');
        expect(risk.assessments).toEqual([{ score: risk.score }]);
      }
    }
  });

  it('raised the alerts of the real alert sources', async () => {
    const { data } = await server.exec('admin@pmo.local', DemoAlerts);
    const alerts = data!.riskAlerts.edges.map(({ node }) => `${node.source} ${node.severity} ${node.project.code}: ${node.risk?.title ?? node.triggerKey}`);
    expect(alerts).toEqual(
      expect.arrayContaining([
        'RISK_SCORE CRITICAL CRM-2026: Legacy CRM data fails the migration quality checks',
        'RISK_SCORE CRITICAL ERP-UPG: Vendor ends support for the on-premise edition before go-live',
        'RISK_SCORE HIGH DATA-LAKE: Data residency rules block the planned cloud region',
        'RISK_SCORE HIGH CLOUD-MIG: Lease exit penalty if the data centre is not empty by June',
        'RISK_OVERDUE MEDIUM MOB-APP: App store review rejects the in-app payment flow',
        'RISK_REALIZED HIGH ERP-UPG: Month-end close runs late in the cut-over month',
      ]),
    );
  });
});
