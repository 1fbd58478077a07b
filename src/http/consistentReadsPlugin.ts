// The Apollo plugin that has a request asking a report read every field consistently (docs/decisions/0017).
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { readConsistently } from '../db/readVersions.js';
import type { GraphQLContext } from '../graphql/context.js';
import { selectsReport } from './reportConcurrency.js';

/** A request that asks a report reads its other fields consistently too, so that all of it states its version. */
export function consistentReadsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // After the cache lookup: an answer from the cache reads nothing.
        async executionDidStart(request) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of request.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          if (request.operation && selectsReport(request.operation, fragments)) readConsistently();
        },
      };
    },
  };
}
