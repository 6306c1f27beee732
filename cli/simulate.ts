/** Node entry point of `npm run --silent simulate -- FILE.json`; the work is in simulateCommand.ts. */
import { readFileSync } from 'node:fs';
import { runSimulateCommand } from './simulateCommand';

const result = runSimulateCommand(process.argv.slice(2), (file) => readFileSync(file === '-' ? 0 : file, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
