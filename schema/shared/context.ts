// The request context as resolvers see it, and the slice of it a use case needs.
import type { RequestContext, ServiceContext } from '../../server/platform/context.js';
import { UnauthenticatedError } from '../../server/platform/errors.js';

export type { RequestContext as AppContext } from '../../server/platform/context.js';

/** Services need an authenticated viewer; scope-auth has already checked it. */
export function serviceContextOf(ctx: RequestContext): ServiceContext {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return { prisma: ctx.prisma, viewer: ctx.viewer, events: ctx.events };
}
