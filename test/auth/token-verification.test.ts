// Verified tokens are remembered (the HMAC check is a WebCrypto round trip on every request), and
// remembering changes no answer: an expired token is refused although it verified before, a token
// whose signature was altered is refused although the genuine one was verified, and the claims
// handed out cannot be changed by the caller who receives them.
import { describe, expect, it } from 'vitest';
import { createTokenService, InvalidTokenError } from '../../server/auth/tokens.js';

const settings = { secret: 'a-configured-secret-of-32-characters', issuer: 'pmo-engine', audience: 'pmo-engine' };

describe('verifying a token again', () => {
  it('refuses it once it has expired, although it verified while valid', async () => {
    const tokens = createTokenService({ ...settings, ttlSeconds: 1 });
    const token = await tokens.sign('pm@pmo.local');
    expect((await tokens.verify(token)).email).toBe('pm@pmo.local');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(tokens.verify(token)).rejects.toThrow(new InvalidTokenError('Token expired'));
  });

  it('refuses a token with another signature, after the genuine one verified', async () => {
    const tokens = createTokenService({ ...settings, ttlSeconds: 600 });
    const token = await tokens.sign('pm@pmo.local');
    await tokens.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const altered = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    await expect(tokens.verify(altered)).rejects.toBeInstanceOf(InvalidTokenError);
    const other = await createTokenService({ ...settings, secret: 'another-secret-of-at-least-32-chars!', ttlSeconds: 600 }).sign('admin@pmo.local');
    await expect(tokens.verify(other)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('hands out claims a caller cannot change for the next request', async () => {
    const tokens = createTokenService({ ...settings, ttlSeconds: 600 });
    const token = await tokens.sign('pm@pmo.local');
    await tokens.verify(token);
    const remembered = await tokens.verify(token);
    (remembered as { email: string }).email = 'admin@pmo.local';
    expect((await tokens.verify(token)).email).toBe('pm@pmo.local');
  });
});
