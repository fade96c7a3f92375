import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { countOpenThreads } from '../../shared/comments/commentRules.ts';
import { checkReport } from '../../shared/outline/checkReport.ts';
import type { Finding } from '../../shared/outline/Finding.ts';
import { outlineOf, type Outline } from '../../shared/schema/outlineOf.ts';
import type { Report } from '../../shared/schema/Report.ts';
import type { ReportTemplate } from '../../shared/templates/ReportTemplate.ts';
import { commentStoreOf } from '../comments/commentStoreOf.ts';
import { reportFromDoc } from './reportFromDoc.ts';
import { summarizeFindings, type FindingSummary } from './summarizeFindings.ts';

export interface OutlineCheck extends FindingSummary {
  report: Report;
  outline: Outline;
  findings: Finding[];
}

export const CHECK_DEBOUNCE_MS = 300;
const IDLE_TIMEOUT_MS = 1000;

function computeCheck(
  doc: ProseMirrorNode,
  template: ReportTemplate | null,
  openThreadCount: number | undefined,
): OutlineCheck {
  const report = reportFromDoc(doc);
  const findings = template ? checkReport(report, template, { openThreadCount }) : [];
  return { report, outline: outlineOf(report), findings, ...summarizeFindings(findings) };
}

/**
 * The live outline check of one editor against one template, for useSyncExternalStore. It
 * re-checks a pause after the last change, when the browser is idle, so typing never waits.
 */
export class OutlineCheckStore {
  readonly #editor: Editor;
  readonly #template: ReportTemplate | null;
  readonly #listeners = new Set<() => void>();
  #snapshot: OutlineCheck | null = null;
  #checkedDoc: ProseMirrorNode | null = null;
  #checkedThreads: number | undefined = undefined;
  #unsubscribeComments: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #idle: number | null = null;

  constructor(editor: Editor, template: ReportTemplate | null) {
    this.#editor = editor;
    this.#template = template;
  }

  readonly getSnapshot = (): OutlineCheck => {
    if (!this.#snapshot) this.#check();
    return this.#snapshot!;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.#listeners.size === 0) {
      this.#editor.on('transaction', this.#handleTransaction);
      this.#unsubscribeComments =
        commentStoreOf(this.#editor)?.subscribe(() => this.#schedule()) ?? null;
    }
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size > 0) return;
      this.#editor.off('transaction', this.#handleTransaction);
      this.#unsubscribeComments?.();
      this.#unsubscribeComments = null;
      this.#cancel();
    };
  };

  /** Checks now, e.g. right after a fix was applied. */
  refresh(): void {
    this.#cancel();
    if (this.#check()) this.#notify();
  }

  // Remote edits arrive as transactions too; only a changed document needs a new check.
  readonly #handleTransaction = ({ transaction }: { transaction: Transaction }): void => {
    if (transaction.docChanged) this.#schedule();
  };

  #schedule(): void {
    this.#cancel();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (typeof globalThis.requestIdleCallback === 'function') {
        this.#idle = globalThis.requestIdleCallback(() => this.#run(), {
          timeout: IDLE_TIMEOUT_MS,
        });
      } else {
        this.#run();
      }
    }, CHECK_DEBOUNCE_MS);
  }

  #run(): void {
    this.#idle = null;
    if (this.#check()) this.#notify();
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    if (this.#idle !== null) globalThis.cancelIdleCallback?.(this.#idle);
    this.#timer = null;
    this.#idle = null;
  }

  // Open comment threads, once the server has said which there are.
  #openThreads(): number | undefined {
    const comments = commentStoreOf(this.#editor)?.getSnapshot();
    return comments?.loaded ? countOpenThreads(comments.threads) : undefined;
  }

  // False when the document and its open threads are what was already checked (or the
  // editor is gone).
  #check(): boolean {
    if (this.#editor.isDestroyed && this.#snapshot) return false;
    const doc = this.#editor.state.doc;
    const threads = this.#openThreads();
    if (doc === this.#checkedDoc && threads === this.#checkedThreads && this.#snapshot) {
      return false;
    }
    this.#checkedDoc = doc;
    this.#checkedThreads = threads;
    this.#snapshot = computeCheck(doc, this.#template, threads);
    return true;
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
