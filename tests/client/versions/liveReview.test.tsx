// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { POLL_INTERVAL_MS } from '../../../client/versions/usePolling.ts';
import { version } from './fixtures.ts';
import { allByTestId, byTestId, click, setUpPanel, until } from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();

// Only the polling interval is faked: the local API and `until` run on real timers.
const useFakeInterval = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
const tick = () => act(() => vi.advanceTimersByTime(POLL_INTERVAL_MS));
const reviewCalls = (calls: readonly string[]) =>
  calls.filter((call) => call === 'GET /api/documents/r1/review').length;

describe('the review state while the editor is open', () => {
  it('follows a decision made elsewhere in the top-bar chip, without opening the panel', async () => {
    useFakeInterval();
    const server = versionsServer();
    const api = await harness.start(server.routes);
    harness.render('drafter');
    await until(() => byTestId('review-status')?.textContent === '待审核');

    server.state.review = { ...server.state.review, status: 'returned' };
    tick();
    await until(() => byTestId('review-status')?.textContent === '已退回');
    expect(reviewCalls(api.calls)).toBe(2);
    expect(byTestId('versions-panel')).toBeNull();
  });

  it('asks again when the window regains focus', async () => {
    const server = versionsServer();
    await harness.start(server.routes);
    harness.render('drafter');
    await until(() => byTestId('review-status')?.textContent === '待审核');
    server.state.review = { ...server.state.review, status: 'approved' };
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await until(() => byTestId('review-status')?.textContent === '已提交');
  });

  it('refreshes the version list on the same cadence while the panel is open', async () => {
    useFakeInterval();
    const server = versionsServer();
    const api = await harness.start(server.routes);
    harness.render('drafter');
    click(byTestId('open-versions'));
    await until(() => allByTestId('version-row').length === 2);

    server.state.versions = [version({ id: 'v9', name: '李四的修改稿' }), ...server.state.versions];
    server.state.review = { ...server.state.review, status: 'returned' };
    tick();
    await until(() => allByTestId('version-row').length === 3);
    await until(() => byTestId('review-status-panel')?.textContent === '已退回');

    click(byTestId('close-versions'));
    const listCalls = () =>
      api.calls.filter((call) => call === 'GET /api/documents/r1/versions').length;
    const before = listCalls();
    tick();
    await until(() => reviewCalls(api.calls) === 4);
    expect(listCalls()).toBe(before);
  });
});
