/**
 * `export-keras SETUP.json`: prints the setup (the JSON file the page
 * exports) as a Keras 3 Python script. Exit codes: 0 printed; 2 invalid
 * input (one line on stderr naming the field).
 */
import { importConfigJson } from '../src/config/configFile';
import { exportKerasPython } from '../src/export/kerasPython';
import { firstProblem, invalidInput, readFileArgument, type CommandResult } from './commandInput';

const USAGE = 'usage: npm run --silent export-keras -- SETUP.json   (SETUP "-" reads standard input)';

export function runExportKerasCommand(args: readonly string[], readText: (file: string) => string): CommandResult {
  const input = readFileArgument(args, USAGE, readText);
  if (!input.ok) return input.result;
  const setup = importConfigJson(input.text);
  if (!setup.ok) return invalidInput(`invalid setup in ${input.file}: ${firstProblem(setup.problems)}`);
  return { exitCode: 0, stdout: exportKerasPython(setup.value), stderr: '' };
}
