import { expect, test } from '@playwright/test';

test('LambdaCallback has a code field per hook; what is typed there runs in training', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('4');
  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'LambdaCallback' }).click();
  const card = page.getByTestId('stack-entry').filter({ hasText: 'LambdaCallback' });
  await card.getByText('More parameters').click();
  for (const hook of ['onEpochEnd', 'onEpochBegin', 'onTrainBegin', 'onTrainEnd', 'onBatchBegin', 'onBatchEnd']) {
    await expect(card.getByText(hook, { exact: true })).toBeVisible();
  }

  const editor = page.getByTestId('cb1-onEpochBegin-editor');
  await expect(editor).toHaveAttribute('data-loaded', 'true');
  await editor.locator('.cm-content').click();
  await page.keyboard.type("(epoch, logs) => { if (epoch === 2) throw new Error('lambda saw epoch ' + epoch); }");

  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { callbacks: { type: string; params: Record<string, string> }[] };
  expect(json.callbacks.at(-1)?.params['onEpochBegin']).toContain('lambda saw epoch');

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-error')).toContainText('lambda saw epoch 2', { timeout: 45_000 });
  await expect(page.getByTestId('run-error')).toContainText('onEpochBegin');
});
