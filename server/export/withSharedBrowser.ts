import { chromium, type Browser } from 'playwright-core';
import { PdfUnavailableError } from './PdfUnavailableError.ts';

/** A browser unused this long is closed; the next export launches another. */
const IDLE_MS = 30_000;

interface SharedBrowser {
  browser: Promise<Browser>;
  users: number;
  idleTimer: NodeJS.Timeout | null;
}

const shared = new Map<string, SharedBrowser>();

function forget(executablePath: string, entry: SharedBrowser): void {
  if (shared.get(executablePath) === entry) shared.delete(executablePath);
  if (entry.idleTimer) clearTimeout(entry.idleTimer);
}

async function close(entry: SharedBrowser): Promise<void> {
  const browser = await entry.browser.catch(() => null);
  await browser?.close();
}

function launch(executablePath: string): SharedBrowser {
  const entry: SharedBrowser = {
    browser: chromium.launch({
      executablePath,
      headless: true,
      // The server handles its own signals; playwright still kills the browser on exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Only our own escaped HTML is loaded, offline and without scripts.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    }),
    users: 0,
    idleTimer: null,
  };
  entry.browser.then(
    (browser) => browser.on('disconnected', () => forget(executablePath, entry)),
    () => forget(executablePath, entry),
  );
  return entry;
}

/**
 * Runs `work` with a headless Chromium shared by concurrent and successive exports: launched on
 * first use, closed once unused for a while. A browser that cannot start is PdfUnavailableError.
 */
export async function withSharedBrowser<T>(
  executablePath: string,
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  let entry = shared.get(executablePath);
  if (!entry) {
    entry = launch(executablePath);
    shared.set(executablePath, entry);
  }
  const current = entry;
  if (current.idleTimer) clearTimeout(current.idleTimer);
  current.idleTimer = null;
  current.users += 1;
  try {
    let browser: Browser;
    try {
      browser = await current.browser;
    } catch (error: unknown) {
      throw new PdfUnavailableError(executablePath, { cause: error });
    }
    return await work(browser);
  } finally {
    current.users -= 1;
    if (current.users === 0 && shared.get(executablePath) === current) {
      current.idleTimer = setTimeout(() => {
        forget(executablePath, current);
        void close(current);
      }, IDLE_MS);
      current.idleTimer.unref();
    }
  }
}

/**
 * Closes the shared browser of `executablePath` now, even while in use (a render that hung), so
 * that the next export launches a fresh one.
 */
export function discardSharedBrowser(executablePath: string): void {
  const entry = shared.get(executablePath);
  if (!entry) return;
  forget(executablePath, entry);
  void close(entry).catch(() => undefined);
}

/** Closes every shared browser now (server shutdown, end of tests). */
export async function closeSharedBrowsers(): Promise<void> {
  const entries = [...shared.entries()];
  for (const [executablePath, entry] of entries) forget(executablePath, entry);
  await Promise.all(entries.map(([, entry]) => close(entry)));
}
