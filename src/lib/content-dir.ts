/**
 * The content folder, relative to the project root. Tests and the benchmark
 * build other content (fixtures, a synthetic corpus) through the same code by
 * setting EXPLAINER_CONTENT_DIR; the published site always uses `./content`.
 */
export const contentDir = (process.env.EXPLAINER_CONTENT_DIR ?? './content').replace(/\/+$/, '');
