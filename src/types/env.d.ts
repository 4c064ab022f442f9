interface ImportMetaEnv {
  /** True on `astro dev`, false in any build (set by publish/content-checks.ts). */
  readonly EXPLAINER_DEV_SERVER: boolean;
}

interface Window {
  /** How far the reader had scrolled before focus went to the header (scripts/on-first-use.ts). */
  readAt?: number;
}
