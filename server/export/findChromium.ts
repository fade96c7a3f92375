import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu, Fedora and Google's packages put the browser. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error) return false;
    throw error;
  }
}

/** The Chromium to print with: the configured path if it can run, else the first one installed. */
export function findChromium(configured?: string): string | null {
  if (configured !== undefined) return isExecutable(configured) ? configured : null;
  return CANDIDATES.find(isExecutable) ?? null;
}
