import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

// While the editor is not editable, no local change reaches the document (a command, a paste, an
// id repair): the server would refuse it anyway. Colleagues' changes still come in.
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',

  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      new Plugin({
        key: new PluginKey('readOnlyGuard'),
        filterTransaction: (transaction) => {
          if (editor.isEditable || !transaction.docChanged) return true;
          const sync = transaction.getMeta(ySyncPluginKey) as
            { isChangeOrigin?: boolean } | undefined;
          return sync?.isChangeOrigin === true;
        },
      }),
    ];
  },
});
