/** Node entry point of `npm run --silent export-keras -- SETUP.json`; the work is in exportKerasCommand.ts. */
import { readFileSync } from 'node:fs';
import { runExportKerasCommand } from './exportKerasCommand';

const result = runExportKerasCommand(process.argv.slice(2), (file) => readFileSync(file === '-' ? 0 : file, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
