// Lets node read Vite's `?raw` imports (the wages CSV) as Vite does: the file's text as the default export.
import { register } from 'node:module';

register('./rawImportHook.mjs', import.meta.url);
