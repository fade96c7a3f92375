import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outline } from '../../shared/schema/outlineOf.ts';
import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { createTestServer, type TestServer, type TestUser } from '../helpers/createTestServer.ts';
import { importReport } from '../helpers/importReport.ts';
import { launchChromium } from '../helpers/launchChromium.ts';
import { loginPage } from '../helpers/loginPage.ts';

const SCREENSHOTS = path.join(os.tmpdir(), 'codraft-versions-e2e');
const editor = '[data-testid="editor-content"]';
const panel = '[data-testid="versions-panel"]';

/** A short annual report: one error (the placeholder ××) and a few length warnings. */
const REPORT_TEXT = `市教体局2024年度工作总结报告

2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，各项工作取得新进展。现将有关情况报告如下：
一、主要做法
（一）加强理论学习
局党组全年组织理论学习中心组集中学习12次，专题研讨4次，推动学习成果转化为工作成效。
（二）推进重点工作
全年完成重点项目××个，群众满意度进一步提升。
二、存在的问题
一些干部思想认识有待提高，工作作风仍需改进。
三、下一步工作打算
继续加强理论武装，狠抓工作落实，推动各项工作再上新台阶。
`;
const ADDED_SENTENCE = '另开展专题讲座6场。';
const LEADER_SENTENCE = '已逐项整改。';

async function openEditor(browser: Browser, server: TestServer, id: string, user: TestUser) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  await loginPage(context, server, user.username, user.password);
  const page = await context.newPage();
  await page.goto(`${server.httpUrl}/d/${id}`);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  await page.locator(`${editor} .section-heading`).first().waitFor();
  // Editable once the session's role arrived: before that, keys do not move a caret.
  await page.locator(`${editor}[contenteditable="true"]`).waitFor();
  return { context, page };
}

/** Focuses the editor and puts the caret at the very end of a text block (End stops at a line end). */
async function caretAtEnd(block: Locator): Promise<void> {
  await block.click();
  await block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect
    .poll(() =>
      block.evaluate((element) => {
        const selection = window.getSelection()!;
        const probe = document.createRange();
        probe.selectNodeContents(element);
        probe.setStart(selection.focusNode!, selection.focusOffset);
        return selection.isCollapsed && probe.toString() === '';
      }),
    )
    .toBe(true);
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

async function openPanel(page: Page): Promise<void> {
  await page.locator('[data-testid="open-versions"]').click();
  await page.locator(panel).waitFor();
}

async function closePanel(page: Page): Promise<void> {
  await page.locator(panel).press('Escape');
  await page.locator(panel).waitFor({ state: 'detached' });
}

function versionRow(page: Page, name: string) {
  return page.locator(`${panel} [data-testid="version-row"]`, {
    has: page.locator('[data-testid="version-name"]', { hasText: name }),
  });
}

describe('versions, comparison, review and export in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let drafter: TestUser;
  let leader: TestUser;

  beforeAll(async () => {
    server = await createTestServer();
    browser = await launchChromium();
    drafter = await server.createUser('zhangsan', { displayName: '张三' });
    leader = await server.createUser('wangzr', { displayName: '王主任' });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves a version, compares it with an edit, is refused then approved, and downloads Word', async () => {
    const { id } = await importReport(server, REPORT_TEXT);
    await server.addMember(id, drafter.username, 'drafter');
    await server.addMember(id, leader.username, 'leader');
    const outline = (await (await server.fetch(`/api/documents/${id}/outline`)).json()) as Outline;
    const practice = outline.sections[0]!;
    const study = practice.children[0]!;

    // The drafter saves a version.
    const zhang = await openEditor(browser, server, id, drafter);
    await openPanel(zhang.page);
    await expect
      .poll(() => zhang.page.locator('[data-testid="review-status-panel"]').textContent())
      .toBe('草稿');
    // A draft is the usual state: the top bar carries no status chip for it.
    expect(await zhang.page.locator('[data-testid="review-status"]').count()).toBe(0);
    await zhang.page.locator('[data-testid="version-name-input"]').fill('初稿');
    await zhang.page.locator('[data-testid="save-version"]').click();
    const first = versionRow(zhang.page, '初稿');
    await first.waitFor();
    expect(await first.locator('[data-testid="version-author"]').textContent()).toBe('张三');
    expect(await first.locator('[data-testid="version-time"]').textContent()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
    );
    expect(await first.locator('[data-testid="version-outline"]').getAttribute('data-errors')).toBe(
      '1',
    );
    // The version opens read-only on an official page, its section numbers written out.
    await first.locator('[data-testid="version-view"]').click();
    const viewer = zhang.page.locator('[data-testid="version-viewer"]');
    const headings = viewer.locator('[data-testid="version-content"] .section-heading');
    await headings.first().waitFor();
    expect(await headings.allTextContents()).toEqual([
      '一、主要做法',
      '（一）加强理论学习',
      '（二）推进重点工作',
      '二、存在的问题',
      '三、下一步工作打算',
    ]);
    expect(await viewer.locator('[contenteditable="true"]').count()).toBe(0);
    await viewer.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    await closePanel(zhang.page);

    // …edits a heading and a paragraph…
    const heading = zhang.page.locator(
      `${editor} section[data-section-id="${practice.id}"] > .section-heading`,
    );
    await caretAtEnd(heading);
    await zhang.page.keyboard.press('Backspace');
    await zhang.page.keyboard.press('Backspace');
    await zhang.page.keyboard.type('成效', { delay: 20 });
    await expect.poll(() => heading.textContent()).toBe('主要成效');
    const paragraph = zhang.page
      .locator(`${editor} section[data-section-id="${study.id}"] > p`)
      .first();
    await caretAtEnd(paragraph);
    await zhang.page.keyboard.type(ADDED_SENTENCE, { delay: 20 });
    await expect
      .poll(() => paragraph.textContent())
      .toMatch(new RegExp(`成效。${ADDED_SENTENCE}$`));
    await waitUntilSaved(zhang.page);

    // …and compares the version with now.
    await openPanel(zhang.page);
    await first.locator('[data-testid="version-compare-current"]').click();
    const comparison = zhang.page.locator('[data-testid="comparison-view"]');
    const content = comparison.locator('[data-testid="comparison-content"]');
    await content.waitFor();
    expect(await content.locator('ins').allTextContents()).toEqual(['成效', ADDED_SENTENCE]);
    expect(await content.locator('del').allTextContents()).toEqual(['做法']);
    const insStyle = await content
      .locator('ins')
      .first()
      .evaluate((node) => {
        const style = getComputedStyle(node);
        return `${style.textDecorationLine} ${style.backgroundColor}`;
      });
    expect(insStyle).toBe('underline rgb(211, 245, 220)');
    const delStyle = await content
      .locator('del')
      .first()
      .evaluate((node) => getComputedStyle(node).textDecorationLine);
    expect(delStyle).toBe('line-through');
    const summaryRow = (sectionId: string) =>
      comparison.locator(`[data-testid="comparison-summary-row"][data-section-id="${sectionId}"]`);
    expect(await summaryRow(practice.id).getAttribute('data-status')).toBe('changed');
    expect(await summaryRow(practice.id).textContent()).toContain('一、主要成效');
    expect(await summaryRow(practice.id).getAttribute('data-inserted')).toBe('2');
    expect(await summaryRow(practice.id).getAttribute('data-deleted')).toBe('2');
    expect(await summaryRow(study.id).getAttribute('data-inserted')).toBe(
      String([...ADDED_SENTENCE].length),
    );
    await zhang.page.screenshot({ path: path.join(SCREENSHOTS, 'comparison.png') });
    await content
      .locator('.section-heading', { has: zhang.page.locator('del') })
      .screenshot({ path: path.join(SCREENSHOTS, 'comparison-heading.png') });
    await comparison.press('Escape');
    await comparison.waitFor({ state: 'detached' });
    await zhang.page.locator(panel).waitFor();

    // The drafter asks for review.
    await zhang.page.locator('[data-testid="review-note"]').fill('请审核。');
    await zhang.page.locator('[data-testid="review-request"]').click();
    await expect
      .poll(() => zhang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('待审核');
    expect(await zhang.page.locator('[data-testid="review-approve"]').count()).toBe(0);
    // The text sent for review is kept as a version, named in the reader's language.
    const sent = zhang.page.locator(`${panel} [data-testid="version-row"][data-kind="review"]`);
    await sent.waitFor();
    expect(await sent.locator('[data-testid="version-name"]').textContent()).toBe('送审版本');
    expect(await sent.locator('[data-testid="version-delete"]').count()).toBe(0);
    expect(await zhang.page.locator('[data-testid="review-changed-note"]').count()).toBe(0);
    await closePanel(zhang.page);

    // The leader's approval is refused while the placeholder ×× stands, and he returns it.
    const wang = await openEditor(browser, server, id, leader);
    await openPanel(wang.page);
    await expect
      .poll(() => wang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('待审核');
    await wang.page.locator('[data-testid="review-approve"]').click();
    const refusal = wang.page.locator('[data-testid="submission-refusal"]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-reason')).toBe('outlineErrors');
    expect(await refusal.locator('.refusal-errors').textContent()).toContain('××');
    await wang.page.screenshot({ path: path.join(SCREENSHOTS, 'refused.png') });
    expect(await wang.page.locator('[data-testid="review-status"]').textContent()).toBe('待审核');
    await wang.page.locator('[data-testid="review-comment"]').fill('请补充重点项目数量。');
    await wang.page.locator('[data-testid="review-return"]').click();
    await expect
      .poll(() => wang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('已退回');
    await closePanel(wang.page);

    // The drafter, whose window learns of the return, replaces the placeholder through the
    // outline panel's finding and sends the report again.
    await zhang.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => zhang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('已退回');
    await zhang.page
      .locator(
        '[data-testid="outline-panel"] [data-testid="finding"][data-rule="proofread.placeholder"] .finding-location',
      )
      .click();
    await zhang.page.keyboard.type('15', { delay: 20 });
    await expect.poll(() => zhang.page.locator(editor).textContent()).toContain('重点项目15个');
    await waitUntilSaved(zhang.page);
    await openPanel(zhang.page);
    await zhang.page.locator('[data-testid="review-request"]').click();
    await expect
      .poll(() => zhang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('待审核');
    await zhang.context.close();

    // The leader touches the text up after the request…
    const problems = wang.page
      .locator(`${editor} section[data-section-id="${outline.sections[1]!.id}"] > p`)
      .first();
    await caretAtEnd(problems);
    await wang.page.keyboard.type(LEADER_SENTENCE, { delay: 20 });
    await expect.poll(() => problems.textContent()).toContain(LEADER_SENTENCE);
    await waitUntilSaved(wang.page);

    // …is told that what he approves is the text as sent, without his touch-up…
    await openPanel(wang.page);
    const changedNote = wang.page.locator('[data-testid="review-changed-note"]');
    await changedNote.waitFor();
    expect(await changedNote.textContent()).toContain('送审后文档又有修改；批准的是送审时的版本。');
    await changedNote.locator('[data-testid="review-compare-requested"]').click();
    const sentComparison = wang.page.locator('[data-testid="comparison-view"]');
    const sentContent = sentComparison.locator('[data-testid="comparison-content"]');
    await sentContent.waitFor();
    expect(await sentContent.locator('ins').allTextContents()).toEqual([LEADER_SENTENCE]);
    await sentComparison.press('Escape');
    await sentComparison.waitFor({ state: 'detached' });

    // …is asked to acknowledge the remaining warnings, and approves.
    await wang.page.locator('[data-testid="review-approve"]').click();
    await expect.poll(() => refusal.getAttribute('data-reason')).toBe('warningsUnacknowledged');
    expect(await refusal.locator('.refusal-errors').count()).toBe(0);
    expect(await refusal.locator('.refusal-warnings > p').textContent()).toMatch(
      /^大纲检查有 \d+ 条警告，请确认：$/,
    );
    await wang.page.locator('[data-testid="acknowledge-warnings"]').check();
    await wang.page.locator('[data-testid="review-approve"]').click();
    await expect
      .poll(() => wang.page.locator('[data-testid="review-status"]').textContent())
      .toBe('已提交');
    await refusal.waitFor({ state: 'detached' });
    expect(await changedNote.textContent()).toContain('批准的是送审时的版本');

    const listed = (await (await server.fetch(`/api/documents/${id}/versions`)).json()) as {
      versions: VersionSummary[];
    };
    const submitted = listed.versions.find((version) => version.frozen)!;
    expect(submitted.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The frozen text is the one sent for review, without the leader's later touch-up.
    const frozenText = await (
      await server.fetch(`/api/documents/${id}/versions/${submitted.id}`)
    ).text();
    expect(frozenText).toContain('重点项目15个');
    expect(frozenText).not.toContain(LEADER_SENTENCE);
    const frozenRow = wang.page.locator(
      `${panel} [data-testid="version-row"][data-version-id="${submitted.id}"]`,
    );
    const badge = frozenRow.locator('[data-testid="frozen-badge"]');
    await badge.waitFor();
    expect(await badge.textContent()).toBe(`已提交SHA-256 ${submitted.sha256!.slice(0, 12)}…`);
    expect(await frozenRow.locator('[data-testid="version-delete"]').count()).toBe(0);
    expect(await frozenRow.locator('[data-testid="version-rename"]').count()).toBe(0);
    await wang.page.screenshot({ path: path.join(SCREENSHOTS, 'approved.png') });

    // The submitted version downloads as a Word file, fetched first and saved under its name.
    const [download] = await Promise.all([
      wang.page.waitForEvent('download'),
      frozenRow.locator('[data-testid="export-link"][data-format="docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^市教体局2024年度工作总结报告.*\.docx$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    await wang.context.close();
  });
});
