/** Reading a compare setup from pasted JSON, and the user code it carries (shown before it may run). */
import type { CompareConfig } from '../../config/compareConfig';
import { parseVersionedCompareConfig } from '../../config/compareLink';
import { problemsToText } from '../../config/parseResult';

export type LoadedSetup = { ok: true; setup: CompareConfig } | { ok: false; message: string };

export function loadCompareJson(text: string): LoadedSetup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = parseVersionedCompareConfig(raw);
  return parsed.ok ? { ok: true, setup: parsed.value } : { ok: false, message: problemsToText(parsed.problems) };
}

/** Every piece of user code in the variants' stacks, with where it is. */
export function userCodeIn(setup: CompareConfig): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  setup.variants.forEach((variant, index) => {
    variant.config.callbacks.forEach((spec, at) => {
      const params = (spec.params ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(params)) {
        if (typeof value === 'string' && (name === 'source' || name === 'schedule' || name.startsWith('on'))) {
          found.push({ where: `${variant.name || `variant ${index + 1}`} › ${spec.type} #${at + 1} › ${name}`, source: value });
        }
      }
    });
  });
  return found;
}
