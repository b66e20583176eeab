/**
 * Width charts are laid out at before the browser measures them (prerender and first paint).
 * Phone-first: the content width of a 412 px phone, so on phones the prerendered drawing already
 * fits and needs no visible re-layout; wider screens re-lay out once after measuring.
 */
export const PRERENDER_WIDTH = 346;
