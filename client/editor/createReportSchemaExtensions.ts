import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { ReportDocument } from './schema/ReportDocument.ts';
import { Section } from './schema/Section.ts';
import { SectionHeading } from './schema/SectionHeading.ts';
import { Title } from './schema/Title.ts';

export function createReportSchemaExtensions(): Extensions {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      horizontalRule: false,
      link: false,
      trailingNode: false,
      // Collaboration brings its own undo manager, which only undoes the local user's edits.
      undoRedo: false,
    }),
    ReportDocument,
    Title,
    Section,
    SectionHeading,
  ];
}
