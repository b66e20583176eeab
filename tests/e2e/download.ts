/** Downloading from a chart's "Download" menu and reading the file back, for specs that check exports. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';

/** Opens a chart's (or table's) Download menu, picks an item and returns the saved file. */
export async function download(page: Page, scope: Locator, item: string) {
	const toggle = scope.getByRole('button', { name: /^Download/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	const [file] = await Promise.all([page.waitForEvent('download'), scope.locator(`[data-export="${item}"]`).click()]);
	const bytes = await readFile((await file.path())!);
	return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** The rows of a downloaded CSV, keyed by column, without the byte-order mark. */
export const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** The header of every chart and table export, as data/README.md documents it (the long wage format plus context). */
export const EXPORT_HEADER = [
	'source_id', 'release', 'area_code', 'area', 'area_type', 'naics', 'industry', 'own_code', 'soc', 'occupation',
	'level', 'statistic', 'unit', 'value', 'status', 'source', 'chart', 'note'
];

/** The wage statistics of a pay-range export, one row each per career, in this order. */
export const PAY_RANGE_ROWS = ['p10', 'p25', 'median', 'p75', 'p90'];
