import * as Y from 'yjs';
import { NODE } from '../../../shared/schema/nodeNames.ts';

/** Replaces `from` with `to` in the first paragraph holding it, as an editor would. */
export function replaceText(fragment: Y.XmlFragment, from: string, to: string): void {
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement)) {
    const element = node as Y.XmlElement;
    if (element.nodeName !== NODE.paragraph) continue;
    const text = element.get(0);
    if (!(text instanceof Y.XmlText)) continue;
    const at = text.toString().indexOf(from);
    if (at < 0) continue;
    text.delete(at, from.length);
    text.insert(at, to);
    return;
  }
  throw new Error(`no paragraph holds ${from}`);
}
