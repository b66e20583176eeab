/** Text cut to at most `chars` characters, ending in "…" when cut (one letter is always kept); the full text stays in the tooltip and table. */
export const fitText = (s: string, chars: number) => (s.length <= chars ? s : `${s.slice(0, Math.max(1, chars - 1)).trimEnd()}…`);
