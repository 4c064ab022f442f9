import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Node, Parent } from 'unist';
import { visit as libraryVisit, SKIP as LIBRARY_SKIP } from 'unist-util-visit';
import { visit, SKIP } from '../../src/markdown/walk.ts';

const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .sort();
const trees = () => files.map((f) => fromMarkdown(readFileSync(join('content', f), 'utf8')) as Node);

type Walker = typeof libraryVisit;
/** What a walk saw: each call's node type, index and parent type, in order. */
function calls(
  walk: Walker,
  tree: Node,
  type: string | undefined,
  visitor: (node: Node, i?: number, p?: Parent) => unknown,
) {
  const seen: string[] = [];
  const record = (node: Node, index?: number, parent?: Parent) => {
    seen.push(`${node.type}@${index ?? '-'}<${parent?.type ?? '-'}`);
    return visitor(node, index, parent);
  };
  if (type) walk(tree, type, record as never);
  else walk(tree, record as never);
  return seen;
}

describe('the walk our plugins use makes the calls unist-util-visit makes', () => {
  it('has real content to walk', () => expect(files.length).toBeGreaterThan(20));

  for (const [name, type] of [
    ['every node', undefined],
    ['nodes of one type', 'text'],
    ['headings', 'heading'],
  ] as const)
    it(`visits ${name} in the same order, with the same index and parent`, () => {
      for (const tree of trees()) {
        const ours = calls(visit as Walker, structuredClone(tree), type, () => undefined);
        expect(ours).toEqual(calls(libraryVisit, structuredClone(tree), type, () => undefined));
      }
    });

  it('does not go into a node whose visitor returns SKIP', () => {
    const skipIn = (skip: unknown) => (node: Node) =>
      node.type === 'paragraph' || node.type === 'list' ? skip : undefined;
    for (const tree of trees()) {
      const ours = calls(visit as Walker, tree, undefined, skipIn(SKIP));
      expect(ours).toEqual(calls(libraryVisit, tree, undefined, skipIn(LIBRARY_SKIP)));
      expect(ours.some((c) => c.startsWith('paragraph'))).toBe(true);
    }
  });

  it('goes on at the index a visitor returns after removing a node, and leaves the same tree', () => {
    const removeEmphasis = (node: Node, index?: number, parent?: Parent) => {
      if (node.type !== 'emphasis' && node.type !== 'link') return undefined;
      parent!.children.splice(index!, 1);
      return index;
    };
    for (const tree of trees()) {
      const a = structuredClone(tree);
      const b = structuredClone(tree);
      expect(calls(visit as Walker, a, undefined, removeEmphasis)).toEqual(
        calls(libraryVisit, b, undefined, removeEmphasis),
      );
      expect(a).toEqual(b);
    }
  });

  it('walks the replaced node’s children when a visitor wraps it, as rehype-heading-links does', () => {
    const wrap = (node: Node, index?: number, parent?: Parent) => {
      if (!parent || index === undefined || !/^h[1-6]$/.test((node as { tagName?: string }).tagName ?? '')) return;
      parent.children.splice(index, 1, { type: 'element', tagName: 'div', properties: {}, children: [node] } as Node);
    };
    for (const tree of trees()) {
      const hast = toHast(tree as never) as Node;
      const a = structuredClone(hast);
      const b = structuredClone(hast);
      expect(calls(visit as Walker, a, 'element', wrap)).toEqual(calls(libraryVisit, b, 'element', wrap));
      expect(a).toEqual(b);
    }
  });

  it('refuses a visitor result it does not support (EXIT), rather than walking on', () => {
    const tree = fromMarkdown('# A\n\nB') as Node;
    expect(() => visit(tree, () => false as never)).toThrow(/only SKIP or an index/);
  });
});
