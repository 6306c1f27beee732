/** The states a learner reaches, for the narrow-screen and accessibility checks: each a few clicks from the page as it opens. */
import { expect, type Page } from '@playwright/test';

/** Every callback of the palette in the stack, each card's "More parameters" open. */
export async function openEveryCard(page: Page): Promise<void> {
  const palette = page.getByRole('group', { name: 'Add a callback' });
  const buttons = palette.getByRole('button');
  const count = await buttons.count();
  for (let index = 0; index < count; index++) await buttons.nth(index).click();
  const more = page.getByText('More parameters');
  for (let index = 0; index < (await more.count()); index++) await more.nth(index).click();
}

/** A short run trained to its end. */
export async function finishRun(page: Page, epochs = 3): Promise<void> {
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText(`Finished: ${epochs} epoch`, { timeout: 60_000 });
}

/** A run that fails: a custom callback that throws at its first epoch. */
export async function failRun(page: Page): Promise<void> {
  await page.getByLabel('Run config').fill(JSON.stringify({ fit: { epochs: 3 }, callbacks: [{ type: 'LambdaCallback', params: { onEpochEnd: "() => { throw new Error('on purpose'); }" } }] }));
  const consent = page.getByTestId('code-consent');
  await consent.getByRole('button', { name: 'Accept this code' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-error')).toContainText('on purpose', { timeout: 60_000 });
}

/** A comparison of the default setup's two variants, trained to the end. */
export async function finishComparison(page: Page): Promise<void> {
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  const panel = page.getByTestId('compare-panel');
  await panel.getByRole('button', { name: 'Compare variants of this setup' }).click();
  await panel.getByRole('button', { name: 'Run 2 variants together' }).click();
  await expect(panel.getByTestId('epochs-0')).toHaveText('3', { timeout: 90_000 });
  await expect(panel.getByTestId('epochs-1')).toHaveText('3', { timeout: 90_000 });
}

/** The elements wider than the viewport, as "tag.class (right edge px)", for a readable failure. */
export async function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls or clips sideways and itself fits, a wide element (a table) is reachable, not cut off the page.
    const insideFittingScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX) && parent.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && element.getClientRects().length > 0)
      .filter((element) => !element.closest('.visually-hidden') && !insideFittingScroller(element))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)})`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}
