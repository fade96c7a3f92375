import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Refuse parameters a tampered hash could use to make one login cost seconds and gigabytes.
const MAX_N = 1 << 20;
const MAX_RP = 64;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * options.N! * options.r! * options.p!;
    scrypt(password, salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** scrypt with a fresh 16-byte salt: `scrypt$N$r$p$salt$key` (base64), parameters kept with it. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMS);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** Whether `password` matches `encoded`; false (never a throw) for a malformed hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  const N = Number(n);
  const blockSize = Number(r);
  const parallelism = Number(p);
  if (
    scheme !== 'scrypt' ||
    !salt ||
    !key ||
    !Number.isInteger(N) ||
    N < 2 ||
    N > MAX_N ||
    !Number.isInteger(blockSize) ||
    blockSize < 1 ||
    blockSize > MAX_RP ||
    !Number.isInteger(parallelism) ||
    parallelism < 1 ||
    parallelism > MAX_RP
  ) {
    return false;
  }
  const expected = Buffer.from(key, 'base64');
  if (expected.length !== KEY_BYTES) return false;
  try {
    const actual = await derive(password, Buffer.from(salt, 'base64'), {
      N,
      r: blockSize,
      p: parallelism,
    });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
