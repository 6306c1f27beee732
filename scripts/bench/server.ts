/** Builds the app with the bench entry and serves it with `vite preview` on its own port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = `${ROOT}node_modules/vite/bin/vite.js`;
const CONFIG = 'scripts/bench/vite.config.ts';

export function build(): number {
  const started = Date.now();
  const result = spawnSync(process.execPath, [VITE, 'build', '--config', CONFIG, '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return (Date.now() - started) / 1000;
}

export interface Server {
  url: string;
  close(): void;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Throws when something already answers on `port` (say a server a crashed run left behind): it, not the new build, would answer. */
export async function ensurePortFree(port: number): Promise<void> {
  const answered = await fetch(`http://localhost:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`something already answers on port ${port}: a vite preview left running? (ss -ltnp | grep ${port})`);
}

export async function serve(port: number): Promise<Server> {
  await ensurePortFree(port);
  const child = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--host', 'localhost', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://localhost:${port}`;
  try {
    await waitForHttp(`${url}/bench.html`, child, 30_000);
  } catch (error) {
    child.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`, { cause: error });
  }
  return { url, close: () => child.kill() };
}
