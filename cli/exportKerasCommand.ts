/**
 * `export-keras SETUP.json`: prints the setup (the JSON file the page
 * exports) as a Keras 3 Python script. Exit codes: 0 printed; 2 invalid
 * input (one line on stderr naming the field).
 */
import { importConfigJson } from '../src/config/configFile';
import { problemsToText } from '../src/config/parseResult';
import { exportKerasPython } from '../src/export/kerasPython';
import type { CommandResult } from './simulateCommand';

const USAGE = 'usage: npm run --silent export-keras -- SETUP.json   (SETUP "-" reads standard input)';

function invalid(message: string): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `${message.replace(/\s*\n\s*/g, ' ')}\n` };
}

export function runExportKerasCommand(args: readonly string[], readText: (file: string) => string): CommandResult {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) return invalid(USAGE);
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    return invalid(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const setup = importConfigJson(text);
  if (!setup.ok) {
    const [first, ...others] = setup.problems;
    const more = others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
    return invalid(`invalid setup in ${file}: ${problemsToText(first ? [first] : [])}${more}`);
  }
  return { exitCode: 0, stdout: exportKerasPython(setup.value), stderr: '' };
}
