// URLs of the modules pages load on first use (src/publish/lazy-chunks.ts).
declare module 'virtual:lazy-chunks' {
  export const search: string;
  export const highlight: string;
  export const uk: string;
  export const previews: string;
  export const copyLink: string;
  export const place: string;
}
