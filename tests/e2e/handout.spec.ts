import { expect, test } from '@playwright/test';

// Six careers with the longest titles in the data (136, 102, 77, 61, 58 and 57 characters), and a common six.
const DECKS = ['careers=29-9098,29-2098,29-1298,29-1228,29-1299,29-9099', 'careers=29-2072,29-9021,29-2033,29-1071,29-1151,11-9111', 'career=29-9098'];

for (const query of DECKS) {
	test(`the handout prints on one Letter page and one A4 page: ${query}`, async ({ page }) => {
		await page.goto(`/handout?${query}`);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await page.waitForLoadState('networkidle');
		for (const format of ['Letter', 'A4']) {
			const pdf = (await page.pdf({ format })).toString('latin1');
			// Each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
			expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, format).toBe(1);
		}
	});
}
