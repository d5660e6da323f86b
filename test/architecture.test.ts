// The rules of the house (README "Architecture"), checked on every import of server/ and schema/:
//  - a domain is a folder with the same name in server/ and schema/; other folders import it
//    only through its index.ts;
//  - dependencies point one way: platform <- auth <- domains <- schema <- app, and no two
//    domains import each other in a circle;
//  - pure math in a domain's lib/ does no I/O: it imports nothing of the server but its own
//    lib/, the calendar, the expression engine (through its index.ts) and (types only) the data
//    model's enums;
//  - the expression engine (server/platform/expressions/) is pure too: it imports nothing of the
//    server outside its own folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOMAINS as LISTED } from '../server/domains.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The domains' folders: their names in the list of domains (server/domains.ts). */
const DOMAINS: readonly string[] = LISTED.map((domain) => domain.name);

interface Import {
  from: string;
  /** Repository-relative path of the imported module (relative imports only). */
  to: string;
  typeOnly: boolean;
}

type Layer = 'base' | 'platform' | 'auth' | 'domain' | 'demo' | 'schema-shared' | 'schema-domain' | 'schema' | 'app' | 'generated';

interface Place {
  layer: Layer;
  /** For domain and schema-domain modules: the domain's folder name. */
  domain?: string;
  /** Inside a domain's lib/. */
  lib: boolean;
  /** The domain's index.ts. */
  index: boolean;
}

/** Where a module sits: its layer, and its domain when it is in one. */
function placeOf(file: string): Place {
  const parts = file.split('/');
  const place = (layer: Layer, domain?: string): Place => ({
    layer,
    domain,
    lib: domain !== undefined && parts[2] === 'lib',
    index: domain !== undefined && parts.length === 3 && parts[2] === 'index.ts',
  });
  if (parts[0] === 'schema') {
    if (parts[1] === 'shared') return place('schema-shared');
    if (parts.length > 2) return place('schema-domain', parts[1]);
    return place('schema');
  }
  const [, top] = parts;
  if (file.includes('/generated/')) return place('generated');
  if (top === 'config.ts' || top === 'logger.ts') return place('base');
  if (top === 'platform') return place('platform');
  if (top === 'auth') return place('auth');
  if (top === 'demo') return place('demo');
  if (DOMAINS.includes(top!)) return place('domain', top);
  return place('app');
}

/** What each layer may import (besides itself, and npm packages). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  generated: [],
  base: ['base'],
  platform: ['base', 'platform', 'generated'],
  auth: ['base', 'platform', 'generated', 'auth'],
  domain: ['base', 'platform', 'generated', 'auth', 'domain'],
  demo: ['base', 'platform', 'generated', 'auth', 'domain', 'demo'],
  'schema-shared': ['base', 'platform', 'generated', 'auth', 'schema', 'schema-shared'],
  'schema-domain': ['base', 'platform', 'generated', 'auth', 'domain', 'schema', 'schema-shared', 'schema-domain'],
  schema: ['base', 'platform', 'generated', 'auth', 'schema', 'schema-shared', 'schema-domain'],
  app: ['base', 'platform', 'generated', 'auth', 'domain', 'demo', 'schema', 'app'],
};

const EXPRESSIONS = 'server/platform/expressions/';
const EXPRESSIONS_INDEX = `${EXPRESSIONS}index.ts`;

/** Every rule an import breaks (empty when it keeps them all). */
function violations(imp: Import): string[] {
  const from = placeOf(imp.from);
  const to = placeOf(imp.to);
  const found: string[] = [];
  if (!MAY_IMPORT[from.layer].includes(to.layer)) found.push(`${from.layer} may not import ${to.layer}`);
  // Inside a domain folder anything goes; from anywhere else (another domain, its GraphQL skin,
  // the app) only through the folder's index.ts.
  const sameFolder = to.domain !== undefined && from.layer === to.layer && from.domain === to.domain;
  if (to.domain && !to.index && !sameFolder) found.push(`${to.domain} is imported past its index.ts`);
  if (from.lib) {
    const sameLib = to.domain === from.domain && to.lib;
    const allowed =
      sameLib ||
      imp.to === 'server/platform/calendar.ts' ||
      imp.to === EXPRESSIONS_INDEX ||
      (imp.typeOnly && imp.to.endsWith('/generated/prisma/enums.ts'));
    if (!allowed) found.push('lib/ imports only its own lib/, the calendar, the expression engine and the types of the enums');
  }
  if (imp.from.startsWith(EXPRESSIONS) && (imp.to.startsWith('server/') || imp.to.startsWith('schema/')) && !imp.to.startsWith(EXPRESSIONS)) {
    found.push('the expression engine imports nothing of the server outside its folder');
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) return name === 'generated' ? [] : sourceFiles(relative);
    return name.endsWith('.ts') ? [relative] : [];
  });
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const typeOnly = ts.isImportDeclaration(statement) ? (statement.importClause?.isTypeOnly ?? false) : statement.isTypeOnly;
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.text)).replace(/\.js$/, '.ts');
    found.push({ from: file, to, typeOnly });
  }
  return found;
}

const IMPORTS = [...sourceFiles('server'), ...sourceFiles('schema')].flatMap(importsOf);

/** Domain → the domains it imports, for one side (server or schema). */
function domainGraph(side: 'server' | 'schema'): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const imp of IMPORTS) {
    if (!imp.from.startsWith(`${side}/`) || !imp.to.startsWith(`${side}/`)) continue;
    const from = placeOf(imp.from).domain;
    const to = placeOf(imp.to).domain;
    if (!from || !to || from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  return graph;
}

/** A cycle of the graph as a path (first = last), or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the rules of the house', () => {
  it('reads the imports of every module of server/ and schema/, and every listed domain has both folders', () => {
    expect(IMPORTS.length).toBeGreaterThan(300);
    expect(DOMAINS.length).toBeGreaterThanOrEqual(5);
    for (const domain of DOMAINS) {
      expect(statSync(path.join(ROOT, 'server', domain, 'index.ts')).isFile()).toBe(true);
      expect(statSync(path.join(ROOT, 'schema', domain, 'index.ts')).isFile()).toBe(true);
    }
  });

  it('catches what it is meant to catch', () => {
    const imp = (from: string, to: string, typeOnly = false): Import => ({ from, to, typeOnly });
    expect(violations(imp('server/risks/service.ts', 'server/methodology/compliance.ts'))).toEqual(['methodology is imported past its index.ts']);
    expect(violations(imp('server/platform/db/transaction.ts', 'server/risks/index.ts'))).toEqual(['platform may not import domain']);
    expect(violations(imp('server/projects/service.ts', 'schema/projects/index.ts'))).toEqual(['domain may not import schema-domain']);
    expect(violations(imp('schema/risks/risks.ts', 'schema/projects/projects.ts'))).toEqual(['projects is imported past its index.ts']);
    expect(violations(imp('server/app.ts', 'server/risks/alerts/hub.ts'))).toEqual(['risks is imported past its index.ts']);
    expect(violations(imp('server/risks/lib/scoring.ts', 'server/platform/db/database.ts'))).toEqual([
      'lib/ imports only its own lib/, the calendar, the expression engine and the types of the enums',
    ]);
    expect(violations(imp('server/risks/lib/scoring.ts', 'server/platform/expressions/index.ts'))).toEqual([]);
    expect(violations(imp('server/risks/lib/scoring.ts', 'server/platform/expressions/evaluate.ts'))).toEqual([
      'lib/ imports only its own lib/, the calendar, the expression engine and the types of the enums',
    ]);
    expect(violations(imp('server/platform/expressions/evaluate.ts', 'server/platform/calendar.ts'))).toEqual([
      'the expression engine imports nothing of the server outside its folder',
    ]);
    expect(violations(imp('server/risks/lib/scoring.ts', 'server/platform/db/generated/prisma/enums.ts', true))).toEqual([]);
    expect(violations(imp('server/risks/service.ts', 'server/risks/alerts/sources.ts'))).toEqual([]);
    expect(violations(imp('schema/risks/risks.ts', 'server/risks/index.ts'))).toEqual([]);
    expect(violations(imp('schema/risks/risks.ts', 'server/risks/queries.ts'))).toEqual(['risks is imported past its index.ts']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toBeNull();
  });

  it('every import keeps the layering, the index.ts rule and the purity of lib/', () => {
    const broken = IMPORTS.flatMap((imp) => violations(imp).map((rule) => `${imp.from} → ${imp.to}: ${rule}`));
    expect(broken).toEqual([]);
  });

  it.each(['server', 'schema'] as const)('no two domains of %s/ import each other in a circle', (side) => {
    expect(findCycle(domainGraph(side))).toBeNull();
  });
});
