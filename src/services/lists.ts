// Checks a list argument against the loaded lists, so an unknown id is BAD_USER_INPUT naming the choices.
import { badInput, type ConcordanceError } from '../errors.js';
import type { GraphReader, Snapshot } from '../repositories/graph.js';
import { listIds, type UnknownList } from '../repositories/lists.js';

function unknownList(argument: string, list: string, loaded: string[]): ConcordanceError {
  return badInput(argument, `unknown list '${list}'; the loaded lists are: ${loaded.join(', ') || '(none)'}`);
}

export async function assertListExists(graph: GraphReader, list: string | null, argument = 'list'): Promise<void> {
  if (list === null) return;
  const loaded = await listIds(graph);
  if (!loaded.includes(list)) throw unknownList(argument, list, loaded);
}

/** The result of a read scoped to a list (repositories/lists.ts readWithinList); an unknown list is bad input. */
export function withinKnownList<T>(read: Snapshot<T> | UnknownList, argument = 'list'): Snapshot<T> {
  if ('unknownList' in read) throw unknownList(argument, read.unknownList, read.loaded);
  return read;
}
