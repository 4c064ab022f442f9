/** A blockquote that opens with "**Editor's note:**" becomes a labelled note (`role="note"`). */
import type { Root, Blockquote } from 'mdast';
import { visit } from 'unist-util-visit';

const EDITOR_NOTE = /^editor['’]s note:?\s*$/i;

export function remarkEditorNotes() {
  return function transform(tree: Root) {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const label = first.children[0];
      if (label?.type !== 'strong' || label.children[0]?.type !== 'text') return;
      if (!EDITOR_NOTE.test(label.children[0].value)) return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['editor-note'], role: 'note' } };
      label.data = { ...label.data, hProperties: { className: ['editor-note-label'] } };
    });
  };
}
