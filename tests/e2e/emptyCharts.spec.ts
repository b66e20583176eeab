import { expect, test } from '@playwright/test';

/** A filter that matches nothing: each explorer chart says so in words, with no empty axes and no download of nothing. */
for (const chart of ['pay', 'growth'] as const) {
	test(`/explore, ${chart} chart: no match gives a sentence, not an empty frame`, async ({ page }) => {
		await page.goto(`/explore?q=zzqqxx&chart=${chart}`);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		const figure = page.locator(`figure#explore-${chart}`);
		await expect(figure).toContainText('No occupations match these filters: widen or clear one to chart them.');
		await expect(figure.locator('svg[role="img"]')).toHaveCount(0);
		await expect(figure.getByRole('button', { name: /^Download/ })).toHaveCount(0);
		await expect(figure).not.toContainText('. .');
		await expect(page.locator('main')).not.toContainText('NaN');
	});
}
