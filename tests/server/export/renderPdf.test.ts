import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfUnavailableError } from '../../../server/export/PdfUnavailableError.ts';
import { PdfTimeoutError } from '../../../server/export/PdfTimeoutError.ts';
import { configurePdfRendering, renderPdf } from '../../../server/export/renderPdf.ts';
import { closeSharedBrowsers } from '../../../server/export/withSharedBrowser.ts';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import type { Report } from '../../../shared/schema/Report.ts';

const sample = parseReportText(
  readFileSync(new URL('../../fixtures/2022-sizheng-report.txt', import.meta.url), 'utf8'),
).report;

/** The size of each page in points, from the page dictionaries Chromium writes uncompressed. */
function pageSizes(pdf: Buffer): Array<[number, number]> {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (match) => [Number(match[1]), Number(match[2])],
  );
}

/** A report whose lead is one paragraph of `length` characters under a one-line title. */
function oneParagraph(length: number): Report {
  return { title: '标题', lead: [{ type: 'paragraph', text: '国'.repeat(length) }], sections: [] };
}

afterAll(closeSharedBrowsers);

describe('renderPdf', () => {
  it('prints A4 pages', async () => {
    const pdf = await renderPdf(sample);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595, 0);
      expect(height).toBeCloseTo(842, 0);
    }
  });

  // The title takes 2.2 lines, so the first page holds 19 body lines and the next ones 22; a
  // paragraph's first line holds 26 characters after its two-character indent, the others 28.
  it('keeps the grid: 28 characters a line, 22 lines a page', async () => {
    const pages = async (length: number) => pageSizes(await renderPdf(oneParagraph(length))).length;
    const [nineteenLines, twentyLines, fortyOneLines, fortyTwoLines] = await Promise.all([
      pages(26 + 18 * 28),
      pages(26 + 18 * 28 + 1),
      pages(26 + 40 * 28),
      pages(26 + 40 * 28 + 1),
    ]);
    expect([nineteenLines, twentyLines, fortyOneLines, fortyTwoLines]).toEqual([1, 2, 2, 3]);
  });

  it('is unavailable, not broken, without a Chromium', async () => {
    const missing = renderPdf(sample, { chromiumPath: '/nonexistent/chromium' });
    await expect(missing).rejects.toBeInstanceOf(PdfUnavailableError);
    await expect(missing).rejects.toThrow(/PDF 导出不可用.*PDF export is unavailable/);
    const notABrowser = renderPdf(sample, { chromiumPath: '/bin/false' });
    await expect(notABrowser).rejects.toBeInstanceOf(PdfUnavailableError);
  });

  it('gives up on a render past its time limit, then prints again with a fresh browser', async () => {
    // A zero limit fires before Chromium could even start: the outcome does not hang on timing.
    configurePdfRendering({ timeoutMs: 0 });
    try {
      await expect(renderPdf(sample)).rejects.toBeInstanceOf(PdfTimeoutError);
    } finally {
      configurePdfRendering({ timeoutMs: 30_000 });
    }
    const pdf = await renderPdf(oneParagraph(10));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
