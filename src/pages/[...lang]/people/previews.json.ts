/** /people/previews.json (and /uk/people/previews.json): each person's or body's role, for link previews. */
import { previewsRoute } from '../../../publish/previews.ts';
import { editionPaths } from '../../../i18n/editions-routes.ts';

export const getStaticPaths = editionPaths;
export const GET = previewsRoute('people');
