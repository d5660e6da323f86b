// PMO configuration of methodology plugins: dry-run validation, install (new key or new
// version), enable/disable. Manifests are data: they are validated, composed and stored, never run.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import type { ManifestProblem } from './lib/manifest.js';
import { manifestDepthProblem } from './lib/validate.js';
import { installManifest, validateAgainstRegistry } from './registry.js';

/** Hard limit on a submitted manifest, before any parsing work. */
export const MAX_MANIFEST_BYTES = 256 * 1024;

export async function validateMethodologyManifest(ctx: ServiceContext, manifest: unknown) {
  const problems = manifestSizeProblems(manifest);
  if (problems.length) return { valid: false, problems };
  const result = await validateAgainstRegistry(ctx.prisma, manifest);
  return result.valid ? { valid: true, problems: [] } : { valid: false, problems: result.problems };
}

export async function installMethodology(ctx: ServiceContext, input: { manifest: unknown }) {
  const { viewer } = ctx;
  if (!isAdmin(viewer)) throw new ForbiddenError('Only the PMO installs methodologies');
  const tooBig = manifestSizeProblems(input.manifest);
  if (tooBig.length) throw toValidationError(tooBig);
  return transaction(ctx, async (tx) => {
    const outcome = await installManifest(tx, input.manifest, { installedById: viewer.id });
    if (outcome.status === 'invalid') throw toValidationError(outcome.problems);
    if (outcome.status === 'exists') {
      throw new ConflictError(`${outcome.manifest.key} ${outcome.manifest.version} is already installed: give the new manifest a new version`);
    }
    const { row, previousVersions } = outcome;
    await recordAudit(tx, {
      actorId: viewer.id,
      action: previousVersions.length ? 'methodology.upgraded' : 'methodology.installed',
      entityType: 'Methodology',
      entityId: row.id,
      after: { key: row.key, version: row.version, previousVersions },
    });
    return row;
  });
}

export async function setMethodologyEnabled(ctx: ServiceContext, input: { key: string; version?: string | null; enabled: boolean }) {
  const { viewer } = ctx;
  if (!isAdmin(viewer)) throw new ForbiddenError('Only the PMO enables or disables methodologies');
  return transaction(ctx, async (tx) => {
    const where = { key: input.key, ...(input.version ? { version: input.version } : {}) };
    const rows = await tx.methodology.findMany({ where, orderBy: { createdAt: 'asc' } });
    if (rows.length === 0) throw new NotFoundError('Methodology', input.version ? `${input.key}@${input.version}` : input.key);
    await tx.methodology.updateMany({ where, data: { enabled: input.enabled } });
    for (const row of rows) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: input.enabled ? 'methodology.enabled' : 'methodology.disabled',
        entityType: 'Methodology',
        entityId: row.id,
        before: { enabled: row.enabled },
        after: { enabled: input.enabled },
      });
    }
    return tx.methodology.findMany({ where, orderBy: { createdAt: 'asc' } });
  });
}

/** The size limit, checked before any parsing work (the plugin CLI checks it too). */
export function manifestSizeProblems(manifest: unknown): ManifestProblem[] {
  // Depth first: serialising a document nested thousands of levels deep overflows the stack.
  const tooDeep = manifestDepthProblem(manifest);
  if (tooDeep) return [tooDeep];
  const size = JSON.stringify(manifest ?? null).length;
  return size > MAX_MANIFEST_BYTES ? [{ path: [], message: `manifest is ${size} bytes; the limit is ${MAX_MANIFEST_BYTES}` }] : [];
}

function toValidationError(problems: ManifestProblem[]): ValidationError {
  return new ValidationError(
    problems.map((problem) => ({ path: ['input', 'manifest', ...problem.path.map(String)], message: problem.message })),
    `The manifest has ${problems.length} problem(s)`,
  );
}
