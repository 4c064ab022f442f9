import type { PageIds } from './built-site.ts';
import { checkLinks } from './link-check.ts';
import { BuildStop } from './build-stop.ts';

/** Every internal link and fragment of the built site resolves, or the build stops listing them. */
export function checkBuiltLinks(out: string, pages: Map<string, PageIds>, base: string): void {
  const broken = checkLinks(out, pages, base);
  if (broken.length === 0) return;
  const list = broken
    .slice(0, 20)
    .map((b) => `  /${b.page}: ${b.href} ${b.problem}`)
    .join('\n');
  throw new BuildStop(
    `Broken links in the built site (${broken.length}):\n${list}\n` +
      '  Fix: correct the link in the content or template that produces it.',
  );
}
