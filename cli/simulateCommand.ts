/**
 * `simulate FILE.json`: runs a callback stack over a recorded run and prints
 * what Keras would have done (DESIGN.md §3). Exit codes: 0 ran; 1 Keras
 * would have raised during fit (the output still describes what ran);
 * 2 invalid input (one message on stderr naming the field).
 */
import { KerasError, simulate, UserCodeError } from '../src/callbacks';
import { encodeNonFinite } from '../src/config/loggedNumber';
import { parseSimulationInput } from '../src/config/simulationInput';
import { firstProblem, invalidInput, readJsonArgument, type CommandResult } from './commandInput';

const USAGE = 'usage: npm run --silent simulate -- FILE.json   (FILE "-" reads standard input)';

export function runSimulateCommand(args: readonly string[], readText: (file: string) => string): CommandResult {
  const input = readJsonArgument(args, USAGE, readText);
  if (!input.ok) return input.result;
  const parsed = parseSimulationInput(input.raw);
  if (!parsed.ok) return invalidInput(`invalid input: ${firstProblem(parsed.problems)}`);
  let output;
  try {
    const enabled = parsed.value.callbacks.filter((spec) => spec.enabled !== false);
    output = simulate({ ...parsed.value, callbacks: enabled });
  } catch (error) {
    if (error instanceof KerasError || error instanceof UserCodeError) return invalidInput(`invalid input: ${error.message}`);
    throw error;
  }
  return {
    exitCode: output.error ? 1 : 0,
    stdout: `${JSON.stringify(output, encodeNonFinite, 2)}\n`,
    stderr: '',
  };
}
