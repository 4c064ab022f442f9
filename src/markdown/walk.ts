/**
 * The walk our plugins make over every body, with unist-util-visit's calling convention: an optional node
 * type to match, and a visitor that may return SKIP (not into this node) or the index to go on at.
 * unist-util-visit names a new function for every node it passes (a debugging aid it cannot turn off); in a
 * profile of a content sync that was about a fifth of the time a body takes to render. This walk makes
 * nothing per node. tests/unit/walk.test.ts holds it to unist-util-visit's calls on real content.
 */
import type { Node, Parent } from 'unist';
import { SKIP, type BuildVisitor } from 'unist-util-visit';

export { SKIP };

type AnyVisitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;

export function visit<Tree extends Node, Check extends string>(
  tree: Tree,
  type: Check,
  visitor: BuildVisitor<Tree, Check>,
): void;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): void;
export function visit(tree: Node, typeOrVisitor: string | AnyVisitor, visitor?: AnyVisitor): void {
  const type = typeof typeOrVisitor === 'string' ? typeOrVisitor : undefined;
  const visit = (type === undefined ? typeOrVisitor : visitor) as AnyVisitor;
  const step = (node: Node, index: number | undefined, parent: Parent | undefined): unknown => {
    const result = type === undefined || node.type === type ? visit(node, index, parent) : undefined;
    if (result !== undefined && result !== SKIP && result !== true && typeof result !== 'number')
      throw new Error(`walk: a visitor returned ${JSON.stringify(result)}; only SKIP or an index is supported`);
    const children = result === SKIP ? undefined : (node as Partial<Parent>).children;
    if (children)
      for (let i = 0; i < children.length;) {
        const next = step(children[i]!, i, node as Parent);
        i = typeof next === 'number' ? next : i + 1;
      }
    return result;
  };
  step(tree, undefined, undefined);
}
