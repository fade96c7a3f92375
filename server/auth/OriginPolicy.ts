/**
 * Which page origins may use the socket and the API with a user's cookie: the server's own
 * (the request's `Host`), plus those configured in CODRAFT_ALLOWED_ORIGINS.
 */
export class OriginPolicy {
  readonly #allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.#allowed = new Set(allowedOrigins);
  }

  /** Whether an `Origin` header value is allowed for a request that arrived with `host`. */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return false;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (this.#allowed.has(url.origin)) return true;
    return host !== undefined && url.host === hostOf(host);
  }
}

/** `Host` as URL.host writes it: lower case, default ports dropped. */
function hostOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return undefined;
  }
}
