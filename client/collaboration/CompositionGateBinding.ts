import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { CompositionGate } from './CompositionGate.ts';

export interface CompositionGateBindingOptions {
  gate: CompositionGate | null;
  // How long after compositionend to wait before releasing: ProseMirror reads the committed text up
  // to 20 ms after the event, and that text must travel in the released update.
  settleMs: number;
}

// Holds the gate from compositionstart until the committed text is in the document.
export const CompositionGateBinding = Extension.create<CompositionGateBindingOptions>({
  name: 'compositionGateBinding',

  addOptions() {
    return { gate: null, settleMs: 50 };
  },

  addProseMirrorPlugins() {
    const { gate, settleMs } = this.options;
    if (!gate) return [];
    let releaseTimer: ReturnType<typeof setTimeout> | undefined;
    const cancelRelease = () => {
      if (releaseTimer !== undefined) clearTimeout(releaseTimer);
      releaseTimer = undefined;
    };
    return [
      new Plugin({
        key: new PluginKey('compositionGateBinding'),
        props: {
          handleDOMEvents: {
            compositionstart: () => {
              cancelRelease();
              gate.hold();
              return false;
            },
            compositionend: (view) => {
              cancelRelease();
              releaseTimer = setTimeout(() => {
                releaseTimer = undefined;
                if (!view.composing) gate.release();
              }, settleMs);
              return false;
            },
          },
        },
        view: () => ({
          destroy: () => {
            cancelRelease();
            gate.release();
          },
        }),
      }),
    ];
  },
});
