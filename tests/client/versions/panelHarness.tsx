import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createAccessTracker } from '../../../client/collaboration/AccessTracker.ts';
import { languageStore } from '../../../client/i18n/languageStore.ts';
import { VersionsControl } from '../../../client/versions/VersionsControl.tsx';
import type { Role } from '../../../shared/auth/roles.ts';
import { startLocalApi, type ApiRoute, type LocalApi } from '../startLocalApi.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Harness {
  // Starts the local API answering `routes`; the client's fetch goes there.
  start: (routes: Record<string, ApiRoute>) => Promise<LocalApi>;
  // Renders the top-bar control for a member with `role`.
  render: (role: Role) => void;
}

// One rendered VersionsControl per test against a local API; language back to Chinese after.
export function setUpPanel(): Harness {
  let container: HTMLDivElement;
  let root: Root;
  let api: LocalApi | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    act(() => root.unmount());
    container.remove();
    await api?.close();
    api = null;
    vi.useRealTimers();
    vi.restoreAllMocks();
    act(() => languageStore.set('zh'));
  });
  return {
    start: async (routes) => {
      api = await startLocalApi(routes);
      return api;
    },
    render: (role) => {
      const access = createAccessTracker(false);
      access.dispatch({ type: 'roleLoaded', role });
      act(() => root.render(<VersionsControl documentId="r1" access={access} />));
    },
  };
}

export const byTestId = (id: string, within: ParentNode = document.body) =>
  within.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (id: string, within: ParentNode = document.body) => [
  ...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];
export const rowOf = (versionId: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="version-row"][data-version-id="${versionId}"]`,
  )!;
export const click = (element: HTMLElement | null) => act(() => element!.click());

export function selectValue(element: HTMLElement | null, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element!.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function typeInto(element: HTMLElement | null, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element!.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const pressKey = (element: HTMLElement, key: string, shiftKey = false) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
  });
export const pressEscape = (element: HTMLElement) => pressKey(element, 'Escape');

export async function until(predicate: () => boolean) {
  for (let tries = 0; tries < 200 && !predicate(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  expect(predicate()).toBe(true);
}
