// The methodology registry: installed plugin versions in the database. Built-ins load from
// plugins/ at start; the PMO installs new keys or versions through the API. Installed versions are
// immutable, so a project pinned to one keeps running on exactly what it was created with.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import semver from 'semver';
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';
import { compileMethodology, type CompiledMethodology } from './evaluate.js';
import type { Manifest, ManifestProblem, ResolvedMethodology } from './manifest.js';
import { validateManifest, type ValidationResult } from './validate.js';

type Db = PrismaClient | Prisma.TransactionClient;

export const BUILT_IN_PLUGINS_DIR = fileURLToPath(new URL('../../plugins', import.meta.url));

export interface MethodologyRow {
  id: string;
  key: string;
  version: string;
  enabled: boolean;
  manifest: Prisma.JsonValue;
  resolved: Prisma.JsonValue;
}

/** The newest version of each key (enabled ones preferred): what `extends` and new projects use. */
export function latestByKey<T extends { key: string; version: string; enabled: boolean }>(rows: T[], enabledOnly: boolean): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    if (enabledOnly && !row.enabled) continue;
    const current = latest.get(row.key);
    if (!current || semver.gt(row.version, current.version)) latest.set(row.key, row);
  }
  return latest;
}

/** Validates a manifest against what is installed (parents resolve to their newest enabled version). */
export async function validateAgainstRegistry(db: Db, manifest: unknown, extra: Manifest[] = []): Promise<ValidationResult> {
  const rows = await db.methodology.findMany({ select: { key: true, version: true, enabled: true, manifest: true } });
  const parents = latestByKey(rows, true);
  const pending = new Map(extra.map((m) => [m.key, m]));
  return validateManifest(manifest, {
    resolvePlugin: (key) => pending.get(key) ?? (parents.get(key)?.manifest as Manifest | undefined),
  });
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
      const result = await validateAgainstRegistry(prisma, builtIn.manifest);
      if (!result.valid) {
        failures.set(key, result.problems);
        continue;
      }
      const { manifest, resolved } = result;
      const exists = await prisma.methodology.findUnique({ where: { key_version: { key: manifest.key, version: manifest.version } } });
      if (exists) {
        if (JSON.stringify(exists.manifest) !== JSON.stringify(manifest)) {
          log?.warn({ key, version: manifest.version }, 'built-in plugin changed without a new version: keeping the installed one');
        }
      } else {
        await prisma.methodology.create({
          data: {
            key: manifest.key,
            version: manifest.version,
            name: manifest.name,
            description: manifest.description ?? '',
            manifest: manifest as unknown as Prisma.InputJsonValue,
            resolved: resolved as unknown as Prisma.InputJsonValue,
            builtIn: true,
          },
        });
        installed.push(`${manifest.key}@${manifest.version}`);
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
