import { expect, test } from '@playwright/test';

test('the app shell renders without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));

  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Plateau' })).toBeVisible();
  const stack = page.getByRole('region', { name: 'Callback stack' });
  await expect(stack).toBeVisible();
  await expect(stack.getByRole('heading', { name: 'Callback stack' })).toBeVisible();
  await expect(stack.getByText('No callbacks yet')).toBeVisible();
  expect(errors).toEqual([]);
});
