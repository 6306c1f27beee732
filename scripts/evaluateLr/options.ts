/** The command line of `npm run evaluate:lr`. */
export interface EvaluationOptions {
  /** Few seeds and short budgets, to prove the protocol in well under two minutes (the end of `npm test`). */
  quick: boolean;
  seeds: number;
  /** tfjs's backend in node: cpu (the reference) or wasm. */
  backend: 'cpu' | 'wasm';
  /** Each method trained alone, one after another, instead of one stack per task and seed: the reference the stack must equal. */
  solo: boolean;
  /** Where to write every run's outcome as JSON, at full precision (to compare two runs of the protocol). */
  outcomesFile: string | null;
  /** LR Coach's horizon in every coach run (teachers included); null for its default. */
  horizon: number | null;
}

const valueOf = (argv: readonly string[], name: string): string | undefined => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

export function parseOptions(argv: readonly string[]): EvaluationOptions {
  const known = ['--quick', '--solo', '--seeds=', '--backend=', '--outcomes=', '--horizon='];
  const unknown = argv.filter((arg) => !known.some((option) => (option.endsWith('=') ? arg.startsWith(option) : arg === option)));
  if (unknown.length > 0) throw new Error(`evaluate:lr: unknown option ${unknown.join(' ')} (known: --quick, --seeds=N, --backend=cpu|wasm, --solo, --outcomes=FILE, --horizon=N)`);
  const quick = argv.includes('--quick');
  const seedsText = valueOf(argv, 'seeds');
  const seeds = seedsText === undefined ? (quick ? 2 : 20) : Number(seedsText);
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`evaluate:lr: --seeds wants a whole number of at least 1, not ${seedsText}`);
  const backend = valueOf(argv, 'backend') ?? 'cpu';
  if (backend !== 'cpu' && backend !== 'wasm') throw new Error(`evaluate:lr: --backend=cpu or --backend=wasm, not ${backend}`);
  const horizonText = valueOf(argv, 'horizon');
  const horizon = horizonText === undefined ? null : Number(horizonText);
  if (horizon !== null && (!Number.isInteger(horizon) || horizon < 1)) throw new Error(`evaluate:lr: --horizon wants a whole number of at least 1, not ${horizonText}`);
  return { quick, seeds, backend, solo: argv.includes('--solo'), outcomesFile: valueOf(argv, 'outcomes') ?? null, horizon };
}
