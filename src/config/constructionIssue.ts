/**
 * Runs a library object's own constructor checks inside a schema: a
 * KerasError it throws becomes an issue at the parameter it names, so the
 * message is the library's own words.
 */
import type { z } from 'zod';
import { KerasError } from '../callbacks';

export function reportConstructionError(build: () => unknown, ctx: z.RefinementCtx): void {
  try {
    build();
  } catch (error) {
    if (!(error instanceof KerasError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message, path: error.param ? ['params', error.param] : ['params'] });
  }
}
