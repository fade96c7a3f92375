import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer, type TestUser } from '../helpers/createTestServer.ts';
import { launchChromium } from '../helpers/launchChromium.ts';
import { loginPage } from '../helpers/loginPage.ts';

const editor = '[data-testid="editor-content"]';

/** A browser logged in as `user`, on the editor at `url`; carets show the user's display name. */
async function openEditor(browser: Browser, server: TestServer, url: string, user: TestUser) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
  });
  await loginPage(context, server, user.username, user.password);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await page.goto(url);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  await page.locator(editor).waitFor();
  // Editable once the session's role arrived: before that, keys do not move a caret.
  await page.locator(`${editor}[contenteditable="true"]`).waitFor();
  return { context, page, cspViolations };
}

/** The document text as a reader sees it, without collaborators' caret labels. */
async function editorText(page: Page): Promise<string> {
  return page.locator(editor).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

describe('two people in two browsers', () => {
  let server: TestServer;
  let browser: Browser;
  const users: Record<string, TestUser> = {};

  /** A document both users are drafters of. */
  async function sharedDocument(title: string, names: [string, string]): Promise<string> {
    const id = await server.createDocument(title);
    for (const name of names) await server.addMember(id, users[name]!.username, 'drafter');
    return id;
  }

  beforeAll(async () => {
    server = await createTestServer();
    browser = await launchChromium();
    const people = [
      ['zhangsan', '张三'],
      ['lisi', '李四'],
      ['wangwu', '王五'],
      ['zhaoliu', '赵六'],
    ] as const;
    for (const [username, displayName] of people) {
      users[displayName] = await server.createUser(username, { displayName });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('type at the same time, see each other, and end with the same text', async () => {
    const id = await sharedDocument('市教体局2024年度工作报告', ['张三', '李四']);
    const url = `${server.httpUrl}/d/${id}`;
    const alice = await openEditor(browser, server, url, users['张三']!);
    const bob = await openEditor(browser, server, url, users['李四']!);

    await alice.page.locator(`${editor} [data-testid="report-title"]`).first().click();
    await alice.page.keyboard.press('End');
    await bob.page.locator(`${editor} [data-testid="report-title"]`).first().click();
    await bob.page.keyboard.press('Home');

    await Promise.all([
      alice.page.keyboard.type('alpha', { delay: 40 }),
      bob.page.keyboard.type('bravo', { delay: 40 }),
    ]);

    await expect
      .poll(async () => [await editorText(alice.page), await editorText(bob.page)], {
        timeout: 10_000,
      })
      .toSatisfy(([a, b]: string[]) => a === b && a!.includes('alpha') && a!.includes('bravo'));

    await expect
      .poll(() => bob.page.locator('.collaboration-carets__label').allTextContents(), {
        timeout: 10_000,
      })
      .toContain('张三');
    await expect
      .poll(() => alice.page.locator('.collaboration-carets__label').allTextContents(), {
        timeout: 10_000,
      })
      .toContain('李四');

    // helmet's Content-Security-Policy lets the whole app run: scripts, socket, inline styles.
    expect([...alice.cspViolations, ...bob.cspViolations]).toEqual([]);

    mkdirSync('test-results', { recursive: true });
    await alice.page.screenshot({ path: 'test-results/editor-two-users.png', fullPage: true });

    await alice.context.close();
    await bob.context.close();
  });

  it('never shows pinyin being composed to the other person', async () => {
    const id = await sharedDocument('输入法测试', ['王五', '赵六']);
    const url = `${server.httpUrl}/d/${id}`;
    const alice = await openEditor(browser, server, url, users['王五']!);
    const bob = await openEditor(browser, server, url, users['赵六']!);

    await bob.page.evaluate((selector) => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      const target = document.querySelector(selector)!;
      new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, editor);

    await alice.page.locator(`${editor} [data-testid="report-title"]`).first().click();
    await alice.page.keyboard.press('End');
    const cdp = await alice.context.newCDPSession(alice.page);
    for (const composing of ['z', 'zh', 'zho', 'zhon', 'zhong']) {
      await cdp.send('Input.imeSetComposition', {
        text: composing,
        selectionStart: composing.length,
        selectionEnd: composing.length,
      });
      await expect.poll(() => editorText(alice.page)).toContain(composing);
    }
    await cdp.send('Input.insertText', { text: '中' });

    await expect.poll(() => editorText(bob.page), { timeout: 10_000 }).toContain('输入法测试中');
    const seen = await bob.page.evaluate(
      () => (window as unknown as { seenTexts: string[] }).seenTexts,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => /[a-z]/.test(text))).toEqual([]);
    expect(await editorText(alice.page)).not.toMatch(/zh/);

    await alice.context.close();
    await bob.context.close();
  });
});
