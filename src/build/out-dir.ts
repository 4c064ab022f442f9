/** Where a build writes the site (`npm run build`: its staging folder); tests and the bench give each site its own. */
import { resolve } from 'node:path';

export const OUT_DIR = resolve(process.env.EXPLAINER_OUT_DIR ?? 'dist');
