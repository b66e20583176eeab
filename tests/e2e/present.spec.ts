import { expect, test, type Page } from '@playwright/test';

// Projector and screen sizes an advisor meets; every slide must fit with no scrolling, for one career and for six.
const SIZES = [
	[1024, 768],
	[1280, 720],
	[1280, 800],
	[1366, 768],
	[1920, 1080],
	[3840, 2160]
] as const;
// Two careers: the trend's longest end label ("Nuclear Medicine Technologists") sets its right margin.
const DECKS = ['/present?careers=29-2072', '/present?careers=29-2072,29-2033', '/present?careers=29-2072,29-9021,29-2033,29-1071,29-1151,11-9111'];
const SLIDES = 5;

/** What a slide measures: page height, where the chart and its source line end, headline lines, the smallest chart text. */
function measure(page: Page) {
	return page.evaluate(() => {
		const figure = document.querySelector('.stage figure.chart')!;
		const svg = figure.querySelector('svg[role="img"]')!.getBoundingClientRect();
		const source = figure.querySelector('.chart-source')!.getBoundingClientRect();
		const headline = document.querySelector('.headline')!;
		const lineHeight = parseFloat(getComputedStyle(headline).fontSize) * 1.15;
		const scale = svg.width / (figure.querySelector('svg[role="img"]') as SVGSVGElement).viewBox.baseVal.width;
		const ticks = [...figure.querySelectorAll('svg[role="img"] text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
		// How far any chart text runs past the stage, which cuts off what lies outside it (0 when none does).
		const stage = document.querySelector('.stage')!.getBoundingClientRect();
		const cut = [...figure.querySelectorAll('svg[role="img"] text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
		const textPastStage = Math.max(0, ...cut.map((r) => Math.max(r.right - stage.right, stage.left - r.left)));
		return {
			slide: (document.querySelector('[data-slide]') as HTMLElement).dataset.slide,
			scrollHeight: document.documentElement.scrollHeight,
			scrollWidth: document.documentElement.scrollWidth,
			chart: { top: svg.top, left: svg.left, right: svg.right, bottom: svg.bottom },
			sourceBottom: source.bottom,
			headlineLines: headline.getBoundingClientRect().height / lineHeight,
			smallestText: Math.min(...ticks),
			textPastStage
		};
	});
}

for (const [width, height] of SIZES) {
	test(`every slide fits ${width}×${height} without scrolling or cutting off chart text, for one, two and six careers`, async ({ page }) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width, height });
		for (const deck of DECKS) {
			await page.goto(deck);
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			for (let i = 0; i < SLIDES; i++) {
				await expect(page.locator('[data-slide-counter]')).toContainText(`Slide ${i + 1} of ${SLIDES}`);
				// The trend slide draws once every release is in (fetched after the deck mounts).
				await expect(page.locator('.stage figure.chart svg[role="img"]')).toBeVisible();
				// The chart is measured and magnified (and perhaps laid out narrower) after it appears: judge it once it rests.
				const m = await settled(page);
				const where = `${deck}, slide ${i + 1} (${m.slide})`;
				expect(m.scrollHeight, where).toBeLessThanOrEqual(height);
				expect(m.scrollWidth, where).toBeLessThanOrEqual(width);
				expect(m.chart.top, where).toBeGreaterThanOrEqual(0);
				expect(m.chart.left, where).toBeGreaterThanOrEqual(0);
				expect(m.chart.right, where).toBeLessThanOrEqual(width);
				expect(m.chart.bottom, where).toBeLessThanOrEqual(height);
				expect(m.sourceBottom, where).toBeLessThanOrEqual(height);
				expect(m.headlineLines, where).toBeLessThanOrEqual(2.1);
				expect(m.textPastStage, `${where}: chart text cut off at the stage's edge`).toBeLessThanOrEqual(0.5);
				if (width === 1920) expect(m.smallestText, where).toBeGreaterThanOrEqual(18);
				await page.keyboard.press('ArrowRight');
			}
		}
	});
}

/** The measurement once three reads in a row, 200 ms apart, agree. */
async function settled(page: Page) {
	const reads: string[] = [];
	for (let i = 0; i < 30; i++) {
		reads.push(JSON.stringify(await measure(page)));
		if (reads.length >= 3 && reads.slice(-3).every((r) => r === reads[reads.length - 1])) break;
		await page.waitForTimeout(200);
	}
	return JSON.parse(reads[reads.length - 1]) as Awaited<ReturnType<typeof measure>>;
}

test('the full-screen button says what it does, and Esc leaves full screen before the presentation', async ({ page }) => {
	await page.goto('/present?careers=29-2072,29-2033');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const button = page.getByRole('button', { name: 'Enter full screen' });
	await expect(button).toBeVisible();
	await button.click();
	await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Enter full screen' })).toBeVisible();
	await expect(page).toHaveURL(/\/present/);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/compare\/?\?careers=29-2072,29-2033$/);
});
