import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/outline/Finding.ts';
import type { Outline } from '../../shared/schema/outlineOf.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { importReport, SAMPLE_REPORT_TEXT } from '../helpers/importReport.ts';
import { launchChromium } from '../helpers/launchChromium.ts';

const editor = '[data-testid="editor-content"]';
const panel = '[data-testid="outline-panel"]';
const topLevelItems = `${panel} [role="tree"] > ul > [data-testid="outline-item"]`;
const missingProblems = `${panel} [data-testid="finding"][data-rule="sections.missing"]`;

/** A browser page logged in as the test server's administrator. */
async function openPage(
  browser: Browser,
  server: TestServer,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const cookie = server.adminCookie!;
  const separator = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: server.httpUrl },
  ]);
  const page = await context.newPage();
  await page.goto(`${server.httpUrl}${path}`);
  return { context, page };
}

async function treeShape(page: Page): Promise<string[]> {
  return page.locator(topLevelItems).evaluateAll((items) =>
    items.map((item) => {
      const row = item.querySelector('.outline-row')?.textContent ?? '';
      return `${row}:${item.querySelectorAll('[data-testid="outline-item"]').length}`;
    }),
  );
}

describe('the outline panel in the browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await createTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const serverFindings = async (id: string) => {
    const response = await server.fetch(`/api/documents/${id}/check`);
    return ((await response.json()) as { findings: Finding[] }).findings;
  };

  it('shows the tree, reports a deleted required part within a second, and fixes it', async () => {
    const imported = await importReport(server);
    const outline = (await (
      await server.fetch(`/api/documents/${imported.id}/outline`)
    ).json()) as Outline;
    const problemsId = outline.sections[1]!.id;
    const { context, page } = await openPage(browser, server, `/d/${imported.id}`);

    await page.locator(`${editor} section[data-section-id="${problemsId}"]`).waitFor();
    await expect
      .poll(() => treeShape(page))
      .toEqual(['一、主要做法:4', '二、存在的问题:2', '三、下一步工作打算:0']);
    const counts = page.locator('[data-testid="outline-counts"]');
    await expect.poll(() => counts.getAttribute('data-errors')).toBe('2');
    expect(await page.locator(missingProblems).count()).toBe(0);

    // Clicking an entry puts the cursor into that heading.
    await page.locator(`${topLevelItems}[data-section-id="${problemsId}"] > .outline-row`).click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent ?? ''))
      .toBe('存在的问题');

    await page.locator('[data-testid="cmd-delete-section"]').click();
    const deletedAt = Date.now();
    await page.locator(missingProblems).waitFor({ timeout: 1000 });
    const reportedAfterMs = Date.now() - deletedAt;
    expect(reportedAfterMs).toBeLessThan(1000);
    expect(await page.locator(missingProblems).getAttribute('data-severity')).toBe('error');
    expect(await page.locator(missingProblems).textContent()).toContain('缺少“存在的问题”部分');
    expect(await counts.getAttribute('data-errors')).toBe('3');
    expect(await treeShape(page)).toEqual(['一、主要做法:4', '二、下一步工作打算:0']);
    await expect
      .poll(async () => (await serverFindings(imported.id)).map((finding) => finding.rule))
      .toContain('sections.missing');

    await page.locator(`${missingProblems} [data-testid="finding-fix"]`).click();
    await expect
      .poll(() => treeShape(page))
      .toEqual(['一、主要做法:4', '二、存在的问题:0', '三、下一步工作打算:0']);
    await expect.poll(() => page.locator(missingProblems).count()).toBe(0);
    await expect
      .poll(async () => (await serverFindings(imported.id)).map((finding) => finding.rule))
      .not.toContain('sections.missing');

    // A text fix: the misused 庚续 becomes 赓续 in the report.
    const misused = page.locator(`${panel} [data-testid="finding"]`, { hasText: '庚续' });
    await misused.locator('[data-testid="finding-fix"]').click();
    await expect.poll(() => page.locator(editor).textContent()).toContain('赓续共产党人精神血脉');
    await expect.poll(() => misused.count()).toBe(0);

    await page.locator('[data-testid="finding-filter"][data-severity="error"]').click();
    const shownSeverities = await page
      .locator(`${panel} [data-testid="finding"]`)
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
    expect(shownSeverities).toEqual(['error', 'error']);
    await page.locator('[data-testid="finding-filter"][data-severity="all"]').click();

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/outline-panel.png' });
    await context.close();
  });

  it('changes the template, and the check follows it', async () => {
    const imported = await importReport(server);
    const { context, page } = await openPage(browser, server, `/d/${imported.id}`);
    const select = page.locator('[data-testid="template-select"]');
    await expect.poll(() => select.inputValue()).toBe('annual-work-report');
    await select.selectOption('duty-report');
    await page
      .locator(`${panel} [data-testid="finding"][data-rule="sections.missing"]`, {
        hasText: '履职情况',
      })
      .waitFor();
    const stored = await (await server.fetch(`/api/documents/${imported.id}`)).json();
    expect(stored).toMatchObject({ template: 'duty-report' });
    await context.close();
  });

  it('imports pasted text from the document list and opens it', async () => {
    const { context, page } = await openPage(browser, server, '/');
    await page.locator('[data-testid="import-open"]').click();
    await page.locator('[data-testid="import-text"]').fill(SAMPLE_REPORT_TEXT);
    await page.locator('[data-testid="import-submit"]').click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    await expect
      .poll(() => treeShape(page))
      .toEqual(['一、主要做法:4', '二、存在的问题:2', '三、下一步工作打算:0']);
    await context.close();
  });
});
