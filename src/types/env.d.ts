interface ImportMetaEnv {
  /** True on `astro dev`, false in any build (set by publish/site-checks.ts). */
  readonly EXPLAINER_DEV_SERVER: boolean;
}
