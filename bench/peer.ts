// The peer for entry by code: @neo4j/graphql, Neo4j's official generated GraphQL API, over the same database, served
// by Apollo Server as Concordance is. Its type definitions describe the entries, regimes and the links the benchmark's
// question asks for (attributions, both kinds, and references, with their properties); the library generates the
// query API and its Cypher. Started by bench/run.ts as a child process: node … peer.ts <bolt uri> <user> <password> <port>.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entry @node {
    id: ID!
    listId: String!
    code: String!
    title: String!
    kind: String!
    attributions: [Regime!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT, properties: "Attribution")
    partAttributions: [Regime!]! @relationship(type: "PART_ATTRIBUTED_TO", direction: OUT, properties: "Attribution")
    references: [Entry!]! @relationship(type: "REFERENCES", direction: OUT, properties: "Reference")
  }
  type Regime @node {
    code: String!
    name: String
  }
  type Attribution @relationshipProperties {
    basis: String
    scope: String
  }
  type Reference @relationshipProperties {
    kind: String
    text: String
  }
`;

/** The benchmark's entry-by-code question, asked of the peer: the same entry, its attributions and references. */
export const peerEntryQuery = (list: string, code: string) => `{
  entries(where: { listId: { eq: ${JSON.stringify(list)} }, code: { eq: ${JSON.stringify(code)} } }) {
    code title
    attributionsConnection { edges { properties { basis scope } node { code } } }
    partAttributionsConnection { edges { properties { basis scope } node { code } } }
    referencesConnection { edges { properties { kind } node { code } } }
  }
}`;

async function main(): Promise<void> {
  const [uri, user, password, port] = process.argv.slice(2);
  const driver = neo4j.driver(uri as string, neo4j.auth.basic(user as string, password as string), { userAgent: 'concordance-bench-peer' });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
  process.send?.('ready');
  process.on('SIGTERM', () => {
    void server.stop().then(() => driver.close()).then(() => process.exit(0));
  });
}

if (process.argv[1]?.endsWith('peer.ts')) {
  main().catch((error: unknown) => {
    console.error('the @neo4j/graphql peer failed:', error);
    process.exit(1);
  });
}
