// The executable schema: the .graphql files under schema/ and the resolvers that serve them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../../graph/runtime/paths.js';
import type { Resolvers } from './generated/types.js';
import { counterpartResolvers } from './resolvers/counterparts.js';
import { entryResolvers } from './resolvers/entries.js';
import { listResolvers } from './resolvers/lists.js';
import { nodeResolvers } from './resolvers/nodes.js';
import { regimeResolvers } from './resolvers/regimes.js';
import { reportResolvers } from './resolvers/reports.js';

const schemaDir = join(projectRoot, 'src', 'graphql', 'schema');

export function typeDefs(): DocumentNode {
  const sdl = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), 'utf8'))
    .join('\n');
  return gql(sdl);
}

/** Merges the per-domain resolver maps (each type's fields may come from several files). */
export function resolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of [regimeResolvers, listResolvers, entryResolvers, counterpartResolvers, reportResolvers, nodeResolvers]) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return merged as Resolvers;
}
