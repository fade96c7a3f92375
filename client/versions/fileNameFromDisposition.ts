// The file name a `Content-Disposition` header gives: `filename*` (RFC 5987, UTF-8) first, as
// the server writes Chinese names there, then the plain `filename`; null when there is neither.
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      const name = decodeURIComponent(extended[2]!.trim());
      if (name) return name;
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1') || null;
  const bare = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare ? bare[1]! : null;
}
