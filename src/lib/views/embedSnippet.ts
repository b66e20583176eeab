/** Escapes text for a double-quoted HTML attribute. */
const attribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The iframe code a reader pastes into another page to show one chart; `src` is an absolute URL. */
export function embedSnippet(src: string, title: string, height = 560): string {
	return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
