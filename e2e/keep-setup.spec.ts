import { expect, test, type Page } from '@playwright/test';

const stack = (page: Page) => page.getByRole('list', { name: 'Callbacks, in the order they run' });
const cardTitles = (page: Page) => stack(page).getByRole('heading', { level: 3 });
const runJson = async (page: Page) => JSON.parse(await page.getByLabel('Run config').inputValue()) as { fit: { epochs: number }; callbacks: { type: string; params: Record<string, unknown> }[] };

async function buildSetup(page: Page) {
  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'EarlyStopping' }).click();
  await page.getByLabel('patience', { exact: true }).fill('4');
  await expect(cardTitles(page)).toHaveText([/^EarlyStopping/]);
  // Saved after a pause in editing: wait until the page holds it.
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('plateau.setup'))).toContain('"v":1');
}

test('a reload keeps the setup, and Start over goes back to the default', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await expect(page.getByText('No callbacks yet')).toBeVisible();
  await buildSetup(page);
  await expect.poll(async () => (await runJson(page)).callbacks[0]?.params).toEqual({ patience: 4 });

  await page.reload();
  await expect(cardTitles(page)).toHaveText([/^EarlyStopping/]);
  expect((await runJson(page)).callbacks[0]?.params).toEqual({ patience: 4 });

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('No callbacks yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No callbacks yet')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a lesson or share link in the address wins over the kept setup, until the setup is changed', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await buildSetup(page);

  await page.goto('/?backend=wasm&preset=nan-caught');
  await expect(cardTitles(page)).toHaveText([/^TerminateOnNaN/]);
  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'EarlyStopping' }).click();
  // The learner changed the lesson: the address no longer names it, so a reload keeps their change.
  await expect.poll(() => new URL(page.url()).searchParams.has('preset')).toBe(false);
  await page.reload();
  await expect(cardTitles(page)).toHaveText([/^TerminateOnNaN/, /^EarlyStopping/]);
});

test('a saved setup that cannot be read is ignored with a notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await page.evaluate(() => window.localStorage.setItem('plateau.setup', '{"v":1,"link":"p1.garbage.000"}'));
  await page.reload();
  await expect(page.getByTestId('kept-setup-notice')).toContainText('Your last setup could not be restored');
  await expect(page.getByText('No callbacks yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await page.evaluate(() => window.localStorage.setItem('plateau.setup', '{"v":7}'));
  await page.reload();
  await expect(page.getByTestId('kept-setup-notice')).toContainText('newer Plateau');
  expect(errors).toEqual([]);
});
