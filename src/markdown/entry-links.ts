/**
 * Links from Markdown to other entries: `[words](glossary:frozen-conflict)`,
 * `[words](people:marco-rubio)`, `[words](timeline:london-talks)`,
 * `[words](article:the-story-in-brief#why-london)`, a row of the source
 * comparison `[words](compare:sanctions)` and a track on the map of the talks
 * `[words](track:london)`.
 */
import { LINK_KINDS, type LinkKind } from '../content/content-index.ts';

export interface EntryLink {
  kind: LinkKind;
  id: string;
  /** Fragment without `#`, only for article links to a section. */
  hash?: string;
}

const ENTRY_URL = new RegExp(`^(${LINK_KINDS.join('|')}):([^#\\s]*)(?:#(.*))?$`);

/** Parses an entry link URL; `undefined` for ordinary URLs. */
export function parseEntryLink(url: string): EntryLink | undefined {
  const m = ENTRY_URL.exec(url);
  if (!m) return undefined;
  return { kind: m[1] as LinkKind, id: m[2], hash: m[3] || undefined };
}
