import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

const stack = (page: Page) => page.getByRole('list', { name: 'Callbacks, in the order they run' });
const cardTitles = (page: Page) => stack(page).getByRole('heading', { level: 3 });

test('assemble a stack with the forms: a bad factor is refused at the field and blocks Train until fixed', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled();

  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'ReduceLROnPlateau' }).click();
  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'EarlyStopping' }).click();
  await expect(cardTitles(page)).toHaveText([/^ReduceLROnPlateau/, /^EarlyStopping/]);

  // Keras's name, Keras's default, and its docs.
  const factor = page.getByLabel('factor', { exact: true });
  await expect(factor).toHaveAttribute('placeholder', '0.1');
  await expect(page.getByRole('link', { name: 'Keras docs for ReduceLROnPlateau' })).toHaveAttribute('href', 'https://keras.io/api/callbacks/reduce_lr_on_plateau/');

  // monitor offers the metrics this model logs.
  const monitor = page.locator('#cb1-monitor');
  await expect(monitor.locator('option')).toHaveText(['val_loss', 'val_accuracy', 'loss', 'accuracy', 'other…']);
  await monitor.selectOption('val_accuracy');

  await factor.fill('1.5');
  await expect(factor).toHaveAttribute('aria-invalid', 'true');
  const error = page.getByTestId('cb1-factor-error');
  await expect(error).toContainText('ReduceLROnPlateau does not support a factor >= 1.0');
  await expect(factor).toHaveAttribute('aria-describedby', /cb1-factor-error/);
  await expect(train).toBeDisabled();
  await expect(page.getByTestId('train-blocked')).toContainText('Fix 1 problem: ReduceLROnPlateau › factor');

  await page.getByLabel('patience', { exact: true }).last().fill('3');
  await factor.fill('0.5');
  await expect(error).toHaveCount(0);
  await expect(train).toBeEnabled();
  await expect(page.getByTestId('train-blocked')).toHaveCount(0);

  // The JSON view shows the stack as it will run.
  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { callbacks: { type: string; params: object }[] };
  expect(json.callbacks.map((entry) => [entry.type, entry.params])).toEqual([
    ['ReduceLROnPlateau', { monitor: 'val_accuracy', factor: 0.5 }],
    ['EarlyStopping', { patience: 3 }],
  ]);
  expect(errors).toEqual([]);
});

test('reorder from the keyboard: Alt+↑ and the move buttons, announced', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const palette = page.getByRole('group', { name: 'Add a callback' });
  await palette.getByRole('button', { name: 'ReduceLROnPlateau' }).click();
  await palette.getByRole('button', { name: 'EarlyStopping' }).click();
  await palette.getByRole('button', { name: 'TerminateOnNaN' }).click();

  await page.getByLabel('raiseError').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cardTitles(page)).toHaveText([/^ReduceLROnPlateau/, /^TerminateOnNaN/, /^EarlyStopping/]);
  await expect(page.getByTestId('stack-announcement')).toHaveText('TerminateOnNaN moved to position 2 of 3.');
  // Focus stays on the field, so the key can be pressed again.
  await expect(page.getByLabel('raiseError')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cardTitles(page)).toHaveText([/^TerminateOnNaN/, /^ReduceLROnPlateau/, /^EarlyStopping/]);

  await page.getByRole('button', { name: 'Move ReduceLROnPlateau down' }).click();
  await expect(cardTitles(page)).toHaveText([/^TerminateOnNaN/, /^EarlyStopping/, /^ReduceLROnPlateau/]);

  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { callbacks: { type: string }[] };
  expect(json.callbacks.map((entry) => entry.type)).toEqual(['TerminateOnNaN', 'EarlyStopping', 'ReduceLROnPlateau']);

  await page.getByRole('button', { name: 'Duplicate EarlyStopping' }).click();
  await page.getByRole('button', { name: 'Remove TerminateOnNaN' }).click();
  await expect(cardTitles(page)).toHaveText([/^EarlyStopping/, /^EarlyStopping/, /^ReduceLROnPlateau/]);
});

test('a schedule with a syntax error is shown at its line and blocks Train', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('group', { name: 'Add a callback' }).getByRole('button', { name: 'LearningRateScheduler' }).click();
  const editor = page.getByTestId('cb1-schedule-editor');
  await expect(editor).toHaveAttribute('data-loaded', 'true');
  const presets = page.getByRole('group', { name: 'schedule presets' });
  await presets.getByRole('button', { name: 'Warm-up' }).click();
  await expect(editor.locator('.cm-content')).toContainText('warmupEpochs');

  // Break line 3 of the warm-up preset.
  await editor.locator('.cm-line').nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' +* 2');
  const syntax = page.getByTestId('cb1-schedule-syntax-error');
  await expect(syntax).toContainText('Line 3:');
  await expect(editor.locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await expect(page.getByTestId('train-blocked')).toContainText('LearningRateScheduler › schedule');

  await presets.getByRole('button', { name: 'Keras docs example' }).click();
  await expect(syntax).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});
