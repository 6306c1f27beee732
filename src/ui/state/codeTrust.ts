/**
 * Which code in the editor the user has vouched for: code they typed in the
 * page, accepted after reading, or that came with a lesson. Code that came
 * from elsewhere (a link, a file, pasted JSON) waits for their consent, and
 * editing such code before accepting it does not make it theirs. Trust is
 * kept per source text, so the same code arriving again needs no second
 * consent.
 */
import { carriedCode, type CarriedCode, type CodeCarrier } from '../../config/userCode';

export type TrustedCode = ReadonlySet<string>;

export function withTrusted(trusted: TrustedCode, code: readonly CarriedCode[]): TrustedCode {
  const missing = code.filter((entry) => !trusted.has(entry.source));
  return missing.length === 0 ? trusted : new Set([...trusted, ...missing.map((entry) => entry.source)]);
}

export function unacceptedIn(config: { callbacks: readonly CodeCarrier[] }, trusted: TrustedCode): CarriedCode[] {
  return carriedCode(config).filter((code) => !trusted.has(code.source));
}

/**
 * After the user edits the draft, the code they wrote is theirs: a changed
 * or new code field counts as typed by them, unless it grew out of code
 * still waiting for consent (edited in place, or a duplicated entry).
 */
export function trustAfterEdit(trusted: TrustedCode, before: { callbacks: readonly CodeCarrier[] }, after: { callbacks: readonly CodeCarrier[] }): TrustedCode {
  const previous = new Map(carriedCode(before).map((code) => [code.slot, code.source]));
  const waiting = new Set(unacceptedIn(before, trusted).map((code) => code.source));
  const typed = carriedCode(after).filter((code) => {
    if (trusted.has(code.source)) return false;
    const was = previous.get(code.slot);
    if (was === code.source) return false;
    return was === undefined ? !waiting.has(code.source) : !waiting.has(was);
  });
  return withTrusted(trusted, typed);
}
