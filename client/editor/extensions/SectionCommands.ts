import { Extension } from '@tiptap/core';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { backspaceAtHeadingStart } from '../sections/backspaceAtHeadingStart.ts';
import { deleteSection } from '../sections/deleteSection.ts';
import { demoteSection } from '../sections/demoteSection.ts';
import { insertChildSection } from '../sections/insertChildSection.ts';
import { insertSiblingSection } from '../sections/insertSiblingSection.ts';
import { moveSection } from '../sections/moveSection.ts';
import { promoteSection } from '../sections/promoteSection.ts';
import { splitIntoBodyParagraph } from '../sections/splitIntoBodyParagraph.ts';
import { toggleSectionRunIn } from '../sections/toggleSectionRunIn.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sectionCommands: {
      insertSiblingSection: () => ReturnType;
      insertChildSection: () => ReturnType;
      promoteSection: () => ReturnType;
      demoteSection: () => ReturnType;
      moveSectionUp: () => ReturnType;
      moveSectionDown: () => ReturnType;
      deleteSection: () => ReturnType;
      toggleSectionRunIn: () => ReturnType;
    };
  }
}

export const SectionCommands = Extension.create({
  name: 'sectionCommands',
  // Above StarterKit's hard break and list keymaps, which also claim Mod-Enter and Tab.
  priority: 200,

  addCommands() {
    return {
      insertSiblingSection:
        () =>
        ({ tr }) =>
          insertSiblingSection(tr),
      insertChildSection:
        () =>
        ({ tr }) =>
          insertChildSection(tr),
      promoteSection:
        () =>
        ({ tr }) =>
          promoteSection(tr),
      demoteSection:
        () =>
        ({ tr }) =>
          demoteSection(tr),
      moveSectionUp:
        () =>
        ({ tr }) =>
          moveSection(tr, -1),
      moveSectionDown:
        () =>
        ({ tr }) =>
          moveSection(tr, 1),
      deleteSection:
        () =>
        ({ tr }) =>
          deleteSection(tr),
      toggleSectionRunIn:
        () =>
        ({ tr }) =>
          toggleSectionRunIn(tr),
    };
  },

  addKeyboardShortcuts() {
    const inHeading = () =>
      this.editor.state.selection.$from.parent.type.name === NODE.sectionHeading;
    return {
      'Mod-Enter': () => this.editor.commands.insertSiblingSection(),
      'Mod-Shift-Enter': () => this.editor.commands.insertChildSection(),
      // Consumed in a heading even when refused, so that focus does not leave the editor.
      Tab: () => {
        if (!inHeading()) return false;
        this.editor.commands.demoteSection();
        return true;
      },
      'Shift-Tab': () => {
        if (!inHeading()) return false;
        this.editor.commands.promoteSection();
        return true;
      },
      'Alt-Shift-ArrowLeft': () => this.editor.commands.promoteSection(),
      'Alt-Shift-ArrowRight': () => this.editor.commands.demoteSection(),
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveSectionUp(),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveSectionDown(),
      Enter: () => this.editor.commands.command(({ tr }) => splitIntoBodyParagraph(tr)),
      Backspace: () => this.editor.commands.command(({ tr }) => backspaceAtHeadingStart(tr)),
    };
  },
});
