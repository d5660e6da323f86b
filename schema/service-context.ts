import type { AppContext } from '../server/context.js';
import { UnauthenticatedError } from '../server/errors.js';
import type { ServiceContext } from '../server/services/service-context.js';

/** Services need an authenticated viewer; scope-auth has already checked it. */
export function serviceContext(ctx: AppContext): ServiceContext {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return { prisma: ctx.prisma, viewer: ctx.viewer, alerts: ctx.alerts };
}
