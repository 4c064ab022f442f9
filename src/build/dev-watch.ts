/**
 * What the dev server does not watch: what builds and the benchmark write inside the project (`dist*`, `.bench*`).
 * Watching it (tens of thousands of files after `npm run bench`) held the dev server's start for seconds. The
 * content folder stays watched wherever it is, a benchmark corpus included.
 *
 * Nor its content store in `.astro/`, which Astro watches so as to reload it when another process writes it: the
 * other process is another dev server of this project, on other content (a test's), and its store is not ours.
 * Astro reloads the store at once after writing it itself.
 */
import { devStoreFile } from '../content/store-from-file.ts';

const BUILT = /^(\.bench[^/]*|dist(\.[^/]*)?)(\/|$)/;

/** For Vite's `server.watch.ignored`: both folders as absolute paths ending in `/`. */
export function unwatchedIn(projectPath: string, contentPath: string): (path: string) => boolean {
  const store = devStoreFile(projectPath);
  return (path) =>
    path === store ||
    (path.startsWith(projectPath) &&
      BUILT.test(path.slice(projectPath.length)) &&
      !contentPath.startsWith(`${path}/`) &&
      !path.startsWith(contentPath));
}
