import { expect, test } from '@playwright/test';
import { parseRunConfig } from '../src/config/runConfig';
import { encodeShareLink } from '../src/config/shareLink';

function linkFor(raw: unknown): string {
  const parsed = parseRunConfig(raw);
  if (!parsed.ok) throw new Error('fixture must parse');
  return encodeShareLink(parsed.value);
}

test('a share link restores the setup, and its code runs only after the user accepts it', async ({ page }) => {
  const link = linkFor({
    fit: { epochs: 3 },
    callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.5' } }],
  });
  await page.goto(`/?backend=wasm#${link}`);

  const consent = page.getByTestId('code-consent');
  await expect(consent).toContainText('(epoch, lr) => lr * 0.5');
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeDisabled();
  await expect(page.getByTestId('train-blocked')).toContainText('accept it before training');

  await consent.getByRole('button', { name: 'Accept this code' }).click();
  await expect(train).toBeEnabled();
  await train.click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
});

test('a broken link opens the page with a message saying what was wrong', async ({ page }) => {
  const link = linkFor({ fit: { epochs: 3 } });
  await page.goto(`/#${link.slice(0, -4)}xxxx`);
  await expect(page.getByTestId('link-problems')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Plateau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('Copy share link puts the setup in the address bar, and opening it gives the same setup', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A plateau gets its learning rate cut' }).click();
  const setup = await page.getByLabel('Run config').inputValue();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const url = page.url();
  expect(url).toMatch(/#p1\./);

  const opened = await page.context().newPage();
  await opened.goto(url);
  await expect(opened.getByTestId('link-problems')).toHaveCount(0);
  await expect(opened.getByTestId('code-consent')).toHaveCount(0);
  await expect(opened.getByLabel('Run config')).toHaveValue(setup);
});
