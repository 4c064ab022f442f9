/**
 * A blockquote that opens with "**Editor's note:**" (in a Ukrainian file "**Примітка редакції:**") becomes a
 * labelled note (`role="note"`).
 */
import type { Root, Blockquote, Strong } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from './walk.ts';
import { contentFailure } from './fail.ts';

/** The labels of an editor's note, in every edition's words. */
const EDITOR_NOTE = /^(?:editor['’]s note|примітка редакції):?\s*$/iu;

/** A quotation's opening words that mean an editor's note written otherwise ("Editor's note:" not in bold). */
const LOOKS_LIKE_NOTE = /^\s*(?:editor['’]?s?\s+note|note|примітка(?:\s+редакції)?)\s*:/iu;

/** The label of a blockquote that is an editor's note, or undefined when it is an ordinary quotation. */
export function editorNoteLabel(node: Blockquote): Strong | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const label = first.children[0];
  if (label?.type !== 'strong' || label.children[0]?.type !== 'text') return undefined;
  return EDITOR_NOTE.test(label.children[0].value) ? label : undefined;
}

export function remarkEditorNotes() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const label = editorNoteLabel(node);
      const first = node.children[0];
      if (!label && first?.type === 'paragraph' && LOOKS_LIKE_NOTE.test(toString(first))) {
        const words = LOOKS_LIKE_NOTE.exec(toString(first))![0].trim();
        contentFailure(file)(
          node.position?.start.line,
          `this quotation opens with ${JSON.stringify(words)}, but not as the note's label, so it would be shown as ` +
            "a quotation from a source rather than as an editor's note.",
          "open it with the label in bold: > **Editor's note:** … (in a Ukrainian file > **Примітка редакції:** …).",
        );
      }
      if (!label) return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['editor-note'], role: 'note' } };
      label.data = { ...label.data, hProperties: { className: ['editor-note-label'] } };
    });
  };
}
