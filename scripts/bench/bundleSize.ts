/**
 * Gzip sizes of what a first visit loads: an entry chunk plus everything it
 * imports statically (transitively); dynamic `import()`s are left out, as a
 * browser fetches them only when they run. Imports are read from the built
 * JavaScript itself (acorn), so worker chunks, which the Vite manifest lists
 * only as assets, are measured the same way as the page's entry.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  src?: string;
  assets?: string[];
}

export interface BundleSize {
  gzipKB: number;
  files: string[];
}

function staticImports(source: string): string[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const found: string[] = [];
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') found.push(String(node.source.value));
    else if (node.type === 'ExportNamedDeclaration' && node.source) found.push(String(node.source.value));
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** The chunk `file` (relative to `outDir`) and its static imports, gzip-compressed one by one (kB = 1000 bytes, as Vite prints). */
export function bundleSize(outDir: string, file: string): BundleSize {
  const seen = new Set<string>();
  const pending = [normalize(file)];
  let bytes = 0;
  while (pending.length > 0) {
    const current = pending.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const source = readFileSync(join(outDir, current));
    bytes += gzipSync(source).length;
    for (const specifier of staticImports(source.toString('utf8'))) {
      pending.push(relative(outDir, join(outDir, dirname(current), specifier)));
    }
  }
  return { gzipKB: bytes / 1000, files: [...seen] };
}

export interface AppBundles {
  main: BundleSize;
  worker: BundleSize;
}

/** The app page's entry (index.html) and the training worker it starts. */
export function appBundles(outDir: string): AppBundles {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const entry = Object.values(manifest).find((item) => item.isEntry && item.src === 'index.html');
  if (!entry) throw new Error('the Vite manifest has no index.html entry');
  const workerFile = Object.values(manifest)
    .flatMap((item) => item.assets ?? [])
    .find((asset) => /training\.worker-[^/]*\.js$/.test(asset));
  if (!workerFile) throw new Error('the Vite manifest lists no training.worker chunk');
  return { main: bundleSize(outDir, entry.file), worker: bundleSize(outDir, workerFile) };
}
