// The Apollo plugin that counts every GraphQL request and its latency by operation (metrics.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { ServiceMetrics } from './metrics.js';

/** The root fields an operation selects (fragments at the root are not followed: a label needs no more). */
export function rootFields(operation: OperationDefinitionNode | undefined): string[] {
  return operation?.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])) ?? [];
}

/** Counts every GraphQL request and its latency by operation; a request refused before it resolved to one is `(invalid)`. */
export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = '(invalid)';
      return {
        async didResolveOperation(request) {
          operation = metrics.operationLabel(request.operationName, rootFields(request.operation));
        },
        async willSendResponse(request) {
          const body = request.response.body;
          const failed = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : false;
          metrics.graphqlRequest(operation, failed ? 'error' : 'ok', Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
