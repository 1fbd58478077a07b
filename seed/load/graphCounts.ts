// The graph's node and edge counts on one line, for the end of an import.
import type { Executor } from '../../src/db/executor.js';

export async function graphCounts(executor: Executor): Promise<string> {
  const rows = await executor.read('graph-counts');
  const part = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .map((r) => `${String(r.name)} ${String(r.count)}`)
      .join(', ');
  return `nodes: ${part('node')}; edges: ${part('edge')}`;
}
