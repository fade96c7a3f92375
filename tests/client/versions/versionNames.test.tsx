// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { languageStore } from '../../../client/i18n/languageStore.ts';
import type { VersionSummary } from '../../../shared/versions/versionApi.ts';
import { HASH, version } from './fixtures.ts';
import { allByTestId, byTestId, click, rowOf, setUpPanel, until } from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();
const AT_00_43 = new Date(2026, 10, 26, 0, 43).toISOString();

/** Versions as the server stores them: its own in Chinese, by 系统 when it made them alone. */
const STORED: VersionSummary[] = [
  version({ id: 'auto', name: '自动保存', kind: 'auto', authorId: null, authorName: '系统' }),
  version({
    id: 'backup',
    name: '恢复前的备份（初稿）',
    kind: 'beforeRestore',
    authorName: '李四',
  }),
  version({ id: 'review', name: '送审版本', kind: 'review' }),
  version({ id: 'sub', name: '报送版本', kind: 'submitted', frozen: true, sha256: HASH }),
  version({ id: 'first', name: '初稿', createdAt: AT_00_43 }),
  version({ id: 'quoted', name: '关于“双减”的报告' }),
];

async function openPanel(role: 'drafter' | 'owner') {
  const server = versionsServer();
  server.state.versions = STORED;
  await harness.start(server.routes);
  harness.render(role);
  click(byTestId('open-versions'));
  await until(() => allByTestId('version-row').length === STORED.length);
}

const nameOf = (id: string) => byTestId('version-name', rowOf(id))?.textContent;
const optionTexts = (testId: string) =>
  [...byTestId(testId)!.querySelectorAll('option')].map((option) => option.textContent);

describe('version names', () => {
  it('names the versions the server made by their kind, in Chinese and in English', async () => {
    await openPanel('drafter');
    expect(['auto', 'backup', 'review', 'sub', 'first'].map(nameOf)).toEqual([
      '自动保存',
      '恢复前的备份',
      '送审版本',
      '报送版本',
      '初稿',
    ]);
    expect(byTestId('version-author', rowOf('auto'))?.textContent).toBe('系统');

    act(() => languageStore.set('en'));
    expect(['auto', 'backup', 'review', 'sub', 'first'].map(nameOf)).toEqual([
      'Autosave',
      'Backup before a restore',
      'Version sent for review',
      'Submitted version',
      '初稿',
    ]);
    expect(byTestId('version-author', rowOf('auto'))?.textContent).toBe('System');
    expect(byTestId('version-author', rowOf('backup'))?.textContent).toBe('李四');
    expect(byTestId('version-time', rowOf('first'))?.textContent).toBe('2026-11-26 00:43');
    expect(rowOf('auto').textContent).not.toMatch(/[自系]/);
  });

  it('offers each version in the compare lists with its time, so equal names differ', async () => {
    await openPanel('drafter');
    const from = optionTexts('compare-from');
    expect(from).toContain('自动保存（2026年11月25日 14:05）');
    expect(from).toContain('初稿（2026年11月26日 00:43）');
    expect(from.at(-1)).toBe('当前文档');
    expect(optionTexts('compare-to')[0]).toBe('当前文档');

    act(() => languageStore.set('en'));
    expect(optionTexts('compare-from')).toContain('Autosave (2026-11-25 14:05)');
  });

  it('offers drafters neither renaming server-made versions nor deleting backups', async () => {
    await openPanel('drafter');
    const offered = (id: string, action: string) =>
      byTestId(`version-${action}`, rowOf(id)) !== null;
    expect(offered('first', 'rename')).toBe(true);
    expect(offered('first', 'delete')).toBe(true);
    expect(offered('auto', 'rename')).toBe(false);
    expect(offered('auto', 'delete')).toBe(true);
    for (const id of ['backup', 'review', 'sub']) {
      expect(offered(id, 'rename')).toBe(false);
      expect(offered(id, 'delete')).toBe(false);
    }
  });

  it('offers owners to delete backups', async () => {
    await openPanel('owner');
    expect(byTestId('version-delete', rowOf('backup'))).not.toBeNull();
    expect(byTestId('version-delete', rowOf('review'))).not.toBeNull();
    expect(byTestId('version-rename', rowOf('backup'))).toBeNull();
    expect(byTestId('version-delete', rowOf('sub'))).toBeNull();
  });

  it('puts quotes inside a quoted name as single quotes', async () => {
    await openPanel('drafter');
    click(byTestId('version-delete', rowOf('quoted')));
    expect(rowOf('quoted').querySelector('.version-confirm span')?.textContent).toBe(
      '确定删除版本“关于‘双减’的报告”（2026年11月25日 14:05）吗？',
    );
  });
});
