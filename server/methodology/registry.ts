// The methodology registry: installed plugin versions in the database. Built-ins load from
// plugins/ at start; the PMO installs new keys or versions through the API. Both go through
// `installManifest`. Installed versions are immutable, so a project pinned to one keeps running
// on exactly what it was created with.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import semver from 'semver';
import type { Db } from '../platform/context.js';
import type { Methodology, Prisma, PrismaClient } from '../platform/db/generated/prisma/client.js';
import { compileMethodology, type CompiledMethodology } from './lib/evaluate.js';
import type { Manifest, ManifestProblem, ResolvedMethodology } from './lib/manifest.js';
import { validateManifest, type ValidationResult } from './lib/validate.js';

export const BUILT_IN_PLUGINS_DIR = fileURLToPath(new URL('../../plugins', import.meta.url));

/** The newest enabled version of each key: what `extends` and new projects use. */
export function latestEnabledByKey<T extends { key: string; version: string; enabled: boolean }>(rows: T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    if (!row.enabled) continue;
    const current = latest.get(row.key);
    if (!current || semver.gt(row.version, current.version)) latest.set(row.key, row);
  }
  return latest;
}

/** Validates a manifest against what is installed (parents resolve to their newest enabled version). */
export async function validateAgainstRegistry(db: Db, manifest: unknown): Promise<ValidationResult> {
  const rows = await db.methodology.findMany({ select: { key: true, version: true, enabled: true, manifest: true } });
  const parents = latestEnabledByKey(rows);
  return validateManifest(manifest, { resolvePlugin: (key) => parents.get(key)?.manifest as Manifest | undefined });
}

export type InstallOutcome =
  | { status: 'invalid'; problems: ManifestProblem[] }
  /** This key and version are installed already (installed versions never change). */
  | { status: 'exists'; manifest: Manifest; existing: Methodology }
  | { status: 'installed'; row: Methodology; previousVersions: string[] };

/**
 * Validates `input` against the registry and installs it as a new key or a new version of one.
 * A built-in is installed by nobody; anything else by the person who sent it.
 */
export async function installManifest(db: Db, input: unknown, by: { builtIn: true } | { installedById: string }): Promise<InstallOutcome> {
  const result = await validateAgainstRegistry(db, input);
  if (!result.valid) return { status: 'invalid', problems: result.problems };
  // `$schema` only points editors at schema/methodology.schema.json: it is not part of the plugin.
  const { $schema: _editorHint, ...manifest } = result.manifest;
  const { resolved } = result;
  const existing = await db.methodology.findUnique({ where: { key_version: { key: manifest.key, version: manifest.version } } });
  if (existing) return { status: 'exists', manifest, existing };
  const others = await db.methodology.findMany({ where: { key: manifest.key }, select: { version: true } });
  const row = await db.methodology.create({
    data: {
      key: manifest.key,
      version: manifest.version,
      name: manifest.name,
      description: manifest.description ?? '',
      manifest: manifest as unknown as Prisma.InputJsonValue,
      resolved: resolved as unknown as Prisma.InputJsonValue,
      ...('builtIn' in by ? { builtIn: true } : { installedById: by.installedById }),
    },
  });
  return { status: 'installed', row, previousVersions: others.map((other) => other.version) };
}

/** Reads plugins/<name>/methodology.json for every folder, in name order. */
export async function readBuiltInManifests(dir = BUILT_IN_PLUGINS_DIR): Promise<{ folder: string; manifest: unknown }[]> {
  const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  folders.sort();
  return Promise.all(
    folders.map(async (folder) => ({
      folder,
      manifest: JSON.parse(await readFile(path.join(dir, folder, 'methodology.json'), 'utf8')) as unknown,
    })),
  );
}

export class BuiltInPluginError extends Error {
  override name = 'BuiltInPluginError';
}

/**
 * Installs the built-in plugins that are not installed yet (parents before children). An
 * installed version is never overwritten: changing a built-in means giving it a new version.
 */
export async function syncBuiltInMethodologies(prisma: PrismaClient, log?: Logger, dir = BUILT_IN_PLUGINS_DIR): Promise<string[]> {
  const builtIns = await readBuiltInManifests(dir);
  const remaining = new Map(builtIns.map((b) => [(b.manifest as { key?: string }).key ?? b.folder, b]));
  const installed: string[] = [];
  // Repeatedly install what validates; parents first falls out of the order naturally.
  while (remaining.size > 0) {
    let progress = false;
    const failures = new Map<string, ManifestProblem[]>();
    for (const [key, builtIn] of remaining) {
      const outcome = await installManifest(prisma, builtIn.manifest, { builtIn: true });
      if (outcome.status === 'invalid') {
        failures.set(key, outcome.problems);
        continue;
      }
      if (outcome.status === 'installed') installed.push(`${outcome.row.key}@${outcome.row.version}`);
      else if (JSON.stringify(outcome.existing.manifest) !== JSON.stringify(outcome.manifest)) {
        log?.warn({ key, version: outcome.manifest.version }, 'built-in plugin changed without a new version: keeping the installed one');
      }
      remaining.delete(key);
      progress = true;
    }
    if (!progress) {
      const [key, problems] = [...failures][0]!;
      const first = problems[0];
      throw new BuiltInPluginError(
        `built-in methodology plugin "${key}" is invalid: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem'}` +
          (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''),
      );
    }
  }
  for (const name of installed) log?.info(`installed built-in methodology ${name}`);
  return installed;
}

/** Compiled methodologies by row id. Rows are immutable (only `enabled` changes), so caching is safe. */
const compiledCache = new Map<string, CompiledMethodology>();

/** The compiled methodology of a row already compiled in this process, else null. */
export function cachedCompiled(id: string): CompiledMethodology | null {
  return compiledCache.get(id) ?? null;
}

export function compiledFor(row: { id: string; resolved: Prisma.JsonValue }): CompiledMethodology {
  let compiled = compiledCache.get(row.id);
  if (!compiled) {
    compiled = compileMethodology(row.resolved as unknown as ResolvedMethodology);
    compiledCache.set(row.id, compiled);
  }
  return compiled;
}
