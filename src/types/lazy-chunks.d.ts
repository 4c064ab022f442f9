// URLs of the modules pages load on first use (src/integrations/lazy-chunks.ts).
declare module 'virtual:lazy-chunks' {
  export const search: string;
  export const highlight: string;
}
