/** What a link's address may begin with in content, as the link checks of the Markdown plugins read it. */

/** An address that runs script or carries data: refused in any link. */
export const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

/** `kind:id`, as an entry link is written. */
export const ENTRY_LIKE = /^([a-z]+):(?!\/\/)/;

/** The schemes of the addresses a link may hold instead of an entry link's. */
export const WEB_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
