import { describe, expect, it } from 'vitest';
import { compareManifest, formatManifestProblems, type AnchorManifest } from '../../src/publish/anchor-manifest.ts';

const manifest = (pages: AnchorManifest['pages'], moved: AnchorManifest['moved'] = {}): AnchorManifest => ({
  pages,
  moved,
});
const site = (o: Record<string, string[]>) => new Map(Object.entries(o));

describe('compareManifest', () => {
  it('accepts a build that keeps every published anchor, and records new ones', () => {
    const r = compareManifest(manifest({ '/glossary/': ['a'] }), site({ '/glossary/': ['a', 'b'], '/new/': ['x'] }));
    expect(r.problems).toEqual([]);
    expect(r.updated.pages).toEqual({ '/glossary/': ['a', 'b'], '/new/': ['x'] });
  });

  it('names the anchor and the page when a published anchor disappears', () => {
    const r = compareManifest(
      manifest({ '/glossary/': ['frozen-conflict', 'line-of-contact'] }),
      site({ '/glossary/': ['line-of-contact'] }),
    );
    expect(r.problems).toEqual([
      { page: '/glossary/', anchor: 'frozen-conflict', problem: expect.stringContaining('does not say where it went') },
    ]);
    expect(formatManifestProblems('content/published-anchors.json', r.problems)).toMatch(
      /#frozen-conflict on \/glossary\/ was published but is gone[\s\S]*Fix: .*"moved"/,
    );
  });

  it('accepts a removed anchor recorded as moved, and keeps the old one in the manifest', () => {
    const r = compareManifest(
      manifest({ '/glossary/': ['old'] }, { '/glossary/#old': '/glossary/#new' }),
      site({ '/glossary/': ['new'] }),
    );
    expect(r.problems).toEqual([]);
    expect(r.redirects).toEqual([
      { from: '/glossary/#old', fromPage: '/glossary/', fromAnchor: 'old', to: '/glossary/#new' },
    ]);
    expect(r.updated.pages['/glossary/']).toEqual(['new', 'old']);
  });

  it('rejects a move to a place the build does not publish', () => {
    const r = compareManifest(manifest({ '/g/': ['old'] }, { '/g/#old': '/g/#missing' }), site({ '/g/': [] }));
    expect(r.problems.map((p) => p.problem)).toEqual([
      expect.stringContaining('/g/#missing'),
      expect.stringContaining('/g/#missing'),
    ]);
  });

  it('handles a page that moved: its anchors follow to the same ids on the new page', () => {
    const r = compareManifest(manifest({ '/old/': ['a'] }, { '/old/': '/new/' }), site({ '/new/': ['a'] }));
    expect(r.problems).toEqual([]);
    expect(r.redirects.map((x) => `${x.from}>${x.to}`)).toEqual(['/old/>/new/', '/old/#a>/new/#a']);
  });

  it('fails when a published page is gone with no move', () => {
    const r = compareManifest(manifest({ '/old/': ['a'] }), site({}));
    expect(r.problems).toEqual([{ page: '/old/', problem: expect.stringContaining('no longer built') }]);
  });
});
