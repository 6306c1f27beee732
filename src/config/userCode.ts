/**
 * The user-written code a run carries (schedules, Lambda hooks, custom
 * callbacks). Code that arrives in a link or a file is shown to the user
 * and runs only after they accept it (DESIGN.md §4).
 */

export interface CarriedCode {
  /** Where the code sits, as the page names it: "callbacks[1] LearningRateScheduler". */
  where: string;
  /** The entry and parameter holding it ("cb2.schedule"), stable while entries move. */
  slot: string;
  source: string;
}

/** A stack entry as a config or a page draft holds it; the draft's may not be valid yet. */
export interface CodeCarrier {
  id?: string;
  type: string;
  params?: object;
}

/** The parameters that hold code, per callback type; a LambdaCallback's hooks are all code. */
function codeParams(type: string, params: object): string[] {
  if (type === 'LearningRateScheduler') return ['schedule'];
  if (type === 'CustomCallback') return ['source'];
  if (type === 'LambdaCallback') return Object.keys(params);
  return [];
}

export function carriedCode(config: { callbacks: readonly CodeCarrier[] }): CarriedCode[] {
  const found: CarriedCode[] = [];
  config.callbacks.forEach((spec, index) => {
    const params = (spec.params ?? {}) as Record<string, unknown>;
    const where = `callbacks[${index}] ${spec.type}`;
    for (const name of codeParams(spec.type, params)) {
      const source = params[name];
      if (typeof source !== 'string' || source === '') continue;
      found.push({ where: spec.type === 'LambdaCallback' ? `${where}.${name}` : where, slot: `${spec.id ?? index}.${name}`, source });
    }
  });
  return found;
}
