// Resolvers for Global Object Identification: node(id:), nodes(ids:), and the Node type of an object by its id.
import { findNode, findNodes, nodeTypeOf } from '../../services/nodes.js';
import type { Resolvers } from '../generated/types.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context) => findNode(context, id),
    nodes: (_parent, { ids }, context) => findNodes(context, ids),
  },
  Node: {
    __resolveType: (node) => {
      const type = nodeTypeOf(node.id);
      if (type === null) throw new Error(`no Node type has an id like ${node.id}`);
      return type;
    },
  },
};
