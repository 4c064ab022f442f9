interface ImportMetaEnv {
  /** True on `astro dev`, false in any build (set by integrations/site-checks.ts). */
  readonly EXPLAINER_DEV_SERVER: boolean;
}
