import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { createSectionId } from '../../../shared/schema/createSectionId.ts';
import { NODE, type SectionLevel } from '../../../shared/schema/nodeNames.ts';

export function createSectionNode(schema: Schema, level: SectionLevel): ProseMirrorNode {
  return schema.nodes[NODE.section]!.create(
    { id: createSectionId(), level, runIn: false },
    schema.nodes[NODE.sectionHeading]!.create(),
  );
}
