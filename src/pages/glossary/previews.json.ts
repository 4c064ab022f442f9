/** /glossary/previews.json: each term's definition, for link previews (lib/entry-previews.ts). */
import { previewsRoute } from '../../lib/entry-previews.ts';

export const GET = previewsRoute('glossary');
