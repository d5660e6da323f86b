// Every connection of the schema pages as Relay and Apollo clients page it: forward
// (`first`/`after`) and backward (`last`/`before`), page sizes 1, 3 and 100, unfiltered, filtered
// and ordered, as several roles, and while rows are added between pages. The pages put together
// must be exactly one big page, in order, and `totalCount` its length. The connections are found
// in the schema, so a new connection is covered without anyone writing a test for it.
import type { ExecutionResult } from 'graphql';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../schema/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const PAGING = new Set(['first', 'after', 'last', 'before']);

interface ConnectionField {
  /** `Query` for root lists, else the node type that has the list. */
  owner: string;
  field: GraphQLField<unknown, unknown>;
  /** The node type of its edges. */
  node: string;
}

/** Every connection field of the schema: root lists and lists of node types. */
function connectionFields(): ConnectionField[] {
  const schema = buildSchema();
  const found: ConnectionField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation' || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      if (!isObjectType(returned) || !field.args.some((arg) => arg.name === 'after')) continue;
      const edges = getNamedType(returned.getFields().edges!.type) as GraphQLObjectType;
      found.push({ owner: type.name, field, node: getNamedType(edges.getFields().node!.type).name });
    }
  }
  return found;
}

/** The arguments of a walk besides paging: none, a filter, an order. */
function variantsOf(field: GraphQLField<unknown, unknown>): { name: string; args: Record<string, unknown> }[] {
  const variants: { name: string; args: Record<string, unknown> }[] = [{ name: 'unfiltered', args: {} }];
  for (const arg of field.args.filter((a) => !PAGING.has(a.name))) {
    const value = sampleOf(arg);
    if (value !== undefined) variants.push({ name: `${arg.name}: ${JSON.stringify(value)}`, args: { [arg.name]: value } });
  }
  return variants;
}

/** A value of an optional argument that narrows or reorders the list without naming an id. */
function sampleOf(arg: GraphQLArgument): unknown {
  const type = getNullableType(arg.type);
  if (getNamedType(type).name === 'Boolean') return false;
  if (getNamedType(type).name === 'String' && arg.name === 'ruleKey') return undefined;
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return undefined;
  const fields = Object.values(named.getFields());
  if (isListType(type)) {
    // An order: the last orderable field, descending (not the default order).
    const field = fields.find((f) => f.name === 'field');
    const fieldType = field && getNamedType(field.type);
    const values = fieldType && isEnumType(fieldType) ? fieldType.getValues() : [];
    return values.length ? [{ field: values[values.length - 1]!.value, direction: 'DESC' }] : undefined;
  }
  // A filter: the first field that takes a list of enum values, with all values but the first.
  for (const field of fields) {
    const inner = getNullableType(field.type);
    const enumType = getNamedType(inner);
    if (isListType(inner) && isEnumType(enumType)) {
      const values = enumType.getValues().map((value) => value.value);
      return { [field.name]: values.slice(1) };
    }
  }
  return undefined;
}

interface Page {
  ids: string[];
  cursors: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

const ROLES: Person[] = ['admin', 'owner', 'member'];

describe('connections', () => {
  const fields = connectionFields();

  it('are found in the schema: root lists and the lists of node types', () => {
    const names = fields.map((f) => `${f.owner}.${f.field.name}`).sort();
    expect(names).toEqual(
      expect.arrayContaining(['Portfolio.projects', 'Project.risks', 'Project.riskAlerts', 'Query.projects', 'Query.risks', 'Query.users']),
    );
    // Every nested list hangs off a node type that a root list reaches, so the walk can find parents.
    for (const f of fields.filter((c) => c.owner !== 'Query')) {
      expect(fields.some((root) => root.owner === 'Query' && root.node === f.owner), `${f.owner}.${f.field.name}`).toBe(true);
    }
  });

  describe.each(backends())('on %s', (backend) => {
    let server: TestServer;
    let seed: Scenario;

    beforeAll(async () => {
      ({ server, seed } = await startScenario(backend, { label: 'Paging' }));
      // Rows for the lists that start empty: risks (some raising alerts), and changes for the audit trail.
      const crm = await seed.projects.seeded('CRM-2026');
      const mob = await seed.projects.seeded('MOB-APP');
      await seed.risks.raiseAll(crm, [
        { probability: 5, impact: 4, owner: 'member' },
        { probability: 4, impact: 4 },
        { probability: 2, impact: 2, status: 'ASSESSED' },
        { probability: 3, impact: 5, status: 'MITIGATING' },
        { probability: 1, impact: 3, status: 'CLOSED' },
        { probability: 5, impact: 5, status: 'REALIZED' },
        { probability: 3, impact: 3 },
      ]);
      await seed.risks.raiseAll(mob, [{ probability: 5, impact: 3 }, { probability: 2, impact: 5 }, { probability: 4, impact: 5, owner: 'member' }]);
      for (const health of ['AMBER', 'GREEN', 'RED'] as const) await seed.projects.update(await seed.projects.seeded('CRM-2026'), { health });
    });
    afterAll(() => server?.close());

    async function run(as: Person, query: string, variables: Record<string, unknown>) {
      const result = (await server.exec(PEOPLE[as], parse(query) as never, variables as never)) as ExecutionResult<Record<string, unknown>>;
      return result;
    }

    /** The document that reads one page of `connection` (under `node(id)` for a nested list). */
    function pageDocument(connection: ConnectionField, args: Record<string, unknown>) {
      const argDefs = connection.field.args.filter((arg) => arg.name in args);
      const declared = ['$parent: ID!', ...argDefs.map((arg) => `$${arg.name}: ${arg.type.toString()}`)];
      const passed = argDefs.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = `${connection.field.name}(${passed}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;
      if (connection.owner === 'Query') return `query Page(${declared.slice(1).join(', ') || '$none: Int'}) { list: ${selection} }`;
      return `query Page(${declared.join(', ')}) { node(id: $parent) { ... on ${connection.owner} { list: ${selection} } } }`;
    }

    /** One page; 'refused' when the viewer may not read the list (or its parent, which node() hides). */
    async function page(as: Person, connection: ConnectionField, parent: string | null, args: Record<string, unknown>): Promise<Page | 'refused'> {
      const result = await run(as, pageDocument(connection, args), { ...args, ...(parent ? { parent } : {}) });
      if (result.errors?.length) {
        expect(result.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
        return 'refused';
      }
      if (connection.owner !== 'Query' && result.data!.node === null) return 'refused';
      const holder = connection.owner === 'Query' ? result.data! : (result.data!.node as Record<string, unknown> | null);
      const list = holder?.list as { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: Page['pageInfo'] } | undefined;
      expect(list, `${connection.owner}.${connection.field.name} of ${parent} as ${as}`).toBeDefined();
      return {
        ids: list!.edges.map((edge) => edge.node.id),
        cursors: list!.edges.map((edge) => edge.cursor),
        pageInfo: list!.pageInfo,
        totalCount: list!.totalCount,
      };
    }

    /** Pages through the list and returns the ids in list order; `between` runs before each next page. */
    async function walk(as: Person, c: ConnectionField, parent: string | null, args: Record<string, unknown>, size: number, backward: boolean, between?: () => Promise<void>) {
      const seen: string[][] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 200; n++) {
        const paging = backward ? { last: size, ...(cursor ? { before: cursor } : {}) } : { first: size, ...(cursor ? { after: cursor } : {}) };
        const result = await page(as, c, parent, { ...args, ...paging });
        if (result === 'refused') return 'refused';
        expect(result.ids.length).toBeLessThanOrEqual(size);
        seen.push(result.ids);
        const more = backward ? result.pageInfo.hasPreviousPage : result.pageInfo.hasNextPage;
        if (!more) return (backward ? seen.reverse() : seen).flat();
        // A page that says there is more must end with a row to continue from.
        expect(result.ids.length, `${c.owner}.${c.field.name}: a page with more after it is not empty`).toBeGreaterThan(0);
        cursor = backward ? result.pageInfo.startCursor : result.pageInfo.endCursor;
        await between?.();
      }
      throw new Error(`${c.owner}.${c.field.name} never ended`);
    }

    /**
     * Parents of a nested list: two nodes of a root list of the owner type with the most rows in
     * it, up to 60 (the walks by 1 and 3 stay short).
     */
    async function parentsOf(c: ConnectionField): Promise<string[]> {
      if (c.owner === 'Query') return [''];
      const root = fields.find((f) => f.owner === 'Query' && f.node === c.owner)!;
      const candidates = await page('admin', root, null, { first: 100 });
      if (candidates === 'refused') throw new Error(`admin cannot list ${c.owner}`);
      const sized = await Promise.all(
        candidates.ids.map(async (id) => {
          const rows = await page('admin', c, id, { first: 100 });
          return { id, rows: rows === 'refused' ? 0 : rows.ids.length };
        }),
      );
      const fitting = sized.filter((p) => p.rows <= 60);
      return (fitting.length ? fitting : sized)
        .sort((a, b) => b.rows - a.rows)
        .slice(0, 2)
        .map((p) => p.id);
    }

    const cases = fields.flatMap((c) => variantsOf(c.field).map((variant) => ({ c, variant, name: `${c.owner}.${c.field.name} (${variant.name})` })));

    it.each(cases.map((test) => [test.name, test] as const))('%s: every page size, both directions, every role', async (_name, { c, variant }) => {
      let walked = 0;
      for (const parent of await parentsOf(c)) {
        for (const as of ROLES) {
          const whole = await page(as, c, parent || null, { ...variant.args, first: 100 });
          if (whole === 'refused') continue;
          expect(whole.pageInfo.hasNextPage, 'the test data fits in one page of 100').toBe(false);
          expect(whole.totalCount, `totalCount as ${as}`).toBe(whole.ids.length);
          for (const size of [1, 3, 100]) {
            for (const backward of [false, true]) {
              if (size === 1 && whole.ids.length > 30) continue; // long lists page by 3 and 100
              expect(await walk(as, c, parent || null, variant.args, size, backward), `${as}, size ${size}${backward ? ', backward' : ''}`).toEqual(whole.ids);
              walked += 1;
            }
          }
        }
      }
      expect(walked).toBeGreaterThan(0);
    });

    it('skips and repeats nothing while rows are added between pages', async () => {
      // New projects and risks land in the middle of the default orders (by code, by score).
      const portfolio = seed.portfolio.digital;
      const projects = fields.find((f) => f.owner === 'Query' && f.field.name === 'projects')!;
      const before = await page('admin', projects, null, { first: 100 });
      if (before === 'refused') throw new Error('refused');
      let n = 0;
      const ahead: string[] = [];
      const walked = await walk('admin', projects, null, {}, 2, false, async () => {
        // One behind the cursor (sorts first), one ahead of it (sorts last), at every page.
        n += 1;
        await seed.projects.create({ portfolio, code: `AAA-${backend.toUpperCase()}-${n}`, name: `Added behind ${n}` });
        ahead.push((await seed.projects.create({ portfolio, code: `ZZZ-${backend.toUpperCase()}-${n}`, name: `Added ahead ${n}` })).gid);
      });
      if (walked === 'refused') throw new Error('refused');
      // Every row that was there is there once, in order; every row added ahead of the cursor comes too.
      expect(walked.filter((id) => before.ids.includes(id))).toEqual(before.ids);
      expect(walked.filter((id) => ahead.includes(id))).toEqual(ahead);
      expect(new Set(walked).size).toBe(walked.length);
    });
  });
});
