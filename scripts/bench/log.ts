/** The benchmark's printed notes: one line each, flushed as they come; sections show the time since start. */
const started = Date.now();

export function note(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function section(title: string): void {
  note(`\n== [${((Date.now() - started) / 1000).toFixed(0)} s] ${title}`);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
