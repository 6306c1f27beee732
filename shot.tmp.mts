import { chromium } from '@playwright/test';
const [,, query = '', out = '/tmp/fh/shot.png', width = '1280', height = '800', wait = 'done'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-quic'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://localhost:4278/${query}`);
const train = page.getByRole('button', { name: 'Train', exact: true });
await train.waitFor();
if (wait !== 'none') {
  await train.click();
  await page.waitForFunction(() => /done|failed|stopped/.test(document.querySelector('.run-status, [data-testid="run-status"]')?.textContent ?? ''), undefined, { timeout: 120000 }).catch(() => {});
  await page.waitForTimeout(2500);
}
await page.screenshot({ path: out, fullPage: true });
const texts = await page.evaluate(() => [...document.querySelectorAll('[data-testid^="chart-"]')].map((c) => c.getAttribute('data-testid') + ': ' + [...c.querySelectorAll('.recharts-cartesian-axis-tick-value, text')].map((t) => t.textContent).join('|')));
console.log(texts.join('\n'));
await browser.close();
