/**
 * From a click on Pause (then Resume) or Stop to the worker's `ack` arriving
 * on the page, during a long run: the click's event time (captured on the
 * page) to the ack message's arrival, both on the page's clock. Clicks land
 * at random points of the training loop.
 */
import { playgroundConfig } from './benchConfig';
import { sleep } from './log';
import type { PageProbe } from './pageProbe';
import type { Playground } from './playground';

type ProbeWindow = typeof globalThis & { __plateauBench: PageProbe };

const clickCount = (playground: Playground): Promise<number> =>
  playground.page.evaluate(() => (globalThis as ProbeWindow).__plateauBench.clicks.length);

/**
 * A real mouse click at the button's centre, once. Not `locator.click()`:
 * its wait for a "stable" element (equal boxes in two frames) times out
 * while redraws keep the main thread busy. The click's own event time is
 * the start of the latency, however late the page gets to handle it.
 */
async function press(playground: Playground, label: 'Pause' | 'Resume' | 'Stop'): Promise<number> {
  const button = playground.page.getByRole('button', { name: label, exact: true });
  const deadline = Date.now() + 25_000;
  while (!(await button.isEnabled({ timeout: 25_000 }))) {
    if (Date.now() > deadline) throw new Error(`${label} stayed disabled for 25 s`);
    await sleep(20);
  }
  const box = await button.boundingBox({ timeout: 60_000 });
  if (!box) throw new Error(`${label} has no box`);
  const before = await clickCount(playground);
  await playground.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  while (Date.now() < deadline) {
    const clicks = await playground.page.evaluate((from) => (globalThis as ProbeWindow).__plateauBench.clicks.slice(from), before);
    const pressed = clicks.find((entry) => entry.label === label);
    if (pressed) return pressed.t;
    await sleep(20);
  }
  await playground.page.screenshot({ path: '.plateau-bench/press-failed.png' });
  throw new Error(`a click on ${label} did not reach the button (screenshot in .plateau-bench/press-failed.png)`);
}

async function clickAndAck(playground: Playground, label: 'Pause' | 'Resume' | 'Stop', afterIndex: number): Promise<{ latency: number; index: number }> {
  const pressedAt = await press(playground, label);
  const ack = await playground.waitFor(['ack'], afterIndex, 25_000, label.toLowerCase());
  return { latency: ack.t - pressedAt, index: ack.index };
}

export interface StopLatencies {
  pause: number[];
  resume: number[];
  stop: number | null;
  /** Why the cycles stopped early, if they did. */
  failure: string | null;
}

export async function stopLatencies(playground: Playground, cycles: number): Promise<StopLatencies> {
  const { startIndex, startedAt } = await playground.start(playgroundConfig(10_000));
  const result: StopLatencies = { pause: [], resume: [], stop: null, failure: null };
  try {
    let index = (await playground.waitFor(['progress'], startIndex, 60_000)).index;
    for (let cycle = 0; cycle < cycles; cycle++) {
      await sleep(20 + Math.random() * 100);
      const paused = await clickAndAck(playground, 'Pause', index);
      result.pause.push(paused.latency);
      await sleep(10 + Math.random() * 30);
      const resumed = await clickAndAck(playground, 'Resume', paused.index);
      result.resume.push(resumed.latency);
      index = resumed.index;
    }
    await sleep(50 + Math.random() * 100);
    result.stop = (await clickAndAck(playground, 'Stop', index)).latency;
    await playground.finish(startIndex, startedAt, 120_000);
  } catch (error) {
    const status = await playground.page.getByTestId('run-status').textContent({ timeout: 60_000 });
    const pageError = await playground.page.getByTestId('run-error').textContent({ timeout: 1_000 }).catch(() => null);
    result.failure = `${error instanceof Error ? error.message.split('\n')[0] : String(error)} (run status ${status ?? '?'}${pageError ? `: ${pageError}` : ''})`;
    if (status?.trim() !== 'failed') await playground.page.getByRole('button', { name: 'Stop', exact: true }).click({ force: true }).catch(() => undefined);
  }
  return result;
}
