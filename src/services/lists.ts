// Checks a list argument against the loaded lists, so an unknown id is BAD_USER_INPUT naming the choices.
import type { Reader } from '../db/executor.js';
import { badInput } from '../errors.js';

export async function assertListExists(executor: Reader, list: string | null, argument = 'list'): Promise<void> {
  if (list === null) return;
  const ids = (await executor.read('list-ids')).map((row) => String(row.id));
  if (!ids.includes(list)) throw badInput(argument, `unknown list '${list}'; the loaded lists are: ${ids.join(', ') || '(none)'}`);
}
