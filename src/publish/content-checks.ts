/**
 * Refuses to build from broken content. Before Astro reads content it runs the whole content check; before pages
 * are built it stops on errors recorded while content rendered. The written site is checked by site-checks.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { stopBuild } from './build-stop.ts';
import { contentReport, renderedContentReport, startBuildContentCheck } from './check-content.ts';
import type { ContentError } from '../content/content-error.ts';
import { forgetRendered } from '../markdown/prerendered.ts';
import { tidyBodyPacks } from '../markdown/bodies-apart.ts';
import { saveContentFiles } from '../content/content-file.ts';
import { buildStoreFile, devStoreFile } from '../content/store-from-file.ts';
import { prepareBodyCheck } from '../content/check-bodies.ts';

export function contentChecks(options: { contentDir: string }): AstroIntegration {
  let contentStore: string | undefined;
  // The bodies' part of the content check, running on while content syncs.
  let bodies: Promise<ContentError[]> | undefined;
  return {
    name: 'explainer-content-checks',
    hooks: {
      // Before Astro reads any content: the whole content check, every error at once.
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // Pages and routes that behave differently on the dev server ask this, not NODE_ENV
        // (which test runners set to "test" for a real build).
        updateConfig({
          vite: { define: { 'import.meta.env.EXPLAINER_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
        contentStore = buildStoreFile(fileURLToPath(config.cacheDir));
        // The build's store and the dev server's share the packs: each keeps what the other names. A build leaves
        // the dev server's store alone: it may be another cache folder's, as a test's build beside an editor's.
        const devStore = devStoreFile(fileURLToPath(config.root));
        if (command === 'dev') tidyBodyPacks({ own: [contentStore, devStore] });
        else tidyBodyPacks({ own: [contentStore], others: [devStore] });
        if (command === 'build') {
          prepareBodyCheck(options.contentDir, fileURLToPath(config.cacheDir));
          // Bodies that passed in the last build and have not changed are not checked again; the others are
          // rendered as they are checked, on every core, while Astro syncs content and takes each rendering.
          const check = await startBuildContentCheck(options.contentDir, {
            cacheDir: fileURLToPath(config.cacheDir),
            render: { base: config.base },
          });
          // What was read of each file, for the next build (astro.config.mjs).
          saveContentFiles();
          if (check.report) stopBuild(check.report);
          bodies = check.bodies;
          // Awaited when the build starts; a failure meanwhile is not an unhandled rejection.
          bodies.catch(() => {});
        } else {
          // The dev server shows them on every page until they are fixed (src/middleware.ts).
          const report = await contentReport(options.contentDir, { outcome: 'pages show them until they are fixed' });
          if (report) logger.error(report);
        }
      },
      // Content is rendered (and any content error recorded) before the build starts.
      'astro:build:start': async () => {
        const checked = (await bodies) ?? [];
        forgetRendered();
        const report = renderedContentReport(contentStore, checked);
        if (report) stopBuild(report);
      },
    },
  };
}
