// The handle services hold to reach the graph: the executor, named here so that services depend on the repository
// layer only. A service passes it on to repository functions and never runs a statement with it (docs/decisions/0022).
export type { Executor as Graph, Reader as GraphReader, Snapshot } from '../db/executor.js';
