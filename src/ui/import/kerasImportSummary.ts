/** What a Keras import did, in the box's words: how many callbacks it read, and each line it could not. */
import type { LineProblem } from '../../export/pythonTokens';

export function kerasImportSummary(read: number, problems: readonly LineProblem[]): string {
  const built = read === 0 ? 'No callback was read, so the stack is unchanged.' : `The stack is now the ${read} callback${read === 1 ? '' : 's'} read.`;
  if (problems.length === 0) return built;
  return `${built} Left out: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`;
}
