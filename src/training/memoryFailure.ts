/**
 * A run that runs out of memory (a large CNN, a big batch on 10,000 digits)
 * ends with the reason in words a learner can act on, not a bare "Aborted(OOM)"
 * from wasm or a lost WebGL context. Pure: it reads the message only.
 */

const MEMORY = /out of memory|\bOOM\b|memory\.grow|maximum memory size|array buffer allocation failed|failed to allocate|allocation failed|CONTEXT_LOST|context lost|createBuffer/i;

export function explainMemory(message: string): string {
  if (!MEMORY.test(message)) return message;
  return `Out of memory on this backend (${message}). Try a smaller batch size, fewer filters or units, or fewer digits.`;
}
