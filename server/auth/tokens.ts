// Bearer tokens: HS256 JWTs whose subject is the user's email. They carry identity only; the
// role is always read from the database, so demoting a user takes effect on their next request.
// (Email rather than id so that `npm run token` can sign without opening the database, which an
// embedded PGlite server holds exclusively.)
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface TokenService {
  sign(email: string): Promise<string>;
  /** Returns the email the token names and when it expires, or throws InvalidTokenError. */
  verify(token: string): Promise<{ email: string; expiresAt: Date | null }>;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

export function createTokenService(settings: TokenSettings): TokenService {
  const key = new TextEncoder().encode(settings.secret);
  return {
    async sign(email) {
      return new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(email.toLowerCase())
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt()
        .setExpirationTime(`${settings.ttlSeconds}s`)
        .sign(key);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: settings.issuer,
          audience: settings.audience,
        });
        if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('Token has no subject');
        return { email: payload.sub, expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token expired');
        throw new InvalidTokenError('Invalid token');
      }
    },
  };
}
