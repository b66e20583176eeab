import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/lib/views/embedSnippet';

describe('embedSnippet', () => {
	it('is one iframe with the URL, a title, full width and no border', () => {
		expect(embedSnippet('https://example.org/embed/pay/?careers=29-2072,29-2033', 'Pay range')).toBe(
			'<iframe src="https://example.org/embed/pay/?careers=29-2072,29-2033" title="Pay range" width="100%" height="560" style="border:0" loading="lazy"></iframe>'
		);
	});

	it('escapes attribute text', () => {
		const code = embedSnippet('https://example.org/embed/pay/?a=1&b="x"', 'A "quoted" <title>');
		expect(code).toContain('src="https://example.org/embed/pay/?a=1&amp;b=&quot;x&quot;"');
		expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
	});
});
