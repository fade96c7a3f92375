import type { Report } from '../../shared/schema/Report.ts';
import { findChromium } from './findChromium.ts';
import { PdfUnavailableError } from './PdfUnavailableError.ts';
import type { PrintOptions } from './printStylesheet.ts';
import { renderPrintHtml } from './renderPrintHtml.ts';
import { withSharedBrowser } from './withSharedBrowser.ts';

export interface PdfOptions extends PrintOptions {
  /** The Chromium executable; by default the first of the usual install paths that exists. */
  chromiumPath?: string;
}

/**
 * Prints a report to PDF through headless Chromium, in the layout of `renderPrintHtml`
 * (GB/T 9704-2012: A4, 22 lines of 28 characters, page numbers right on odd pages and left on
 * even ones). Throws PdfUnavailableError when no Chromium can be run.
 */
export async function renderPdf(report: Report, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = findChromium(options.chromiumPath);
  if (executablePath === null) {
    throw new PdfUnavailableError(options.chromiumPath ?? 'none installed');
  }
  const html = renderPrintHtml(report, options);
  return withSharedBrowser(executablePath, async (browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
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
  });
}
