import { z } from 'astro/zod';

/** Entry ids are file names and public anchors: lower case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const entryId = z.string().regex(ID_PATTERN, 'use lower-case words joined by hyphens, e.g. "frozen-conflict"');
