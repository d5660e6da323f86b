// Who is asking: resolved per request from the bearer token, with the role read from the database.
import type { Viewer } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import { UnauthenticatedError } from '../platform/errors.js';
import { InvalidTokenError, type TokenService } from './tokens.js';

/** Extracts the token from an `Authorization: Bearer …` value. */
export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new UnauthenticatedError('Malformed Authorization header: expected "Bearer <token>"');
  return match[1]!;
}

/**
 * Returns the viewer for a request, null when no credentials were sent, and throws
 * UnauthenticatedError for bad credentials (an invalid token is never silently anonymous).
 */
export async function resolveViewer(
  prisma: PrismaClient,
  tokens: TokenService,
  authorization: string | null | undefined,
): Promise<Viewer | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  let email: string;
  let expiresAt: Date | null;
  try {
    ({ email, expiresAt } = await tokens.verify(token));
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw new UnauthenticatedError(error.hint ? `${error.message}. ${error.hint}` : `${error.message}: sign in again`);
    }
    throw error;
  }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user || !user.active) throw new UnauthenticatedError('Unknown or deactivated user: sign in again');
  return { id: user.id, name: user.name, email: user.email, role: user.role, expiresAt };
}

/** Whether `authorization` signs in an active user (false for none, bad or expired credentials). */
export async function isSignedIn(prisma: PrismaClient, tokens: TokenService, authorization: string | null | undefined): Promise<boolean> {
  return resolveViewer(prisma, tokens, authorization).then(
    (viewer) => viewer !== null,
    () => false,
  );
}
