import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer, type TestUser } from '../helpers/createTestServer.ts';
import { importReport } from '../helpers/importReport.ts';
import { launchChromium } from '../helpers/launchChromium.ts';
import { loginPage } from '../helpers/loginPage.ts';
import { REFUSED_TEXT } from '../helpers/refuseMarkedText.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const editor = '[data-testid="editor-content"]';

async function openEditor(browser: Browser, server: TestServer, url: string, user: TestUser) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.httpUrl,
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

/** The document text as a reader sees it, without carets and lock badges. */
async function editorText(page: Page): Promise<string> {
  return page.locator(editor).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('.collaboration-carets__caret, [data-testid="lock-badge"]')
      .forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
}

/** Puts the caret at the end of the heading of a section. */
async function clickHeadingEnd(page: Page, sectionId: string): Promise<void> {
  await page
    .locator(`${editor} section[data-section-id="${sectionId}"] > .section-heading`)
    .click({ position: { x: 60, y: 10 } });
  await page.keyboard.press('End');
}

async function topSectionIds(page: Page): Promise<string[]> {
  return page
    .locator(`${editor} > section.report-section`)
    .evaluateAll((sections) => sections.map((node) => node.getAttribute('data-section-id') ?? ''));
}

/** A document imported from the sample report, with both users as drafters. */
async function sharedReport(server: TestServer, users: TestUser[]): Promise<string> {
  const { id } = await importReport(server);
  for (const user of users) await server.addMember(id, user.username, 'drafter');
  return id;
}

describe('section locks in two browsers', () => {
  let server: TestServer;
  let browser: Browser;
  let zhang: TestUser;
  let li: TestUser;

  beforeAll(async () => {
    server = await createTestServer();
    browser = await launchChromium();
    zhang = await server.createUser('zhangsan', { displayName: '张三' });
    li = await server.createUser('lisi', { displayName: '李四' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('A locks a section; B sees it, cannot change it, edits next to it, and edits it once released', async () => {
    const id = await sharedReport(server, [zhang, li]);
    const url = `${server.httpUrl}/d/${id}`;
    const alice = await openEditor(browser, server, url, zhang);
    const bob = await openEditor(browser, server, url, li);
    const [, locked, next] = await topSectionIds(alice.page);

    await clickHeadingEnd(alice.page, locked!);
    await alice.page.locator('[data-testid="cmd-lock-section"]').click();
    await alice.page.locator('[data-testid="cmd-unlock-section"]').waitFor();

    const badge = bob.page.locator(
      `${editor} [data-testid="lock-badge"][data-section-id="${locked}"]`,
    );
    await badge.waitFor();
    expect(await badge.getAttribute('data-holder')).toBe('张三');
    expect(await badge.getAttribute('title')).toMatch(/^张三 自 \d{2}:\d{2} 起锁定$/);
    await bob.page
      .locator(`[data-testid="outline-lock-badge"][data-section-id="${locked}"]`)
      .waitFor();

    const before = await editorText(alice.page);
    await clickHeadingEnd(bob.page, locked!);
    await bob.page.keyboard.type('乙方试图修改', { delay: 20 });
    await bob.page.locator('[data-testid="notice"]', { hasText: '张三' }).waitFor();
    expect(await editorText(bob.page)).toBe(before);
    await bob.page.locator('[data-testid="cmd-lock-section"]').waitFor({ state: 'detached' });
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await bob.page.screenshot({ path: path.join(ROOT, 'test-results/section-locks.png') });

    await clickHeadingEnd(bob.page, next!);
    await bob.page.keyboard.type('下一节补充', { delay: 20 });
    await expect.poll(() => editorText(alice.page), { timeout: 10_000 }).toContain('下一节补充');
    // Bob's updates arrive in order: what he typed in the locked section would be here by now.
    expect(await editorText(alice.page)).not.toContain('乙方试图修改');
    expect(await editorText(bob.page)).not.toContain('乙方试图修改');

    await alice.page.locator('[data-testid="cmd-unlock-section"]').click();
    await badge.waitFor({ state: 'detached' });
    await clickHeadingEnd(bob.page, locked!);
    await bob.page.keyboard.type('解锁后修改', { delay: 20 });
    await expect.poll(() => editorText(alice.page), { timeout: 10_000 }).toContain('解锁后修改');

    await alice.context.close();
    await bob.context.close();
  });

  it('a leader force-releases a drafter’s lock; the drafter is told, and the leader edits there', async () => {
    const id = await sharedReport(server, [zhang]);
    const wang = await server.createUser('wangwu', { displayName: '王五' });
    await server.addMember(id, wang.username, 'leader');
    const url = `${server.httpUrl}/d/${id}`;
    const drafter = await openEditor(browser, server, url, zhang);
    const leader = await openEditor(browser, server, url, wang);
    const [locked] = await topSectionIds(drafter.page);

    await clickHeadingEnd(drafter.page, locked!);
    await drafter.page.locator('[data-testid="cmd-lock-section"]').click();
    const badge = leader.page.locator(
      `${editor} [data-testid="lock-badge"][data-section-id="${locked}"]`,
    );
    await badge.waitFor();

    await clickHeadingEnd(leader.page, locked!);
    await leader.page.locator('[data-testid="cmd-force-release"]').click();
    await leader.page.locator('[data-testid="confirm-force-release"]').click();
    await badge.waitFor({ state: 'detached' });
    await drafter.page.locator('[data-testid="notice"]', { hasText: '王五' }).waitFor();
    await drafter.page
      .locator(`${editor} [data-testid="lock-badge"][data-section-id="${locked}"]`)
      .waitFor({ state: 'detached' });

    await clickHeadingEnd(leader.page, locked!);
    await leader.page.keyboard.type('负责人补充', { delay: 20 });
    await expect.poll(() => editorText(drafter.page), { timeout: 10_000 }).toContain('负责人补充');

    await drafter.context.close();
    await leader.context.close();
  });
});

describe('a change the server refuses', () => {
  let server: TestServer;
  let browser: Browser;
  let zhang: TestUser;
  let li: TestUser;

  beforeAll(async () => {
    server = await createTestServer({
      entry: path.join(ROOT, 'tests/helpers/refusingServerMain.ts'),
    });
    browser = await launchChromium();
    zhang = await server.createUser('zhangsan', { displayName: '张三' });
    li = await server.createUser('lisi', { displayName: '李四' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reloads the document from the server and offers the refused text back', async () => {
    const id = await sharedReport(server, [zhang, li]);
    const url = `${server.httpUrl}/d/${id}`;
    const alice = await openEditor(browser, server, url, zhang);
    const bob = await openEditor(browser, server, url, li);
    const [first] = await topSectionIds(bob.page);

    await clickHeadingEnd(bob.page, first!);
    // One insertion, so that the marked text travels in one update.
    await bob.page.keyboard.insertText(`${REFUSED_TEXT}的内容`);

    const panel = bob.page.locator('[data-testid="refused-text-panel"]');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.locator('textarea').inputValue()).toContain(`${REFUSED_TEXT}的内容`);
    await expect.poll(() => editorText(bob.page)).not.toContain(REFUSED_TEXT);
    await bob.page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await bob.page.locator('[data-testid="outline-item"]').first().waitFor();

    await bob.page.screenshot({ path: path.join(ROOT, 'test-results/refused-text.png') });
    await bob.page.locator('[data-testid="copy-refused-text"]').click();
    await expect
      .poll(() => bob.page.evaluate(() => navigator.clipboard.readText()))
      .toContain(`${REFUSED_TEXT}的内容`);

    // The reloaded copy syncs again.
    await clickHeadingEnd(bob.page, first!);
    await bob.page.keyboard.type('重新输入', { delay: 20 });
    await expect.poll(() => editorText(alice.page), { timeout: 10_000 }).toContain('重新输入');
    expect(await editorText(alice.page)).not.toContain(REFUSED_TEXT);

    await bob.page.locator('[data-testid="dismiss-refused-text"]').click();
    await panel.waitFor({ state: 'detached' });

    await alice.context.close();
    await bob.context.close();
  });
});
