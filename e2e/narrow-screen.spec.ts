import { expect, test } from '@playwright/test';
import { finishComparison, finishRun, openEveryCard, overflowing } from './pageStates';

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px no state of the page is wider than the screen', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  const fits = async (state: string) => {
    const { scrollWidth, culprits } = await overflowing(page);
    expect({ state, scrollWidth, culprits }).toEqual({ state, scrollWidth: 390, culprits: [] });
  };
  await fits('idle');
  await openEveryCard(page);
  await fits('every callback, More parameters open');
  await page.getByRole('button', { name: 'Start over' }).click();
  await finishRun(page);
  await fits('a finished run');
  await finishComparison(page);
  await fits('a comparison done');
  await page.goto('/?embed=1&preset=plateau-cut&backend=wasm');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await fits('the embed');
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the compare table fits its panel without sideways scrolling', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/?backend=wasm');
    await finishComparison(page);
    const scroller = page.getByRole('region', { name: 'Comparison table' });
    const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
