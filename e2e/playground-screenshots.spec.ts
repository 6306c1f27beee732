// Screenshots for the docs (docs/screenshots/), taken as the page looks at 1280×800 and 390 px wide.
import { expect, test } from '@playwright/test';

const out = (name: string) => `docs/screenshots/${name}.png`;

test('idle and mid-run screenshots', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A full stack working together' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: out('idle'), fullPage: true });

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(async () => Number(await page.getByTestId('chart-loss').getAttribute('data-markers')), { timeout: 30_000 }).toBeGreaterThan(3);
  await page.getByTestId('chart-learning_rate').hover({ position: { x: 200, y: 120 } });
  await page.screenshot({ path: out('mid-run') });

  await expect(page.getByTestId('run-summary')).toBeVisible({ timeout: 60_000 });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?backend=wasm');
  await page.screenshot({ path: out('narrow') });
});
