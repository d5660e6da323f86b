// Bearer tokens: HS256 JWTs whose subject is the user's email. They carry identity only; the
// role is always read from the database, so demoting a user takes effect on their next request.
// (Email rather than id so that `npm run token` can sign without opening the database, which an
// embedded PGlite server holds exclusively.)
import { decodeJwt, jwtVerify, SignJWT, errors as joseErrors } from 'jose';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  /**
   * What to tell the holder of a well-formed token signed with another secret (the email it names,
   * unverified, when it has one): outside production, how to get one this server accepts.
   */
  foreignTokenHint?: (email: string | undefined) => string;
}

export interface TokenService {
  sign(email: string): Promise<string>;
  /** Returns the email the token names and when it expires, or throws InvalidTokenError. */
  verify(token: string): Promise<{ email: string; expiresAt: Date | null }>;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
  constructor(
    message: string,
    /** What to do about it, when more can be said than "sign in again". */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The subject a token claims, unverified: only ever used to fill in a hint. */
function claimedEmail(token: string): string | undefined {
  try {
    const { sub } = decodeJwt(token);
    return typeof sub === 'string' && sub.length <= 254 && /^[^@\s]+@[^@\s]+$/.test(sub) ? sub : undefined;
  } catch {
    return undefined;
  }
}

/** Tokens remembered as verified, at most (the oldest are forgotten first). */
const VERIFIED_TOKENS = 10_000;

export function createTokenService(settings: TokenSettings): TokenService {
  const key = new TextEncoder().encode(settings.secret);
  // Checking the HMAC is a WebCrypto round trip (off the main thread and back) on every request.
  // A token is immutable: once its exact text (signature included) verified, the answer holds
  // until it expires, so it is remembered until then; a token of one character more or less is
  // another key and is verified afresh.
  const verified = new Map<string, { email: string; expiresAt: Date | null }>();
  const remember = (token: string, claims: { email: string; expiresAt: Date | null }) => {
    verified.set(token, claims);
    if (verified.size > VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
    return { ...claims };
  };
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
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt === null || known.expiresAt.getTime() > Date.now()) return { ...known };
        // Expired: verified afresh below, which says so.
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: settings.issuer,
          audience: settings.audience,
        });
        if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('Token has no subject');
        return remember(token, { email: payload.sub, expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null });
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token expired');
        // The usual newcomer's mistake: a token from `npm run token` run with another PMO_DATA_DIR
        // (or PMO_JWT_SECRET) than the server's, or from before a restart on memory://.
        if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
          throw new InvalidTokenError(
            "Invalid token: it was signed with another secret than this server's",
            settings.foreignTokenHint?.(claimedEmail(token)),
          );
        }
        if (error instanceof joseErrors.JWTClaimValidationFailed && (error.claim === 'iss' || error.claim === 'aud')) {
          throw new InvalidTokenError(`Invalid token: it was issued for another server (its "${error.claim}" claim differs)`);
        }
        throw new InvalidTokenError('Invalid token');
      }
    },
  };
}
