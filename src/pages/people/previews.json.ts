/** /people/previews.json: each person's or body's role, for link previews (publish/previews.ts). */
import { previewsRoute } from '../../publish/previews.ts';

export const GET = previewsRoute('people');
