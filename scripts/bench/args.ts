/** `npm run bench -- [--backend=cpu|wasm|webgl|webgpu] [--quick] [--port=N]`. */
import { isBackendRequest, type BackendRequest } from '../../src/training/protocol';

export interface BenchArgs {
  backend: BackendRequest;
  quick: boolean;
  port: number;
}

export const USAGE = 'usage: npm run bench -- [--backend=cpu|wasm|webgl|webgpu] [--quick] [--port=4480]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { backend: 'auto', quick: false, port: 4480 };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--quick' && value === undefined) args.quick = true;
    else if (flag === '--backend' && isBackendRequest(value ?? null)) args.backend = value as BackendRequest;
    else if (flag === '--port' && value !== undefined && /^\d+$/.test(value)) args.port = Number(value);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}
