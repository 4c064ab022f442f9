/** /people/previews.json: each person's or body's role, for link previews (lib/entry-previews.ts). */
import { previewsRoute } from '../../lib/entry-previews.ts';

export const GET = previewsRoute('people');
