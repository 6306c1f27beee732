import { expect, test } from '@playwright/test';
import { compareBase, pasteCompareSetup } from './compareSetupField';
import { pasteRunConfig } from './runConfigField';

const EPOCHS = 20;
const coachRun = JSON.stringify({
  dataset: { kind: 'spiral', size: 300, noise: 0.1 },
  fit: { epochs: EPOCHS, batchSize: 32, validationSplit: 0.2, seed: 42 },
  callbacks: [{ type: 'LRCoach', params: { seed: 3, verbose: 1 } }],
});

test('a run with LR Coach shows its decisions, its panel, and remembers what it learned across a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await pasteRunConfig(page, coachRun);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText(`Finished: ${EPOCHS} epochs`, { timeout: 90_000 });

  const panel = page.getByTestId('coach-panel');
  await expect(panel.getByTestId('coach-start')).toContainText(`Started cold (nothing remembered); ${EPOCHS} decisions`);
  await expect(panel.locator('.coach-decision tbody tr')).toHaveCount(5);
  await expect(panel.locator('.coach-chosen')).toHaveCount(1);
  await expect(panel.locator('.coach-decision')).toContainText(/[−+][\d.e-]+ ± [\d.e-]+/);
  const log = page.getByTestId('run-log');
  await expect(log).toContainText('LRCoach starts cold');
  await expect(log).toContainText(/Epoch \d+: LRCoach (raising|lowering) learning rate to [\d.e-]+ \(predicted Δval_loss [−+][\d.e-]+ ± [\d.e-]+\)\./);
  await expect(panel.getByTestId('coach-memory-summary')).toContainText('Memory for classification tasks: 1 run');

  // The memory survives a reload, and the next run starts from it.
  await page.reload();
  await pasteRunConfig(page, coachRun);
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 90_000 });
  await expect(panel.getByTestId('coach-start')).toContainText('Started from memory');
  await expect(page.getByTestId('run-log')).toContainText('LRCoach starts from memory (1 earlier run)');

  // A file that is not a memory is refused, and Reset empties it.
  await panel.getByTestId('coach-memory-summary').click();
  await panel.getByLabel('Import a coach memory file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(panel.getByRole('alert')).toContainText('notes.json is not a coach memory');
  await panel.getByRole('button', { name: 'Reset memory' }).click();
  await expect(panel.getByTestId('coach-memory-summary')).toContainText('Memory for classification tasks: empty');
  expect(errors).toEqual([]);
});

test('each variant of a comparison runs its own coach in the stack, and their decisions reach the table', async ({ page }) => {
  test.setTimeout(180_000);
  const base = compareBase(EPOCHS);
  const setup = {
    v: 1,
    base,
    variants: [
      { name: 'Coach A', colour: '#2563eb', config: { ...base, callbacks: [{ type: 'LRCoach', params: { seed: 1, remember: false } }] } },
      { name: 'Coach B', colour: '#ea580c', config: { ...base, callbacks: [{ type: 'LRCoach', params: { seed: 2, remember: false } }] } },
    ],
  };
  const panel = await pasteCompareSetup(page, setup);
  await panel.getByRole('button', { name: 'Run 2 variants together' }).click();
  await expect(panel.getByTestId('epochs-0')).toHaveText(String(EPOCHS), { timeout: 120_000 });
  await expect(panel.getByTestId('epochs-1')).toHaveText(String(EPOCHS), { timeout: 120_000 });
  await expect(panel.getByTestId('compare-table')).toContainText('LRCoach');
});
