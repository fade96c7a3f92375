// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { languageStore } from '../../../client/i18n/languageStore.ts';
import { inReview, version } from './fixtures.ts';
import { byTestId, click, setUpPanel, until } from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();

/** In review since 送审版本 v4 was kept; the live text has changed since. */
function changedServer(changed: boolean) {
  const server = versionsServer();
  server.state.versions = [
    version({ id: 'v4', name: '送审版本', kind: 'review' }),
    ...server.state.versions,
  ];
  server.state.review = inReview({ requestedVersionId: 'v4', changedSinceRequest: changed });
  server.state.outlineError = false;
  server.state.warnings = false;
  server.state.changedOnApproval = changed;
  return server;
}

describe('approving after the text changed since review was requested', () => {
  it('tells the leader before and after approving, with a comparison of the sent text and now', async () => {
    const api = await harness.start(changedServer(true).routes);
    harness.render('leader');
    click(byTestId('open-versions'));
    await until(() => byTestId('review-changed-note') !== null);
    const note = () => byTestId('review-changed-note')!;
    expect(note().textContent).toContain('送审后文档又有修改；批准的是送审时的版本。');

    click(byTestId('review-compare-requested', note()));
    await until(() => byTestId('comparison-content') !== null);
    expect(api.calls).toContain('GET /api/documents/r1/versions/compare?from=v4&to=current');
    expect(byTestId('comparison-view')?.querySelector('h2')?.textContent).toBe(
      '比较：“送审版本”（2026年11月25日 14:05） → 当前文档',
    );
    click(byTestId('comparison-view-close'));

    click(byTestId('review-approve'));
    await until(() => byTestId('review-status')?.textContent === '已提交');
    expect(note().textContent).toContain('批准的是送审时的版本');
    expect(byTestId('review-compare-requested', note())).not.toBeNull();

    act(() => languageStore.set('en'));
    expect(note().textContent).toContain(
      'The document changed after it was sent for review; the approval covers the version sent for review.',
    );
  });

  it('says nothing when the text is as it was sent', async () => {
    await harness.start(changedServer(false).routes);
    harness.render('leader');
    click(byTestId('open-versions'));
    await until(() => byTestId('review-approve') !== null);
    expect(byTestId('review-changed-note')).toBeNull();
    click(byTestId('review-approve'));
    await until(() => byTestId('review-status')?.textContent === '已提交');
    expect(byTestId('review-changed-note')).toBeNull();
  });

  it('keeps the version under review from being deleted, even by its owner', async () => {
    await harness.start(changedServer(true).routes);
    harness.render('owner');
    click(byTestId('open-versions'));
    await until(() => byTestId('review-changed-note') !== null);
    const row = document.querySelector<HTMLElement>('[data-version-id="v4"]')!;
    expect(byTestId('version-delete', row)).toBeNull();
    expect(byTestId('version-view', row)).not.toBeNull();
  });
});
