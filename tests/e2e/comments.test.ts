import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer, type TestUser } from '../helpers/createTestServer.ts';
import { importReport } from '../helpers/importReport.ts';
import { launchChromium } from '../helpers/launchChromium.ts';
import { loginPage } from '../helpers/loginPage.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const editor = '[data-testid="editor-content"]';

async function openEditor(browser: Browser, server: TestServer, url: string, user: TestUser) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
  });
  await loginPage(context, server, user.username, user.password);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  await page.locator(`${editor} .section-heading`).first().waitFor();
  // Editable once the session's role arrived: before that, keys do not move a caret.
  await page.locator(`${editor}[contenteditable="true"]`).waitFor();
  return { context, page };
}

/** Selects the first `length` characters of the first body paragraph of the `index`-th section. */
async function selectInSection(page: Page, index: number, length: number): Promise<string> {
  const paragraph = page.locator(`${editor} section.report-section > p`).nth(index);
  await paragraph.click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Home');
  for (let step = 0; step < length; step++) await page.keyboard.press('Shift+ArrowRight');
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

describe('comments in two browsers', () => {
  let server: TestServer;
  let browser: Browser;
  let wang: TestUser;
  let zhang: TestUser;
  let url: string;

  beforeAll(async () => {
    server = await createTestServer();
    browser = await launchChromium();
    wang = await server.createUser('wangwu', { displayName: '王五' });
    zhang = await server.createUser('zhangsan', { displayName: '张三' });
    const { id } = await importReport(server);
    await server.addMember(id, wang.username, 'leader');
    await server.addMember(id, zhang.username, 'drafter');
    url = `${server.httpUrl}/d/${id}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a leader comments on a passage; the drafter sees it live, replies and resolves; the leader sees that', async () => {
    const leader = await openEditor(browser, server, url, wang);
    const drafter = await openEditor(browser, server, url, zhang);
    const before = await drafter.page.locator(editor).textContent();

    const quote = await selectInSection(leader.page, 1, 8);
    expect(quote).toHaveLength(8);
    await leader.page.getByTestId('add-comment').click();
    const input = leader.page.getByTestId('comment-new-input');
    await input.fill('请核实这里的数字，');
    await input.pressSequentially('@张');
    await leader.page.getByTestId('mention-option').first().waitFor();
    await input.press('Enter');
    await input.pressSequentially('谢谢');
    expect(await input.inputValue()).toBe('请核实这里的数字，@张三 谢谢');
    await leader.page.getByTestId('comment-new-submit').click();

    // The drafter sees the passage highlighted and the thread beside it, mentioning them.
    const highlight = drafter.page.locator(`${editor} .comment-highlight`);
    await highlight.first().waitFor();
    expect((await highlight.allTextContents()).join('')).toBe(quote);
    const card = drafter.page.getByTestId('comment-thread');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByTestId('comment-text').textContent()).toBe(
      '请核实这里的数字，@张三 谢谢',
    );
    expect(await card.getByTestId('comment-quote').textContent()).toBe(quote);
    await drafter.page.getByTestId('mentions-badge').waitFor();
    expect(await drafter.page.getByTestId('mentions-badge').getAttribute('data-count')).toBe('1');
    expect(await drafter.page.locator(editor).textContent()).toBe(before);

    // The outline counts the open thread on its section.
    const threadId = await card.getAttribute('data-thread-id');
    await drafter.page.getByTestId('outline-thread-count').first().waitFor();
    expect(await drafter.page.getByTestId('outline-thread-count').first().textContent()).toBe('1');

    await highlight.first().click();
    await expect.poll(() => card.getAttribute('data-active')).toBe('true');
    await card.getByTestId('comment-reply-input').fill('已核实，数字无误。');
    await card.getByTestId('comment-reply-submit').click();
    await expect.poll(() => card.getByTestId('comment').count()).toBe(2);
    await card.getByTestId('comment-resolve').click();

    const leaderCard = leader.page.locator(
      `[data-testid="comment-thread"][data-thread-id="${threadId}"]`,
    );
    await leader.page.getByTestId('comments-filter-resolved').click();
    await leaderCard.waitFor();
    await expect.poll(() => leaderCard.getAttribute('data-status')).toBe('resolved');
    expect(await leaderCard.getByTestId('comment-resolution').textContent()).toContain('张三');
    expect(await leaderCard.getByTestId('comment-text').nth(1).textContent()).toBe(
      '已核实，数字无误。',
    );
    await leaderCard.click();
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await leader.page.screenshot({
      path: path.join(ROOT, 'test-results', 'comments-resolved.png'),
    });

    await leader.page.getByTestId('comments-filter-open').click();
    await expect.poll(() => leader.page.getByTestId('comment-thread').count()).toBe(0);
    await expect.poll(() => leader.page.locator(`${editor} .comment-highlight`).count()).toBe(0);
    await leader.context.close();
    await drafter.context.close();
  });

  it('renders markup in a comment as inert text', async () => {
    const leader = await openEditor(browser, server, url, wang);
    await selectInSection(leader.page, 2, 4);
    await leader.page.getByTestId('add-comment').click();
    const payload = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';
    await leader.page.getByTestId('comment-new-input').fill(payload);
    await leader.page.getByTestId('comment-new-submit').click();
    const text = leader.page.getByTestId('comment-thread').getByTestId('comment-text');
    await text.first().waitFor();
    expect(await text.first().textContent()).toBe(payload);
    expect(await text.first().locator('img, script').count()).toBe(0);
    expect(await leader.page.evaluate(() => (window as { __injected?: number }).__injected)).toBe(
      undefined,
    );
    await leader.context.close();
  });

  it('opens a comment far down the page where it is, and a click on a highlight places the caret', async () => {
    const leader = await openEditor(browser, server, url, wang);
    const { page } = leader;
    const title = await page.locator(`${editor} h1, ${editor} .report-title`).first().textContent();
    const paragraphs = page.locator(`${editor} section.report-section > p`);
    const last = (await paragraphs.count()) - 1;
    await paragraphs.nth(last).scrollIntoViewIfNeeded();
    const quote = await selectInSection(page, last, 5);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await page.getByTestId('add-comment').click();
    const input = page.getByTestId('comment-new-input');
    await expect
      .poll(() => input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 200);
    expect(await input.isVisible()).toBe(true);
    await input.fill('末段意见');
    await page.getByTestId('comment-new-submit').click();

    const highlight = page.locator(`${editor} .comment-highlight`, { hasText: quote });
    await highlight.first().waitFor();
    await highlight.first().click({ position: { x: 4, y: 8 } });
    await page.keyboard.type('Ｘ');
    await expect.poll(() => paragraphs.nth(last).textContent()).toContain('Ｘ');
    expect(await page.locator(`${editor} h1, ${editor} .report-title`).first().textContent()).toBe(
      title,
    );
    await leader.context.close();
  });
});
