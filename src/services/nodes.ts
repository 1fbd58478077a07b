// Global Object Identification: an id names its type by its shape, so `node(id:)` knows where to look.
// An entry's id is `<list id>:<code>` (the only ids with a colon), a list's `<jurisdiction>@<version>` (an @,
// no colon), a technology area's a slug of lower-case letters, digits and hyphens.
import { badInput } from '../errors.js';
import type { Loaders } from './loaders.js';

export type NodeType = 'Entry' | 'ControlList' | 'Technology';

export const MAX_NODE_IDS = 100;

/** The type an id belongs to, or null when no Node has an id of that shape. */
export function nodeTypeOf(id: string): NodeType | null {
  if (/^[^:\s]+@[^:\s]+:\S+$/.test(id)) return 'Entry';
  if (/^[^:@\s]+@[^:@\s]+$/.test(id)) return 'ControlList';
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return 'Technology';
  return null;
}

const SHAPES = 'an entry (us-ccl@ecfr-2026:9A012), a list (us-ccl@ecfr-2026) or a technology area (uav-cruise-missiles)';

/** The object with this id, or null when there is none; an id no Node could have is bad input. */
export async function findNode({ loaders }: { loaders: Loaders }, id: string, argument = 'id') {
  const type = nodeTypeOf(id);
  if (type === null) throw badInput(argument, `'${id}' is not the id of ${SHAPES}`);
  switch (type) {
    case 'Entry':
      return loaders.entry.load(id);
    case 'ControlList':
      return loaders.list.load(id);
    case 'Technology':
      return loaders.technology.load(id);
  }
}

export async function findNodes(context: { loaders: Loaders }, ids: readonly string[]) {
  if (ids.length > MAX_NODE_IDS) throw badInput('ids', `at most ${MAX_NODE_IDS} ids (got ${ids.length})`);
  return Promise.all(ids.map((id, i) => findNode(context, id, `ids.${i}`)));
}
