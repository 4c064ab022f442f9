/**
 * From Markdown's tree to HTML's: remark-rehype's step (mdast-util-to-hast with its own handlers), less two costs
 * that come to about a tenth of a body's render. Before converting, mdast-util-to-hast walks the whole tree for
 * link definitions with unist-util-visit, which names a new function for every node (walk.ts says why that is
 * slow); and it deep-copies the HTML properties our plugins put on citations and entry links. Here the tree is
 * handed over inside a node it cannot walk into, whose handler collects the definitions from the blocks (where
 * Markdown allows them) and converts the body with mdast-util-to-hast's handlers; properties are copied one level
 * deep, all a hast property value has. tests/unit/remark-to-hast.test.ts holds the HTML to remark-rehype's.
 */
import { toHast, type Handlers, type State } from 'mdast-util-to-hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Nodes as HastNodes, Properties, Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';

/** The node the body travels in: its tree is under `body`, not `children`, so the walk stops there. */
const CARRIER = 'explainerBody';
interface Carrier {
  type: typeof CARRIER;
  body: MdastRoot;
}

/** Nodes whose children are inline text: no definition can be among them. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);

/** The first definition and footnote definition of each id, as mdast-util-to-hast's own walk keeps them. */
function collectDefinitions(node: MdastNodes, state: State): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    const id = String(node.identifier).toUpperCase();
    const found = node.type === 'definition' ? state.definitionById : state.footnoteById;
    if (!found.has(id)) found.set(id, node as never);
  }
  if ('children' in node && !INLINE_PARENTS.has(node.type))
    for (const child of node.children) collectDefinitions(child as MdastNodes, state);
}

/** mdast-util-to-hast's `applyData`, with `hProperties` copied one level deep instead of by structuredClone. */
function applyData<Type extends HastNodes>(from: MdastNodes, to: Type): HastNodes {
  const data = from.data as { hName?: unknown; hProperties?: Properties; hChildren?: unknown } | undefined;
  if (!data) return to;
  let result: HastNodes = to;
  if (typeof data.hName === 'string') {
    if (result.type === 'element') result.tagName = data.hName;
    else {
      const children = 'children' in result ? result.children : [result];
      result = { type: 'element', tagName: data.hName, properties: {}, children: children as never };
    }
  }
  if (result.type === 'element' && data.hProperties)
    for (const [name, value] of Object.entries(data.hProperties))
      result.properties[name] = Array.isArray(value) ? [...value] : value;
  if ('children' in result && result.children && data.hChildren !== null && data.hChildren !== undefined)
    result.children = data.hChildren as never;
  return result;
}

function convertBody(state: State, node: Carrier) {
  collectDefinitions(node.body, state);
  state.applyData = applyData as State['applyData'];
  return state.all(node.body);
}

export function remarkToHast() {
  return (tree: MdastRoot, file: VFile): HastRoot => {
    const carried = {
      type: 'root',
      position: tree.position,
      data: tree.data,
      children: [{ type: CARRIER, body: tree }],
    };
    const handlers = { [CARRIER]: convertBody } as unknown as Handlers;
    return toHast(carried as never, { file, handlers }) as HastRoot;
  };
}
