import { expect, test } from '@playwright/test';

interface NoticeWindow {
  notices: { title: string; body: string }[];
  tabHidden: boolean;
}

// A stand-in for the browser's Notification and a tab that can be made hidden: headless Chromium shows neither.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as NoticeWindow & { Notification: unknown };
    w.notices = [];
    w.tabHidden = false;
    let permission = 'default';
    w.Notification = class {
      static get permission() {
        return permission;
      }
      static requestPermission() {
        permission = 'granted';
        return Promise.resolve(permission);
      }
      constructor(title: string, options: { body: string }) {
        w.notices.push({ title, body: options.body });
      }
    };
    Object.defineProperty(document, 'hidden', { get: () => w.tabHidden });
  });
});

test('a run that ends while the tab is hidden sends a notification, once the user opted in', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 45_000 });
  expect(await page.evaluate(() => (window as unknown as NoticeWindow).notices)).toEqual([]);

  await page.getByLabel('Notify me when a run ends while this tab is hidden').check();
  // Visible tab: the page itself shows the ending, no notification.
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 45_000 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as NoticeWindow).notices)).toEqual([]);

  await page.evaluate(() => ((window as unknown as NoticeWindow).tabHidden = true));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as NoticeWindow).notices), { timeout: 45_000 }).toEqual([
    { title: 'Plateau: the run finished', body: expect.stringMatching(/^Finished: 3 epochs in [\d.]+ s\.$/) as unknown as string },
  ]);
});
