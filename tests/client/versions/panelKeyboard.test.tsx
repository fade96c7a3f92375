// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  byTestId,
  click,
  pressEscape,
  pressKey,
  rowOf,
  setUpPanel,
  typeInto,
  until,
} from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();
const panel = () => byTestId('versions-panel');

async function openPanel(role: 'owner' | 'leader') {
  await harness.start(versionsServer().routes);
  harness.render(role);
  click(byTestId('open-versions'));
  await until(() => rowOf('v2') !== null);
}

describe('the keyboard in the versions panel', () => {
  it('cancels renaming and deleting with Esc and keeps the panel open', async () => {
    await openPanel('owner');
    click(byTestId('version-rename', rowOf('v2')));
    pressEscape(byTestId('version-rename-input')!);
    expect(byTestId('version-rename-input')).toBeNull();
    expect(panel()).not.toBeNull();
    expect(document.activeElement).toBe(byTestId('version-rename', rowOf('v2')));

    click(byTestId('version-rename', rowOf('v2')));
    pressEscape(byTestId('version-rename-cancel')!);
    expect(byTestId('version-rename-input')).toBeNull();

    click(byTestId('version-delete', rowOf('v2')));
    expect(document.activeElement).toBe(byTestId('version-delete-cancel'));
    pressEscape(byTestId('version-delete-cancel')!);
    expect(byTestId('version-delete-confirm')).toBeNull();
    expect(panel()).not.toBeNull();

    pressEscape(byTestId('version-delete', rowOf('v2'))!);
    expect(panel()).toBeNull();
  });

  it('clears a version name being typed before Esc closes the panel', async () => {
    await openPanel('owner');
    const input = () => byTestId('version-name-input') as HTMLInputElement;
    typeInto(input(), '第三稿');
    pressEscape(input());
    expect(input().value).toBe('');
    expect(panel()).not.toBeNull();
    pressEscape(input());
    expect(panel()).toBeNull();
  });

  it('clears a return comment being typed before Esc closes the panel', async () => {
    await openPanel('leader');
    await until(() => byTestId('review-comment') !== null);
    const comment = () => byTestId('review-comment') as HTMLTextAreaElement;
    typeInto(comment(), '请补充数据来源。');
    pressEscape(comment());
    expect(comment().value).toBe('');
    expect(panel()).not.toBeNull();
    pressEscape(comment());
    expect(panel()).toBeNull();
  });

  it('keeps Tab inside a dialog, which is modal', async () => {
    await openPanel('owner');
    click(byTestId('version-restore', rowOf('v2')));
    const dialog = byTestId('restore-dialog')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const buttons = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled])')];
    const [first, last] = [buttons[0]!, buttons.at(-1)!];
    expect(buttons.length).toBeGreaterThan(1);

    last.focus();
    pressKey(last, 'Tab');
    expect(document.activeElement).toBe(first);
    pressKey(first, 'Tab', true);
    expect(document.activeElement).toBe(last);
    // From the dialog itself (focused when it opens), Tab enters at the first control.
    dialog.focus();
    pressKey(dialog, 'Tab');
    expect(document.activeElement).toBe(first);
  });
});
