import type { Browser, BrowserContext } from 'playwright-core';
import type { Report } from '../../shared/schema/Report.ts';
import { findChromium } from './findChromium.ts';
import { PdfTimeoutError } from './PdfTimeoutError.ts';
import { PdfUnavailableError } from './PdfUnavailableError.ts';
import type { PrintOptions } from './printStylesheet.ts';
import { RenderSlots } from './RenderSlots.ts';
import { renderPrintHtml } from './renderPrintHtml.ts';
import { discardSharedBrowser, withSharedBrowser } from './withSharedBrowser.ts';

export interface PdfOptions extends PrintOptions {
  /** The Chromium executable; by default the first of the usual install paths that exists. */
  chromiumPath?: string;
}

export interface PdfRenderingLimits {
  /** Renders at once (default 2). */
  concurrency: number;
  /** Renders waiting for one of those; more are refused with PdfBusyError (default 8). */
  queueLimit: number;
  /** A render taking longer is abandoned with PdfTimeoutError, its browser relaunched (30 s). */
  timeoutMs: number;
}

let limits: PdfRenderingLimits = { concurrency: 2, queueLimit: 8, timeoutMs: 30_000 };
let slots = new RenderSlots({ ...limits, retryAfterSeconds: 5 });

/** Changes the limits of every later render; resolves with the slots they now take. */
export function configurePdfRendering(changes: Partial<PdfRenderingLimits>): RenderSlots {
  limits = { ...limits, ...changes };
  slots = new RenderSlots({ ...limits, retryAfterSeconds: 5 });
  return slots;
}

async function print(browser: Browser, html: string, opened: (c: BrowserContext) => void) {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  opened(context);
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    });
  } finally {
    await context.close();
  }
}

async function printWithin(executablePath: string, html: string, timeoutMs: number) {
  let context: BrowserContext | null = null;
  let timer: NodeJS.Timeout | undefined;
  const work = withSharedBrowser(executablePath, (browser) =>
    print(browser, html, (opened) => (context = opened)),
  );
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfTimeoutError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error: unknown) {
    if (error instanceof PdfTimeoutError) {
      // The abandoned render fails once its browser is gone; nobody waits for it any more.
      work.catch(() => undefined);
      await (context as BrowserContext | null)?.close().catch(() => undefined);
      discardSharedBrowser(executablePath);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Prints a report to PDF through headless Chromium, in the layout of `renderPrintHtml`
 * (GB/T 9704-2012: A4, 22 lines of 28 characters, page numbers right on odd pages and left on
 * even ones). At most a few render at once and a few more wait (PdfBusyError beyond); each has
 * a time limit (PdfTimeoutError). Throws PdfUnavailableError when no Chromium can be run.
 */
export function renderPdf(report: Report, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = findChromium(options.chromiumPath);
  if (executablePath === null) {
    return Promise.reject(new PdfUnavailableError(options.chromiumPath ?? 'none installed'));
  }
  const html = renderPrintHtml(report, options);
  const { timeoutMs } = limits;
  return slots.run(() => printWithin(executablePath, html, timeoutMs));
}
