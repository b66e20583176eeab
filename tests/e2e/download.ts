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
