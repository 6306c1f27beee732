import { expect, test, type Page } from '@playwright/test';

const CUSTOM = 'class Quiet extends Callback {\n  onEpochEnd(epoch, logs) {}\n}';

function setup(overrides: { fit?: object; callbacks?: object[] } = {}): string {
  return JSON.stringify({ v: 1, fit: { epochs: 3, ...overrides.fit }, callbacks: overrides.callbacks ?? [] }, null, 2);
}

const train = (page: Page) => page.getByRole('button', { name: 'Train', exact: true });

test('a pasted run with code shows the code and blocks Train until the user accepts it; accepted code is not asked for again', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByLabel('Run config').fill(setup({ callbacks: [{ type: 'CustomCallback', params: { source: CUSTOM } }] }));

  const consent = page.getByTestId('code-consent');
  await expect(consent).toContainText('Code from pasted JSON');
  await expect(consent).toContainText('class Quiet extends Callback');
  await expect(train(page)).toBeDisabled();
  await expect(page.getByTestId('train-blocked')).toContainText('came with code from pasted JSON');

  await consent.getByRole('button', { name: 'Accept this code' }).click();
  await expect(consent).toHaveCount(0);
  await expect(train(page)).toBeEnabled();

  // The same code pasted again, with other settings: already accepted, so no second consent.
  await page.getByLabel('Run config').fill(setup({ fit: { epochs: 2 }, callbacks: [{ type: 'CustomCallback', params: { source: CUSTOM } }] }));
  await expect(page.getByRole('spinbutton', { name: 'Epochs' })).toHaveValue('2');
  await expect(consent).toHaveCount(0);
  await train(page).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
});
