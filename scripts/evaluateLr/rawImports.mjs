// Lets node read Vite's `?raw` and `?url` imports (the wages CSV, the MNIST asset's address) as Vite does.
import { register } from 'node:module';

register('./rawImportHook.mjs', import.meta.url);
