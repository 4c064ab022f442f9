/**
 * What the search browser tests of every edition read off a page: the search status once it has settled,
 * the dialog opened with Ctrl+K, and the address of the first result as the query tables write it.
 */
import { vi } from 'vitest';
import type { Page } from 'playwright-core';

export const statusOf = (page: Page, scope = '') =>
  page.locator(`${scope} [role="status"].search-status`.trim()).first();

/** Waits for the search status to settle on an answer matching `answer`, and returns it. */
export async function settledStatus(page: Page, answer: RegExp, scope = ''): Promise<string> {
  // vi.waitFor, not expect.poll: it needs no current test, so concurrent tests can share it.
  return vi.waitFor(
    async () => {
      const status = (await statusOf(page, scope).textContent()) ?? '';
      if (!answer.test(status)) throw new Error(`The search status "${status}" does not match ${answer}`);
      return status;
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** Ctrl+K, then wait until the dialog's box has focus (the dialog loads on first use). */
export async function openDialog(page: Page) {
  await page.keyboard.press('Control+k');
  await page.waitForFunction(
    () => document.activeElement?.matches('dialog[open] input[type="search"]') ?? false,
    undefined,
    { timeout: 10_000 },
  );
}

/** A result address as the tables write it: no base, no ?highlight=, the fragment decoded. */
export const plain = (href: string, base = '/') => {
  const u = new URL(href, 'http://x');
  return `/${u.pathname.slice(base.length)}${decodeURIComponent(u.hash)}`;
};

/** The first result's address; its first section's when the table expects an article section. */
export async function firstResultHref(page: Page, expected: string): Promise<string> {
  const top = page.locator('#search-results > li').first();
  const sectionLink = top.locator('a.sub-result').first();
  const href =
    (await sectionLink.count()) > 0 && expected.includes('#') && expected.includes('/articles/')
      ? await sectionLink.getAttribute('href')
      : await top.locator('a.result-link').getAttribute('href');
  return plain(href!);
}
