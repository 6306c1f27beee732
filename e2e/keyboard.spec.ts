import { expect, test } from '@playwright/test';

test('from the top of the page, Train is a few Tab presses away through the skip link', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled();
  let presses = 0;
  while (presses < 10 && !(await train.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
    // The first stop is the skip link; following it moves focus to the run controls.
    if (await page.getByRole('link', { name: 'Skip to the run controls' }).evaluate((element) => element === document.activeElement)) await page.keyboard.press('Enter');
  }
  await expect(train).toBeFocused();
  expect(presses).toBeLessThanOrEqual(10);
});

test('no tab stop inside a chart, and the run log is focusable and announces new lines politely', async ({ page }) => {
  await page.goto('/?backend=wasm&preset=plateau-cut');
  await page.getByLabel('Epochs', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 12 epochs', { timeout: 60_000 });
  const chart = page.getByTestId('chart-loss');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const stops = await page.locator('figure svg, figure svg *').evaluateAll((elements) => elements.filter((element) => (element as SVGElement).tabIndex >= 0).length);
  expect(stops).toBe(0);
  const log = page.getByTestId('run-log');
  await log.focus();
  await expect(log).toBeFocused();
  const region = page.getByTestId('run-log-announcement');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText(/^Run log(: |, \d+ new lines; the newest: )/);
});
