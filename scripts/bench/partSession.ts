/**
 * What every script that runs one part of the bench alone (trace, live,
 * compareOnly, compareCost) sets up: the build (skipped with SKIP_BUILD=1),
 * the server, one Chromium session and the playground page, all closed again
 * when `part` ends, whatever happens.
 */
import type { BackendRequest } from '../../src/training/protocol';
import { launch, type Session } from './browser';
import { Playground } from './playground';
import { build, serve } from './server';

export interface PartContext {
  session: Session;
  playground: Playground;
  url: string;
}

export async function runBenchPart(port: number, backend: BackendRequest, part: (context: PartContext) => Promise<void>): Promise<void> {
  if (process.env['SKIP_BUILD'] !== '1') build();
  const server = await serve(port);
  const session = await launch();
  try {
    const playground = await Playground.open(await session.context.newPage(), server.url, backend);
    await part({ session, playground, url: server.url });
  } finally {
    await session.close();
    server.close();
  }
}
