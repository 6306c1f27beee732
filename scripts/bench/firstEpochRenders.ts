/**
 * Which React components render, mount and unmount from the click on Train
 * to the first epoch drawn, commit by commit, on a cold page as
 * `firstEpochMs` measures it (through React's devtools hook, so the build
 * must keep names: PLATEAU_BENCH_UNMINIFIED=1).
 * `npx tsx scripts/bench/firstEpochRenders.ts [backend] [port]`; SKIP_BUILD=1 reuses the last build.
 */
import type { BackendRequest } from '../../src/training/protocol';
import { addInitFunction, launch } from './browser';
import { firstEpochTrial } from './firstEpoch';
import { note } from './log';
import { build, serve } from './server';

interface Commit {
  at: number;
  rendered: Record<string, number>;
  mounted: Record<string, number>;
  unmounted: Record<string, number>;
}
type HookScope = typeof globalThis & { __renders?: { recording: boolean; commits: Commit[] } };

/** In the page, before React loads: a devtools hook that counts, per commit, the function components that rendered, mounted and unmounted. */
function installRenderHook(): void {
  const scope = globalThis as HookScope;
  const record = { recording: false, commits: [] as Commit[] };
  scope.__renders = record;
  let pending: Record<string, number> = {};
  // A fiber object that was in the tree at the last commit was not visited since: its flags are stale.
  let seen = new WeakSet<object>();
  type Fiber = { type: unknown; flags: number; alternate: Fiber | null; child: Fiber | null; sibling: Fiber | null };
  const nameOf = (fiber: Fiber): string | null => {
    const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string }; render?: { name?: string } } | string | null;
    if (typeof type === 'function') return (type as { displayName?: string; name: string }).displayName ?? (type as { name: string }).name ?? '?';
    if (type && typeof type === 'object') return type.displayName ?? type.type?.name ?? type.render?.name ?? null;
    return null;
  };
  const bump = (counts: Record<string, number>, name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  (globalThis as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberUnmount: (_id: number, fiber: Fiber) => {
      const name = record.recording ? nameOf(fiber) : null;
      if (name) bump(pending, name);
    },
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const rendered: Record<string, number> = {};
      const mounted: Record<string, number> = {};
      const now = new WeakSet<object>();
      const walk = (fiber: Fiber | null) => {
        for (let node = fiber; node; node = node.sibling) {
          now.add(node);
          const name = seen.has(node) ? null : nameOf(node);
          if (name && node.alternate === null) bump(mounted, name);
          else if (name && node.flags & 1) bump(rendered, name);
          walk(node.child);
        }
      };
      walk(root.current.child);
      seen = now;
      if (!record.recording) return;
      record.commits.push({ at: performance.now(), rendered, mounted, unmounted: pending });
      pending = {};
    },
  };
}

const backend = (process.argv[2] ?? 'wasm') as BackendRequest;
const port = Number(process.argv[3] ?? 4481);
if (process.env['SKIP_BUILD'] !== '1') build();
const server = await serve(port);
const session = await launch();
try {
  let clickedAt = 0;
  const trial = await firstEpochTrial(session.browser, server.url, backend, undefined, {
    opened: (page) => addInitFunction(page, installRenderHook),
    before: (page) => page.evaluate(() => ((globalThis as HookScope).__renders!.recording = true)),
    after: async (page) => {
      clickedAt = await page.evaluate(() => (globalThis as typeof globalThis & { __firstEpoch: { clickedAt: number } }).__firstEpoch.clickedAt);
      const commits = await page.evaluate(() => (globalThis as HookScope).__renders!.commits);
      const list = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([name, count]) => (count > 1 ? `${name}×${count}` : name)).join(' ');
      for (const commit of commits) {
        note(`commit at +${(commit.at - clickedAt).toFixed(0)} ms`);
        if (Object.keys(commit.rendered).length) note(`  rendered: ${list(commit.rendered)}`);
        if (Object.keys(commit.mounted).length) note(`  mounted: ${list(commit.mounted)}`);
        if (Object.keys(commit.unmounted).length) note(`  unmounted: ${list(commit.unmounted)}`);
      }
    },
  });
  note(`click → first epoch drawn ${trial.clickToEpochMs.toFixed(0)} ms (prepared: ${trial.prepared}); ${trial.timeline}`);
} finally {
  // The server first: a browser that fails to close must not leave it answering on the port.
  server.close();
  await session.close();
}
