/** /glossary/previews.json: each term's definition, for link previews (publish/previews.ts). */
import { previewsRoute } from '../../publish/previews.ts';

export const GET = previewsRoute('glossary');
