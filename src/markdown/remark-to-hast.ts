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
import type { Properties, Root as HastRoot } from 'hast';
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

/**
 * mdast-util-to-hast's own `applyData` (hName, hChildren), with `hProperties` kept from it and copied here one level
 * deep instead of by its structuredClone.
 */
function withShallowProperties(applyData: State['applyData']): State['applyData'] {
  return (from, to) => {
    const data = from.data as { hProperties?: Properties } | undefined;
    if (!data?.hProperties) return applyData(from, to);
    const { hProperties, ...rest } = data;
    const result = applyData({ ...from, data: rest } as MdastNodes, to);
    if (result.type === 'element')
      for (const [name, value] of Object.entries(hProperties))
        result.properties[name] = Array.isArray(value) ? [...value] : value;
    return result;
  };
}

function convertBody(state: State, node: Carrier) {
  collectDefinitions(node.body, state);
  state.applyData = withShallowProperties(state.applyData);
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
