/** Loading a comparison through the compare panel's JSON field, as a learner pastes one. */
import type { Locator, Page } from '@playwright/test';

/** A small spiral run every compare spec varies: two layers of 16, Adam at 0.01. */
export function compareBase(epochs: number) {
  return {
    v: 1,
    dataset: { kind: 'spiral', size: 300, noise: 0.1 },
    model: { hiddenLayers: [{ units: 16, activation: 'relu', dropout: 0 }, { units: 16, activation: 'relu', dropout: 0 }] },
    optimizer: { kind: 'adam', learningRate: 0.01, momentum: 0, schedule: null },
    fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 },
    callbacks: [],
  };
}

/** Opens the page on wasm and loads `setup` into the compare panel; returns the panel. */
export async function pasteCompareSetup(page: Page, setup: unknown): Promise<Locator> {
  await page.goto('/?backend=wasm');
  const panel = page.getByTestId('compare-panel');
  await panel.getByText('Compare setup as JSON').click();
  await panel.getByLabel('Paste a compare setup, or copy this one').fill(JSON.stringify(setup));
  await panel.getByRole('button', { name: 'Load compare setup' }).click();
  return panel;
}
