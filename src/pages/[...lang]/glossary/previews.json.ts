/** /glossary/previews.json (and /uk/glossary/previews.json): each term's definition, for link previews. */
import { previewsRoute } from '../../../publish/previews.ts';
import { editionPaths } from '../../../i18n/editions-routes.ts';

export const getStaticPaths = editionPaths;
export const GET = previewsRoute('glossary');
