// Offline validation of a plugin folder (plugins/<folder>/methodology.json), for plugin authors:
// the same size limit and the same validator (lib/validate.ts) as `validateMethodology` and
// `installMethodology`, with `extends` resolved against the folder's siblings and the built-in
// plugins instead of the database's registry.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { manifestSizeProblems } from './installation.js';
import type { Manifest, ManifestProblem } from './lib/manifest.js';
import { validateManifest, type ValidationResult } from './lib/validate.js';
import { BUILT_IN_PLUGINS_DIR } from './registry.js';

export const MANIFEST_FILE = 'methodology.json';

export interface FolderValidation {
  /** The manifest file that was checked. */
  file: string;
  problems: ManifestProblem[];
  /** "key@version" of every manifest composed, parents first, when the manifest is valid. */
  lineage?: string[];
}

type Read = { manifest: unknown } | { problem: ManifestProblem };

async function readManifest(file: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: { path: [], message: code === 'ENOENT' ? `no ${MANIFEST_FILE} in this folder` : `cannot read: ${String(error)}` } };
  }
  try {
    return { manifest: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: { path: [], message: `not valid JSON: ${(error as Error).message}` } };
  }
}

/** Manifests of the plugin folders in `dirs` (a folder without a readable manifest is skipped). */
async function candidates(dirs: readonly string[], except: string): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const dir of new Set(dirs.map((d) => path.resolve(d)))) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const folder = path.join(dir, entry.name);
      if (!entry.isDirectory() || folder === except) continue;
      const read = await readManifest(path.join(folder, MANIFEST_FILE));
      if ('manifest' in read) found.push(read.manifest);
    }
  }
  return found;
}

/**
 * A resolver for `extends` over local manifests: a key resolves to the newest version that
 * validates itself (as the registry only ever holds valid manifests). Cycles resolve to nothing,
 * which the validator reports.
 */
function localResolver(manifests: readonly unknown[]) {
  const byKey = new Map<string, unknown[]>();
  for (const manifest of manifests) {
    const key = (manifest as { key?: unknown } | null)?.key;
    if (typeof key === 'string') byKey.set(key, [...(byKey.get(key) ?? []), manifest]);
  }
  const resolved = new Map<string, Manifest | undefined>();
  const resolving = new Set<string>();
  const resolve = (key: string): Manifest | undefined => {
    if (resolved.has(key)) return resolved.get(key);
    if (resolving.has(key)) return undefined;
    resolving.add(key);
    const valid = (byKey.get(key) ?? [])
      .map((manifest) => validateManifest(manifest, { resolvePlugin: resolve }))
      .flatMap((result) => (result.valid ? [result.manifest] : []))
      .sort((a, b) => semver.rcompare(a.version, b.version));
    resolving.delete(key);
    resolved.set(key, valid[0]);
    return valid[0];
  };
  return resolve;
}

/**
 * Checks `<folder>/methodology.json` as the server would install it. Parents named in `extends`
 * come from the folder's sibling folders and, unless `builtIns` is false, from plugins/.
 */
export async function validatePluginFolder(folder: string, options: { builtIns?: boolean } = {}): Promise<FolderValidation> {
  const absolute = path.resolve(folder);
  const file = path.join(absolute, MANIFEST_FILE);
  const read = await readManifest(file);
  if ('problem' in read) return { file, problems: [read.problem] };
  const tooBig = manifestSizeProblems(read.manifest);
  if (tooBig.length) return { file, problems: tooBig };
  const dirs = [path.dirname(absolute), ...(options.builtIns === false ? [] : [BUILT_IN_PLUGINS_DIR])];
  const result: ValidationResult = validateManifest(read.manifest, { resolvePlugin: localResolver(await candidates(dirs, absolute)) });
  return result.valid ? { file, problems: [], lineage: result.resolved.lineage } : { file, problems: result.problems };
}
