/** Node entry point of `npm run --silent optimizer-steps -- FILE.json`; the work is in optimizerStepsCommand.ts. */
import { readFileSync } from 'node:fs';
import { runOptimizerStepsCommand } from './optimizerStepsCommand';

const result = await runOptimizerStepsCommand(process.argv.slice(2), (file) => readFileSync(file === '-' ? 0 : file, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
