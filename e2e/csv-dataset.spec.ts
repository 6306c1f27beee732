import { expect, test, type Page } from '@playwright/test';

/** A learner's table: two measurements, a text column, a class to predict, and a few gaps. */
function penguins(rows = 240): string {
  const lines = ['bill_mm,mass_g,island,species'];
  for (let i = 0; i < rows; i++) {
    const adelie = i % 2 === 0;
    const bill = (adelie ? 38 : 48) + ((i * 7) % 10) * 0.4;
    const mass = (adelie ? 3700 : 4900) + ((i * 13) % 10) * 40;
    lines.push(`${i % 40 === 5 ? 'NA' : bill.toFixed(1)},${mass},${['Biscoe', 'Dream', 'Torgersen'][i % 3]},${adelie ? 'Adelie' : 'Gentoo'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function chooseCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Dataset').selectOption({ label: 'Your CSV file…' });
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a learner uploads a CSV, sees what Plateau made of it, and trains on it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?backend=wasm');
  await chooseCsv(page, 'penguins.csv', penguins());

  await expect(page.getByTestId('csv-preview')).toContainText('First 5 of 240 rows');
  await expect(page.getByTestId('csv-preview').locator('th.csv-target')).toHaveText('species');
  const summary = page.getByTestId('csv-summary');
  await expect(summary).toContainText('Classification with 2 classes of "species": Adelie, Gentoo.');
  await expect(summary).toContainText('3 feature columns, 5 model inputs (text one-hot encoded: island → 3)');
  await expect(summary).toContainText('6 of 240 rows dropped for a missing value (bill_mm 6); 234 rows used.');

  // The learner leaves out a column; the setup follows.
  await page.getByRole('checkbox', { name: /^island/ }).uncheck();
  await expect(summary).toContainText('2 feature columns, 2 model inputs;');
  await expect(page.getByLabel('Run config')).toHaveValue(/"features": \[\s*"bill_mm",\s*"mass_g"\s*\]/);

  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('15');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 15 epochs', { timeout: 90_000 });
  expect(Number(/val_accuracy ([\d.]+)/.exec((await page.getByTestId('run-metric').textContent()) ?? '')?.[1])).toBeGreaterThan(0.9);
});

test('bad files get a clear message in the form, and the setup stays as it was', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const cases: [string, string, RegExp][] = [
    ['empty.csv', '', /empty\.csv: the file is empty\. The run still trains on Two spirals\./],
    ['one.csv', 'a,b\n1,2\n', /the file has 1 row of data under its header; Plateau needs at least 10/],
    ['words.csv', `name,colour\n${'ann,red\n'.repeat(12)}`, /no column holds numbers/],
    ['same.csv', `x,label\n${Array.from({ length: 12 }, (_, i) => `${i},yes`).join('\n')}`, /the target "label" has only one value \("yes"\)/],
    ['gaps.csv', `x,y,label\n${Array.from({ length: 20 }, (_, i) => `${i},${i % 5 < 2 ? '' : i},${i % 2}`).join('\n')}`, /column "y" is missing in 40 % of the rows/],
  ];
  const before = await page.getByLabel('Run config').inputValue();
  for (const [name, text, message] of cases) {
    await chooseCsv(page, name, text);
    await expect(page.getByTestId('csv-problem')).toHaveText(message);
    expect(await page.getByLabel('Run config').inputValue()).toBe(before);
  }
  // A byte-order mark and mixed line endings are read as a plain table.
  const mixed = Array.from({ length: 12 }, (_, i) => `${i},${i % 2}${i % 3 ? '\n' : '\r\n'}`).join('');
  await chooseCsv(page, 'bom.csv', `\uFEFFx,label\r\n${mixed}`);
  await expect(page.getByTestId('csv-summary')).toContainText('Classification with 2 classes of "label": 0, 1.');
  await expect(page.getByTestId('csv-problem')).toHaveCount(0);
});

test('a CSV dropped on the page opens in the dataset form', async ({ page }) => {
  await page.goto('/?backend=wasm');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, penguins(40));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(page.getByTestId('csv-summary')).toContainText('Classification with 2 classes of "species"');
  await expect(page.getByLabel('Run config')).toHaveValue(/"name": "dropped.csv"/);
});

test('a share link says when the file is too big to carry, and the page it opens asks for the file again', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?backend=wasm');
  // Numbers that do not compress well: the link would pass 16 KB.
  const text = ['a,b,label', ...Array.from({ length: 2000 }, (_, i) => `${Math.sin(i * 7.1).toFixed(6)},${Math.cos(i * 3.3).toFixed(6)},${i % 2}`)].join('\n');
  await chooseCsv(page, 'big.csv', text);
  await expect(page.getByTestId('csv-summary')).toContainText('Classification with 2 classes');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByTestId('share-link-omitted')).toContainText('big.csv (');
  await expect(page.getByTestId('share-link-omitted')).toContainText('is too big to carry in a link');
  const url = page.url();

  const opened = await context.newPage();
  await opened.goto(url);
  await expect(opened.getByTestId('csv-awaiting')).toContainText('This setup trains on big.csv');
  await expect(opened.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await opened.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(opened.getByTestId('csv-summary')).toContainText('Classification with 2 classes of "label"');
  await expect(opened.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});
