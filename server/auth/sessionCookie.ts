/** Name of the httpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'codraft_session';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The session token from a `Cookie` header, if it carries a well-formed one. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return undefined;
}

/** `Set-Cookie` value: the token for `maxAgeMs`, or (token null) one that removes the cookie. */
export function sessionCookie(
  token: string | null,
  options: { maxAgeMs: number; secure: boolean },
): string {
  const maxAge = token === null ? 0 : Math.floor(options.maxAgeMs / 1000);
  const parts = [
    `${SESSION_COOKIE}=${token ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
