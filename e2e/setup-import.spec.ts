import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { RUN_CONFIG_VERSION } from '../src/config/runConfig';

const CUSTOM = 'class Quiet extends Callback {\n  onEpochEnd(epoch, logs) {}\n}';

function setup(overrides: { fit?: object; callbacks?: object[] } = {}): string {
  return JSON.stringify({ v: 1, fit: { epochs: 3, ...overrides.fit }, callbacks: overrides.callbacks ?? [] }, null, 2);
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

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

const stackNames = (page: Page) => page.getByRole('list', { name: 'Callbacks, in the order they run' }).getByRole('heading', { level: 3 });

test('importing a setup file through the picker loads its stack; Export JSON gives a file that imports back', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const file = setup({ callbacks: [{ type: 'EarlyStopping', params: { patience: 2 } }, { type: 'ReduceLROnPlateau', params: { factor: 0.5 } }] });
  await page.getByLabel('Setup JSON file').setInputFiles({ name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(file) });

  await expect(page.getByTestId('file-loaded')).toHaveText('Loaded lesson.json.');
  await expect(stackNames(page)).toHaveText([/^EarlyStopping/, /^ReduceLROnPlateau/]);
  await expect(page.getByTestId('code-consent')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('plateau-setup.json');
  const exported = JSON.parse(await readFile(await saved.path(), 'utf8')) as { v: number; callbacks: { type: string }[] };
  expect(exported.v).toBe(RUN_CONFIG_VERSION);
  expect(exported.callbacks.map((entry) => entry.type)).toEqual(['EarlyStopping', 'ReduceLROnPlateau']);

  const script = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Keras Python' }).click();
  const python = await script;
  expect(python.suggestedFilename()).toBe('plateau_setup.py');
  expect(await readFile(await python.path(), 'utf8')).toContain('ReduceLROnPlateau(');
});

test('a broken file shows its problem at its path, and the setup stays as it was', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A plateau gets its learning rate cut' }).click();
  const before = await page.getByLabel('Run config').inputValue();

  const broken = setup({ callbacks: [{ type: 'EarlyStopping' }, { type: 'ReduceLROnPlateau', params: { factor: 1.5 } }] });
  await page.getByLabel('Setup JSON file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const problems = page.getByTestId('file-problems');
  await expect(problems).toContainText('broken.json was not loaded, so your setup is unchanged');
  await expect(problems).toContainText('callbacks[1].params.factor: ');
  await expect(page.getByLabel('Run config')).toHaveValue(before);

  await page.getByLabel('Setup JSON file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"v": 1, "callbacks": [') });
  await expect(problems).toContainText('cut.json was not loaded');
  await expect(page.getByLabel('Run config')).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('a setup file dropped on the page loads, and its code waits for consent', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const file = setup({ callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.9' } }] });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, file);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });

  await expect(page.getByTestId('file-loaded')).toHaveText('Loaded dropped.json.');
  await expect(stackNames(page)).toHaveText([/^LearningRateScheduler/]);
  const consent = page.getByTestId('code-consent');
  await expect(consent).toContainText('Code from a file');
  await expect(consent).toContainText('(epoch, lr) => lr * 0.9');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await consent.getByRole('button', { name: 'Accept this code' }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('the Keras import box builds the stack from pasted Python and reports the line it could not read', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByText('Import callbacks, fit(...) and the optimizer from Keras Python').click();
  const python = [
    'model.fit(x, y, epochs=5, callbacks=[',
    "    keras.callbacks.ReduceLROnPlateau(monitor='val_loss', factor=0.2, patience=5, min_lr=0.001),",
    "    EarlyStopping('val_loss', 0, 3),",
    '    keras.callbacks.TerminateOnNaN(bogus=1),',
    '])',
  ].join('\n');
  await page.getByLabel('Keras Python').fill(python);
  await page.getByRole('button', { name: 'Build the stack' }).click();

  await expect(stackNames(page)).toHaveText([/^ReduceLROnPlateau/, /^EarlyStopping/]);
  const result = page.getByTestId('keras-import-result');
  await expect(result).toContainText('The stack is now the 2 callbacks read.');
  await expect(result).toContainText('line 4: ');
  await expect(result).toContainText('bogus');
  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { callbacks: { params: Record<string, unknown> }[] };
  expect(json.callbacks[0]?.params).toEqual({ monitor: 'val_loss', factor: 0.2, patience: 5, minLr: 0.001 });
  expect(json.callbacks[1]?.params).toEqual({ monitor: 'val_loss', minDelta: 0, patience: 3 });
  // fit(...)'s epochs came in too; x and y are named as left behind.
  await expect(result).toContainText('From fit(...): epochs.');
  await expect(result).toContainText("line 1: fit's x and y are left out");
  expect((JSON.parse(await page.getByLabel('Run config').inputValue()) as { fit: { epochs: number } }).fit.epochs).toBe(5);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});
