/**
 * A blockquote that opens with "**Editor's note:**" (in a Ukrainian file "**Примітка редакції:**") becomes a
 * labelled note (`role="note"`).
 */
import type { Root, Blockquote, Strong } from 'mdast';
import { visit } from './walk.ts';

/** The labels of an editor's note, in every edition's words. */
const EDITOR_NOTE = /^(?:editor['’]s note|примітка редакції):?\s*$/iu;

/** The label of a blockquote that is an editor's note, or undefined when it is an ordinary quotation. */
export function editorNoteLabel(node: Blockquote): Strong | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const label = first.children[0];
  if (label?.type !== 'strong' || label.children[0]?.type !== 'text') return undefined;
  return EDITOR_NOTE.test(label.children[0].value) ? label : undefined;
}

export function remarkEditorNotes() {
  return function transform(tree: Root) {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const label = editorNoteLabel(node);
      if (!label) return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['editor-note'], role: 'note' } };
      label.data = { ...label.data, hProperties: { className: ['editor-note-label'] } };
    });
  };
}
