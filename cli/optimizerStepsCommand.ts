/**
 * `optimizer-steps FILE.json`: applies a Keras optimizer to given gradients
 * and prints the variables after each step (DESIGN.md §3), through the
 * optimizer code the trainer uses, on tfjs's cpu backend in float32.
 * Exit codes: 0 ran; 2 invalid input, or an argument Keras's constructor
 * refuses (one line on stderr: the field, or Keras's message).
 */
import { encodeNonFinite } from '../src/config/loggedNumber';
import { kerasOptimizerError } from '../src/config/optimizerParams';
import { parseOptimizerStepsInput } from '../src/config/optimizerStepsInput';
import { runOptimizerSteps } from '../src/training/optimizers/optimizerSteps';
import { useCpuBackend } from '../src/training/optimizers/cpuBackend';
import { firstProblem, invalidInput, readJsonArgument, type CommandResult } from './commandInput';

const USAGE = 'usage: npm run --silent optimizer-steps -- FILE.json   (FILE "-" reads standard input)';

export async function runOptimizerStepsCommand(args: readonly string[], readText: (file: string) => string): Promise<CommandResult> {
  const input = readJsonArgument(args, USAGE, readText);
  if (!input.ok) return input.result;
  const parsed = parseOptimizerStepsInput(input.raw);
  if (!parsed.ok) return invalidInput(`invalid input: ${firstProblem(parsed.problems)}`);
  const refused = kerasOptimizerError(parsed.value.kind, parsed.value.params);
  if (refused) return invalidInput(`optimizer.params.${refused.param}: ValueError: ${refused.message}`);
  await useCpuBackend();
  const output = runOptimizerSteps(parsed.value);
  return { exitCode: 0, stdout: `${JSON.stringify(output, encodeNonFinite)}\n`, stderr: '' };
}
