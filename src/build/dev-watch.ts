/**
 * What the dev server does not watch: what builds and the benchmark write inside the project (`dist*`, `.bench*`).
 * Watching it (tens of thousands of files after `npm run bench`) held the dev server's start for seconds. The
 * content folder stays watched wherever it is, a benchmark corpus included.
 */
const BUILT = /^(\.bench[^/]*|dist(\.[^/]*)?)(\/|$)/;

/** For Vite's `server.watch.ignored`: both folders as absolute paths ending in `/`. */
export function unwatchedIn(projectPath: string, contentPath: string): (path: string) => boolean {
  return (path) =>
    path.startsWith(projectPath) &&
    BUILT.test(path.slice(projectPath.length)) &&
    !contentPath.startsWith(`${path}/`) &&
    !path.startsWith(contentPath);
}
