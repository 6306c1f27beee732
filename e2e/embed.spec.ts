/**
 * Embed mode as a tutorial author's reader meets it: a frame in someone
 * else's page, showing a lesson or a shared run, that trains on request.
 */
import { expect, test, type Page } from '@playwright/test';
import { parseRunConfig } from '../src/config/runConfig';
import { encodeShareLink } from '../src/config/shareLink';
import { chromiumArgs, chromiumExecutablePath } from './chromium';

// The blog below is a made-up public site; Chromium would refuse it a frame
// from localhost (Local Network Access), which a real deployment is not.
test.use({ launchOptions: { executablePath: chromiumExecutablePath(), args: [...chromiumArgs, '--disable-features=LocalNetworkAccessChecks'] } });

function linkFor(raw: unknown): string {
  const parsed = parseRunConfig(raw);
  if (!parsed.ok) throw new Error('fixture must parse');
  return encodeShareLink(parsed.value);
}

/**
 * A post on someone's blog holding the frame, at the size the embed code
 * gives it. The blog is another site on plain http, so the frame is
 * third-party and not a secure context (no `crypto.randomUUID`, no
 * `navigator.storage`), with partitioned storage.
 */
async function postWithFrame(page: Page, baseURL: string | undefined, path: string) {
  await page.route('http://blog.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><h1>My tutorial</h1><iframe src="${baseURL ?? ''}${path}" width="600" height="400" title="Plateau demo"></iframe></body></html>`,
    }),
  );
  await page.goto('http://blog.example/post');
  return page.frameLocator('iframe[title="Plateau demo"]');
}

test('a lesson embedded in another page shows its chart, its stack and Train inside the frame', async ({ page, baseURL }) => {
  const frame = await postWithFrame(page, baseURL, '/?embed=1&preset=full-stack&backend=wasm');
  await expect(frame.getByRole('heading', { name: /A full stack working together/ })).toBeVisible();
  await expect(frame.getByTestId('chart-loss')).toBeVisible();
  await expect(frame.getByTestId('chart-learning_rate')).toBeVisible();
  await expect(frame.getByTestId('embed-stack')).toContainText("ReduceLROnPlateau(monitor='val_loss', factor=0.5, patience=4, verbose=1, min_lr=0.0001)");
  await expect(frame.getByTestId('embed-stack').getByRole('listitem')).toHaveCount(4);
  // Editors of the full page stay out of the frame.
  await expect(frame.getByRole('heading', { name: 'Lessons' })).toHaveCount(0);

  const train = frame.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled();
  // Train and the loss chart are in view in a 600×400 frame without scrolling.
  const frameBox = await page.locator('iframe').boundingBox();
  const trainBox = await train.boundingBox();
  const chartBox = await frame.getByTestId('chart-loss').boundingBox();
  expect(frameBox && trainBox && chartBox).toBeTruthy();
  if (frameBox && trainBox && chartBox) {
    expect(trainBox.y + trainBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    expect(chartBox.y).toBeLessThan(frameBox.y + frameBox.height);
  }

  await train.click();
  await expect(frame.getByTestId('run-backend')).toHaveText('wasm');
  await expect.poll(async () => Number((await frame.getByTestId('run-epoch').textContent())?.split('/')[0]), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  await frame.getByRole('button', { name: 'Stop' }).click();
  await expect(frame.getByTestId('run-status')).toHaveText(/stopped|done|failed/, { timeout: 30_000 });
  // Stopped by the reader: the badge says so, not "done".
  await expect(frame.getByTestId('run-status')).toHaveText('stopped');
});

test('autostart trains as soon as the frame is ready', async ({ page, baseURL }) => {
  const frame = await postWithFrame(page, baseURL, '/?embed=1&preset=plateau-cut&autostart=1&backend=wasm');
  await expect(frame.getByTestId('run-backend')).toHaveText('wasm', { timeout: 30_000 });
  await expect.poll(async () => Number(await frame.getByTestId('chart-loss').getAttribute('data-points')), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  // On a quiet machine the lesson may already have finished, and Stop is disabled: the run ends done, or stopped by the reader.
  await frame.getByRole('button', { name: 'Stop' }).click({ timeout: 5_000 }).catch(() => undefined);
  await expect(frame.getByTestId('run-status')).toHaveText(/^(done|stopped)$/, { timeout: 30_000 });
});

test('autostart never runs code from a link before the reader accepts it', async ({ page }) => {
  const link = linkFor({ fit: { epochs: 3 }, callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.5' } }] });
  await page.goto(`/?embed=1&autostart=1&backend=wasm#${link}`);
  await expect(page.getByTestId('code-consent')).toContainText('(epoch, lr) => lr * 0.5');
  await expect(page.getByTestId('autostart-waits')).toContainText('runs only after you read it and accept it');
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();

  await page.getByRole('button', { name: 'Accept this code' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
  await expect(page.getByTestId('run-epoch')).toHaveText('3 / 3');
});

test('an unknown lesson says so and still shows a run to train', async ({ page }) => {
  await page.goto('/?embed=1&preset=plateau-cutt&autostart=1');
  await expect(page.getByTestId('embed-problems')).toContainText('There is no lesson called "plateau-cutt". Lessons: plateau-cut,');
  await expect(page.getByTestId('embed-problems')).toContainText('Autostart is off');
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(page.getByTestId('chart-loss')).toBeVisible();
});

test('Copy embed code gives an iframe for the current run, and the frame links back to the full page with it', async ({ page, context }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'Checkpoints that only keep improvements' }).click();
  const setup = await page.getByLabel('Run config').inputValue();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const snippet = await page.getByTestId('embed-code').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/localhost:\d+\/\?embed=1&amp;preset=checkpoints-improve" width="600" height="400" title="Plateau: Checkpoints that only keep improvements" loading="lazy"/);

  const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replaceAll('&amp;', '&');
  const embedded = await context.newPage();
  await embedded.goto(src);
  await expect(embedded.getByTestId('embed-stack')).toContainText("ModelCheckpoint(filepath='best-{epoch:03d}-{val_loss:.4f}.keras', monitor='val_loss', verbose=1, save_best_only=True)");
  const open = embedded.getByRole('link', { name: /Open in Plateau/ });
  await expect(open).toHaveAttribute('target', '_blank');
  const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(full.getByLabel('Run config')).toHaveValue(setup);
  await expect(full.getByRole('button', { name: 'Checkpoints that only keep improvements' })).toHaveAttribute('aria-pressed', 'true');
});

test('an edited run is embedded as a share link, and opens the same run in the frame and on the full page', async ({ page, context }) => {
  const link = linkFor({ fit: { epochs: 4 }, callbacks: [{ type: 'EarlyStopping', params: { patience: 2 } }] });
  await page.goto(`/#${link}`);
  const setup = await page.getByLabel('Run config').inputValue();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const src = (/src="([^"]+)"/.exec(await page.getByTestId('embed-code').inputValue())?.[1] ?? '').replaceAll('&amp;', '&');
  expect(src).toMatch(/\?embed=1#p1\./);

  const embedded = await context.newPage();
  await embedded.goto(src);
  await expect(embedded.getByTestId('embed-stack')).toContainText('EarlyStopping(patience=2)');
  const [full] = await Promise.all([context.waitForEvent('page'), embedded.getByRole('link', { name: /Open in Plateau/ }).click()]);
  await expect(full.getByLabel('Run config')).toHaveValue(setup);
});

test('the frame fits a 390 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/?embed=1&preset=schedule-overrides-plateau');
  await expect(page.getByTestId('chart-loss')).toBeVisible();
  await expect(page.getByTestId('embed-stack')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
