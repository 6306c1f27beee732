/**
 * Four runs side by side against one, from "all ready" (data and model
 * built in every worker) to "all done". The bare figure uses bench.html's
 * workers; the playground's needs a compare view on the page.
 */
import type { Page } from '@playwright/test';
import type { BarePage } from './barePage';
import { bareConfig } from './benchConfig';
import type { BackendName } from '../../src/training/protocol';
import { note } from './log';
import { describe, median } from './stats';

export async function compareBare(bare: BarePage, backend: BackendName, epochs: number, reps: number): Promise<number> {
  const ratios: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const walls: Record<number, number> = {};
    for (const count of rep % 2 === 0 ? [1, 4] : [4, 1]) {
      await bare.spawn(count, backend);
      walls[count] = (await bare.fitAll(bareConfig(epochs))).wallMs;
    }
    ratios.push((walls[4] as number) / (walls[1] as number));
    note(`  rep ${rep + 1}: one worker ${(walls[1] as number).toFixed(0)} ms, four ${(walls[4] as number).toFixed(0)} ms`);
  }
  await bare.spawn(1, backend);
  note(`four bare workers / one (${epochs} epochs each): ${describe(ratios)}`);
  return median(ratios);
}

/** Null and why, until the page has a way to run several runs side by side. */
export async function comparePlaygroundAvailable(page: Page): Promise<string | null> {
  const controls = await page.getByRole('button', { name: /compare/i }).count();
  return controls > 0
    ? 'the page shows a compare control, but the bench does not drive it yet (scripts/bench/compare.ts)'
    : 'the page has no compare view at this commit (no control named "Compare"), so four runs side by side cannot be started';
}
