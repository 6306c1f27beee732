/** Pasting a run into the "Run config" JSON field, as a user does, and accepting its code after reading it. */
import { expect, type Page } from '@playwright/test';
import { carriedCode, type CodeCarrier } from '../src/config/userCode';

function codeIn(json: string): string[] {
  const raw = JSON.parse(json) as { callbacks?: CodeCarrier[] };
  return carriedCode({ callbacks: raw.callbacks ?? [] }).map((code) => code.source);
}

/** Fills the field; when the run carries code, the consent shows it and the user accepts it. */
export async function pasteRunConfig(page: Page, json: string): Promise<void> {
  await page.getByLabel('Run config').fill(json);
  const code = codeIn(json);
  if (code.length === 0) return;
  const consent = page.getByTestId('code-consent');
  for (const source of code) await expect(consent).toContainText(source);
  await consent.getByRole('button', { name: 'Accept this code' }).click();
  await expect(consent).toHaveCount(0);
}
