// A node module hook for Vite's `?raw` and `?url` suffixes: `?raw` loads the file's text as the default export, as
// Vite does; `?url` exports the file's URL (the MNIST asset's, which the evaluation never loads; it may not be built).
import { readFile } from 'node:fs/promises';

const SUFFIXES = ['?raw', '?url'];

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const suffix = SUFFIXES.find((each) => specifier.endsWith(each));
  if (!suffix) return nextResolve(specifier, context);
  const bare = specifier.slice(0, -suffix.length);
  if (suffix === '?url') return { url: `${new URL(bare, context.parentURL).href}?url`, format: 'module', shortCircuit: true };
  const resolved = await nextResolve(bare, context);
  return { ...resolved, url: `${resolved.url}?raw`, format: 'module' };
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (url.endsWith('?url')) return { format: 'module', source: `export default ${JSON.stringify(url.slice(0, -'?url'.length))};`, shortCircuit: true };
  if (!url.endsWith('?raw')) return nextLoad(url, context);
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
