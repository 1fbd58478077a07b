// The Apollo plugin that has a request asking a report read every field consistently (docs/decisions/0017).
import type { ApolloServerPlugin } from '@apollo/server';
import { readConsistently } from '../db/readVersions.js';
import type { GraphQLContext } from '../graphql/context.js';
import { operationSelectsReport } from './reportConcurrency.js';

/** A request that asks a report reads its other fields consistently too, so that all of it states its version. */
export function consistentReadsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // After the cache lookup: an answer from the cache reads nothing.
        async executionDidStart(request) {
          if (request.operation && operationSelectsReport(request.document, request.operation)) readConsistently();
        },
      };
    },
  };
}
