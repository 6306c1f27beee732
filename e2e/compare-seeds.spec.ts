import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

async function openWithEpochs(page: Page, epochs: number) {
  await page.goto('/?backend=wasm');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill(String(epochs));
  return page.getByTestId('compare-panel');
}

test('a 16-rate learning-rate sweep trains as one stack: sixteen curves, sixteen rows, one same start', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const panel = await openWithEpochs(page, 4);
  const size = panel.getByRole('spinbutton', { name: 'Rates in the sweep' });
  await size.fill('17');
  await expect(panel.locator('#sweep-size-hint')).toHaveText('must be from 2 to 16');
  await expect(panel.getByRole('button', { name: 'Sweep the learning rate' })).toBeDisabled();
  await size.fill('16');
  await panel.getByRole('button', { name: 'Sweep the learning rate' }).click();
  await expect(panel.getByTestId('variant-15').getByRole('textbox', { name: 'Name' })).toHaveValue('lr 0.1');
  await expect(panel.getByTestId('variant-0').getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.0001');
  await panel.getByRole('button', { name: 'Run 16 variants together' }).click();
  for (let index = 0; index < 16; index++) await expect(panel.getByTestId(`epochs-${index}`)).toHaveText('4', { timeout: 150_000 });
  await expect(panel.getByTestId('same-start')).toHaveAttribute('data-same', 'true');
  await expect(panel.getByTestId('runs-chart-compare-lr')).toHaveAttribute('data-curves', '16');
  await expect(panel.getByTestId('runs-chart-compare-loss').locator('path.recharts-line-curve')).toHaveCount(16);
  await expect(panel.getByTestId('compare-verdict')).toContainText('One seed per variant cannot settle it');
  expect(errors).toEqual([]);
});

test('× 8 seeds: two variants as sixteen runs, drawn as means over bands, the table in mean ± sd, the verdict paired by seed', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const panel = await openWithEpochs(page, 4);
  await panel.getByRole('button', { name: 'Compare variants of this setup' }).click();
  await panel.getByTestId('variant-1').getByRole('spinbutton', { name: 'Learning rate' }).fill('0.001');
  // Too many seeds is refused at the field, with the count.
  const seeds = panel.getByTestId('variant-1').getByRole('spinbutton', { name: 'Seeds' });
  await seeds.fill('9');
  await expect(panel.locator('#variant-1-seeds-hint')).toHaveText('must be at most 8');
  await seeds.fill('1');
  await panel.getByRole('button', { name: '× 8 seeds each' }).click();
  await expect(panel.getByTestId('variant-0').getByRole('spinbutton', { name: 'Seeds' })).toHaveValue('8');
  await panel.getByRole('button', { name: 'Run 2 variants, 16 runs, together' }).click();

  await expect(panel.getByTestId('epochs-0')).toHaveText('4', { timeout: 150_000 });
  await expect(panel.getByTestId('epochs-1')).toHaveText('4', { timeout: 150_000 });
  const row = panel.getByTestId('compare-table').getByRole('row', { name: /^A × 8 seeds/ });
  await expect(row).toBeVisible();
  await expect(panel.getByTestId('best-0')).toHaveText(/^\d\.\d+ ± \d/);
  await expect(panel.getByTestId('same-start')).toContainText('each of the 8 seeds began equal in every variant that has it');

  // Each variant is its mean (one line) over a band (one area), the legend says so.
  const loss = panel.getByTestId('runs-chart-compare-val-loss');
  await expect(loss.locator('path.recharts-line-curve')).toHaveCount(2);
  await expect(loss.locator('.runs-band path.recharts-area-area')).toHaveCount(2);
  await expect(loss.getByRole('button', { name: 'A (mean of 8 seeds)' })).toBeVisible();
  // Hovering shows each seed's value.
  const surface = loss.locator('.recharts-surface');
  const box = await surface.boundingBox();
  await surface.hover({ position: { x: (box?.width ?? 300) * 0.6, y: (box?.height ?? 200) / 2 } });
  await expect(page.getByTestId('seed-tooltip')).toContainText(/seed 42: \d/);

  const seedsSentence = 'A reached a lower val_loss than B in \\d of 8 seeds \\(best of each run; median difference [−+]?\\d[\\d.e−+-]*\\): (a clear difference \\(sign test p [=<] [\\d.]+\\)|not clear at 8 seeds \\(sign test p = [\\d.]+\\))';
  const sentence = new RegExp(`^(A is best on val_loss|No clear winner)\\. ${seedsSentence.replace(/^A/, '(A|B)').replace('than B', 'than (A|B)')}\\.$`);
  await expect(panel.getByTestId('compare-verdict')).toHaveText(sentence);
  expect(errors).toEqual([]);
});
