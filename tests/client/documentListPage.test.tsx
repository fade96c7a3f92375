// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentListPage } from '../../client/pages/DocumentListPage.tsx';
import type { DocumentEntry } from '../../client/api/documentsApi.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A small in-memory stand-in for the documents API. */
function fakeApi(documents: DocumentEntry[]) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = String(input);
    calls.push(`${method} ${path}`);
    if (method === 'GET') return jsonResponse(documents);
    if (method === 'POST') {
      const { title } = JSON.parse(String(init?.body)) as { title: string };
      const created = {
        id: `doc${documents.length + 1}`,
        title,
        template: 't',
        createdAt: '2026-11-25T06:05:00.000Z',
        updatedAt: '2026-11-25T06:05:00.000Z',
        role: 'owner' as const,
      };
      documents.unshift(created);
      return jsonResponse(created, 201);
    }
    const id = decodeURIComponent(path.split('/').pop()!);
    const index = documents.findIndex((document) => document.id === id);
    if (method === 'DELETE') documents.splice(index, 1);
    if (method === 'PATCH') {
      documents[index] = { ...documents[index]!, ...(JSON.parse(String(init?.body)) as object) };
    }
    return jsonResponse({ ok: true });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

describe('document list page', () => {
  it('says clearly that the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    act(() => root.render(<DocumentListPage />));
    await settle();
    expect(byTestId('doc-list-error')?.textContent).toContain('无法连接服务器');
    expect(byTestId('doc-list')).not.toBeNull();
  });

  it('shows the error the API sent', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse({ error: { code: 'internal', message: '数据库不可用' } }, 500),
      ),
    );
    act(() => root.render(<DocumentListPage />));
    await settle();
    expect(byTestId('doc-list-error')?.textContent).toContain('数据库不可用');
  });

  it('lists, creates, renames and deletes documents with Chinese dates', async () => {
    const calls = fakeApi([
      {
        id: 'a',
        title: '2023年度工作报告',
        template: 't',
        createdAt: '2026-11-25T06:05:00.000Z',
        updatedAt: new Date(2026, 10, 25, 14, 5).toISOString(),
        role: 'owner',
      },
    ]);
    act(() => root.render(<DocumentListPage />));
    await settle();
    const rows = () => [...container.querySelectorAll('[data-testid="doc-item"]')];
    expect(rows().map((row) => row.getAttribute('data-doc-id'))).toEqual(['a']);
    expect(rows()[0]!.textContent).toContain('2026年11月25日 14:05');

    const input = byTestId('new-doc-title') as HTMLInputElement;
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, '2024年度工作报告');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (byTestId('create-doc') as HTMLButtonElement).click());
    await settle();
    expect(calls).toContain('POST /api/documents');
    expect(rows()).toHaveLength(2);
    expect(rows().map((row) => row.querySelector('[data-testid="doc-role"]')?.textContent)).toEqual(
      ['负责人', '负责人'],
    );

    const row = rows().find((candidate) => candidate.getAttribute('data-doc-id') === 'a')!;
    act(() => (row.querySelector('[data-testid="delete-doc"]') as HTMLButtonElement).click());
    expect(calls).not.toContain('DELETE /api/documents/a');
    act(() => (row.querySelector('[data-testid="confirm-delete"]') as HTMLButtonElement).click());
    await settle();
    expect(calls).toContain('DELETE /api/documents/a');
    expect(rows().map((candidate) => candidate.getAttribute('data-doc-id'))).toEqual(['doc2']);
  });

  it('shows each report with the role held on it, and offers a reader no rename or delete', async () => {
    fakeApi([
      {
        id: 'v',
        title: '市教体局2022年度思想政治工作开展情况报告',
        template: 't',
        createdAt: '2026-11-25T06:05:00.000Z',
        updatedAt: '2026-11-25T06:05:00.000Z',
        role: 'viewer',
      },
      {
        id: 'd',
        title: '2024年度工作报告',
        template: 't',
        createdAt: '2026-11-25T06:05:00.000Z',
        updatedAt: '2026-11-24T06:05:00.000Z',
        role: 'drafter',
      },
    ]);
    act(() => root.render(<DocumentListPage />));
    await settle();
    const row = (id: string) => container.querySelector(`[data-doc-id="${id}"]`)!;
    const role = (id: string) => row(id).querySelector('[data-testid="doc-role"]');
    expect(role('v')?.textContent).toBe('只读');
    expect(role('v')?.getAttribute('data-role')).toBe('viewer');
    expect(role('d')?.textContent).toBe('起草人');
    expect(row('v').querySelector('[data-testid="rename-doc"]')).toBeNull();
    expect(row('v').querySelector('[data-testid="delete-doc"]')).toBeNull();
    expect(row('v').querySelector('[data-testid="open-doc"]')).not.toBeNull();
    expect(row('d').querySelector('[data-testid="delete-doc"]')).toBeNull();
  });
});
