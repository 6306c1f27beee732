/** Reads an LR Coach memory (a file, an IndexedDB record): the memory, or each problem with its field. */
import type { CoachMemory } from '../callbacks';
import { coachMemorySchema } from './coachMemorySchema';
import { parseWith, type ParseResult } from './parseResult';

export function parseCoachMemory(raw: unknown): ParseResult<CoachMemory> {
  return parseWith(coachMemorySchema, raw, Object.keys(coachMemorySchema.shape));
}
