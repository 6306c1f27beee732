/**
 * `simulate FILE.json`: runs a callback stack over a recorded run and prints
 * what Keras would have done (DESIGN.md §3). Exit codes: 0 ran; 1 Keras
 * would have raised during fit (the output still describes what ran);
 * 2 invalid input (one message on stderr naming the field).
 */
import { KerasError, simulate, UserCodeError } from '../src/callbacks';
import { encodeNonFinite } from '../src/config/loggedNumber';
import { problemsToText } from '../src/config/parseResult';
import { parseSimulationInput } from '../src/config/simulationInput';

export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run --silent simulate -- FILE.json   (FILE "-" reads standard input)';

function invalid(message: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `${message}\n` };
}

export function runSimulateCommand(args: readonly string[], readText: (file: string) => string): CommandResult {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) return invalid(USAGE);
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    return invalid(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return invalid(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseSimulationInput(raw);
  if (!parsed.ok) {
    const [first, ...others] = parsed.problems;
    const more = others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
    return invalid(`invalid input: ${problemsToText(first ? [first] : [])}${more}`);
  }
  let output;
  try {
    const enabled = parsed.value.callbacks.filter((spec) => spec.enabled !== false);
    output = simulate({ ...parsed.value, callbacks: enabled });
  } catch (error) {
    if (error instanceof KerasError || error instanceof UserCodeError) return invalid(`invalid input: ${error.message}`);
    throw error;
  }
  return {
    exitCode: output.error ? 1 : 0,
    stdout: `${JSON.stringify(output, encodeNonFinite, 2)}\n`,
    stderr: '',
  };
}
