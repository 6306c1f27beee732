import { expect, test, type Page } from '@playwright/test';

const canvas = (page: Page) => page.getByTestId('boundary-canvas');

/** How many distinct colours the canvas shows: a grey square with dots has few, a heatmap many. */
function distinctColours(page: Page): Promise<number> {
  return canvas(page).evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const pixels = node.getContext('2d')?.getImageData(0, 0, node.width, node.height).data ?? new Uint8ClampedArray();
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) seen.add(((pixels[i] as number) << 16) | ((pixels[i + 1] as number) << 8) | (pixels[i + 2] as number));
    return seen.size;
  });
}

test('the decision boundary of a 2-D dataset is drawn live with its points, and described for screen readers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await page.getByLabel('Dataset', { exact: true }).selectOption('circles');
  await page.getByLabel('Epochs', { exact: true }).fill('60');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  const panel = page.getByRole('region', { name: 'Decision boundary' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Decision boundary/ })).toBeVisible();
  // 500 rows less the default held-out test fifth: the training and validation points.
  await expect(canvas(page)).toHaveAttribute('data-points', '400');
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-epoch'))).toBeGreaterThan(0);
  const early = Number(await canvas(page).getAttribute('data-epoch'));
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-epoch'))).toBeGreaterThan(early);

  await expect(page.getByTestId('run-summary')).toContainText('Finished: 60 epochs', { timeout: 45_000 });
  // The last grid is predicted after the run ends, with the final weights.
  await expect(canvas(page)).toHaveAttribute('data-epoch', '60');
  await expect(canvas(page)).toHaveAttribute('aria-label', /after epoch 60 .* the model predicts class 0 \d+ %, class 1 \d+ % of the area; \d+ % of training points and \d+ % of validation points lie on their class's side/);
  await expect(panel.getByRole('list', { name: 'Classes' })).toContainText('class 0');
  expect(await distinctColours(page)).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('no decision boundary for data with more than two features', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByLabel('Dataset', { exact: true }).selectOption('iris');
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 45_000 });
  await expect(page.getByRole('region', { name: 'Decision boundary' })).toHaveCount(0);
});
