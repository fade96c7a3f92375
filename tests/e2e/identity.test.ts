import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { launchChromium } from '../helpers/launchChromium.ts';

const ADMIN = { username: 'admin', displayName: '王主任', password: 'first-admin-password' };
const VIEWER = { username: 'lisi', displayName: '李四', password: 'initial-password-1' };
const editor = '[data-testid="editor-content"]';
const testId = (id: string) => `[data-testid="${id}"]`;

/** The document text as a reader sees it, without collaborators' caret labels. */
async function editorText(page: Page): Promise<string> {
  return page.locator(editor).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

async function login(page: Page, username: string, password: string) {
  await page.locator(testId('login-username')).fill(username);
  await page.locator(testId('login-password')).fill(password);
  await page.locator(testId('login-submit')).click();
}

describe('accounts and roles in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    // No CODRAFT_ADMIN_PASSWORD: the first visitor has to create the administrator.
    server = await createTestServer({ admin: false });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('sets up the administrator, who creates a user and invites them as viewer; the viewer reads only', async () => {
    const admin = await newPage();
    await admin.goto(server.httpUrl);

    // First run: create the administrator.
    await admin.locator(testId('setup-username')).fill(ADMIN.username);
    await admin.locator(testId('setup-display-name')).fill(ADMIN.displayName);
    await admin.locator(testId('setup-password')).fill(ADMIN.password);
    await admin.locator(testId('setup-password-confirm')).fill(ADMIN.password);
    await admin.locator(testId('setup-submit')).click();
    await admin.locator(testId('doc-list')).waitFor();
    await expect.poll(() => admin.locator(testId('user-menu')).textContent()).toContain('王主任');

    // Log out, and in again.
    await admin.locator(testId('user-menu')).click();
    await admin.locator(testId('logout')).click();
    await admin.locator(testId('login-page')).waitFor();
    await login(admin, ADMIN.username, 'not-the-password');
    await expect
      .poll(() => admin.locator(testId('login-error')).textContent())
      .toBe('用户名或密码错误。');
    await login(admin, ADMIN.username, ADMIN.password);
    await admin.locator(testId('doc-list')).waitFor();

    // Create a user with an initial password.
    await admin.locator(testId('nav-admin-users')).click();
    await admin.locator(testId('users-page')).waitFor();
    await admin.locator(testId('new-user-username')).fill(VIEWER.username);
    await admin.locator(testId('new-user-display-name')).fill(VIEWER.displayName);
    await admin.locator(testId('new-user-password')).fill(VIEWER.password);
    await admin.locator(testId('create-user')).click();
    const viewerRow = admin.locator(`${testId('user-row')}[data-username="${VIEWER.username}"]`);
    await expect.poll(() => viewerRow.textContent()).toContain('李四');
    expect(await viewerRow.textContent()).toContain('正常');

    // Create a report (the creator owns it) and write its title.
    await admin.locator(testId('nav-documents')).click();
    await admin.locator(testId('new-doc-title')).fill('市教体局2024年度工作报告');
    await admin.locator(testId('create-doc')).click();
    const docRow = admin.locator(testId('doc-item')).first();
    await expect.poll(() => docRow.locator(testId('doc-role')).textContent()).toBe('负责人');
    await docRow.locator(testId('open-doc')).click();
    await admin.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await expect
      .poll(() => admin.locator(testId('role-badge')).getAttribute('data-role'))
      .toBe('owner');
    await admin.locator(`${editor} [data-testid="report-title"]`).first().click();
    await admin.keyboard.press('End');
    await admin.keyboard.type('（送审稿）');
    await expect
      .poll(() => admin.locator(testId('save-state')).getAttribute('data-state'))
      .toBe('saved');
    const url = admin.url();

    // Invite the user as viewer.
    await admin.locator(testId('open-members')).click();
    await admin.locator(testId('members-dialog')).waitFor();
    await admin.locator(testId('invite-username')).fill(VIEWER.username);
    await admin.locator(testId('invite-role')).selectOption('viewer');
    await admin.locator(testId('invite-submit')).click();
    const member = admin.locator(`${testId('member-row')}[data-username="${VIEWER.username}"]`);
    await expect.poll(() => member.getAttribute('data-role')).toBe('viewer');
    await admin.locator(testId('close-members')).click();

    // The viewer follows the link, logs in on the way, and lands on the report, read-only.
    const viewer = await newPage();
    await viewer.goto(url);
    await viewer.locator(testId('login-page')).waitFor();
    await login(viewer, VIEWER.username, VIEWER.password);
    await viewer.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await expect.poll(() => editorText(viewer)).toContain('市教体局2024年度工作报告（送审稿）');
    await viewer.locator(testId('read-only-banner')).waitFor();
    expect(await viewer.locator(testId('read-only-banner')).textContent()).toContain('只读');
    expect(await viewer.locator(testId('role-badge')).textContent()).toBe('只读');
    expect(await viewer.locator(editor).getAttribute('contenteditable')).toBe('false');
    expect(await viewer.locator(testId('cmd-new-section')).isDisabled()).toBe(true);
    expect(await viewer.locator(testId('cmd-bold')).isDisabled()).toBe(true);

    // Presence is the session's identity on both sides.
    await expect
      .poll(() => viewer.locator(testId('presence-user')).allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('李四'),
          expect.stringContaining('王主任'),
        ]),
      );

    // Typing changes nothing, here or for the owner.
    await viewer.locator(`${editor} [data-testid="report-title"]`).first().click();
    await viewer.keyboard.type('篡改');
    expect(await editorText(viewer)).not.toContain('篡改');
    // The client sent nothing for the server to refuse: no error notices.
    expect(await viewer.locator(testId('notice')).count()).toBe(0);

    // The members list is there, read-only.
    await viewer.locator(testId('open-members')).click();
    await expect.poll(() => viewer.locator(testId('member-row')).count()).toBe(2);
    expect(await viewer.locator(testId('member-role-select')).count()).toBe(0);
    await viewer.locator(testId('close-members')).click();

    mkdirSync('test-results', { recursive: true });
    await viewer.screenshot({ path: 'test-results/viewer-read-only.png', fullPage: false });
    expect(await editorText(admin)).not.toContain('篡改');

    // Promoted to drafter while the report is open: editable at once, with a notice.
    await admin.locator(testId('open-members')).click();
    await member.locator(testId('member-role-select')).selectOption('drafter');
    await expect.poll(() => viewer.locator(editor).getAttribute('contenteditable')).toBe('true');
    expect(await viewer.locator(testId('read-only-banner')).count()).toBe(0);
    await expect
      .poll(() => viewer.locator(testId('notice')).allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('起草人')]));
    await viewer.locator(`${editor} [data-testid="report-title"]`).first().click();
    await viewer.keyboard.press('End');
    await viewer.keyboard.type('修改');
    await expect.poll(() => editorText(admin)).toContain('（送审稿）修改');

    // Removed: back to the list, told why, and the report is no longer listed.
    await member.locator(testId('remove-member')).click();
    await viewer.locator(testId('doc-list')).waitFor();
    await expect
      .poll(() => viewer.locator(testId('notice')).allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('你已被移出报告')]));
    await expect.poll(() => viewer.locator(testId('doc-item')).count()).toBe(0);

    // The administrator finds all of it in the audit log, newest first.
    await admin.locator(testId('close-members')).click();
    await admin.goto(`${server.httpUrl}/admin/audit`);
    await expect.poll(() => admin.locator(testId('audit-row')).count()).toBeGreaterThan(5);
    const actions = await admin
      .locator(testId('audit-row'))
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    expect(actions[0]).toBe('member.remove');
    expect(actions).toEqual(
      expect.arrayContaining([
        'setup',
        'login',
        'login.failed',
        'user.create',
        'member.add',
        'member.changeRole',
      ]),
    );
    expect(await admin.locator(testId('audit-row')).first().textContent()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日/,
    );
  });
});
