import { describe, expect, it } from 'vitest';
import { fitSlide, headlineSize, narrowing, slideTextScale } from '../../../src/lib/charts/fitSlide';

describe('slideTextScale', () => {
	it.each([
		[1024, 768, 1.024],
		[1280, 720, 1.2],
		[1920, 1080, 1.8],
		[3840, 2160, 3.6],
		[800, 500, 1],
		[10000, 8000, 4]
	])('%i×%i → %f', (width, height, scale) => expect(slideTextScale({ width, height })).toBeCloseTo(scale));
});

describe('fitSlide', () => {
	const room = { width: 1920, height: 1080 };
	it.each([
		// A short chart fills the width at the room's scale.
		[{ width: 1800, height: 800 }, 300, room, 1000, 1.8],
		// A tall chart is magnified only as far as the stage's height allows.
		[{ width: 1800, height: 800 }, 600, room, 1000, 800 / 600],
		// Before the chart is measured, the width decides.
		[{ width: 1800, height: 800 }, 0, room, 1000, 1.8],
		// A small stage never lays a chart out narrower than 300 px; it is shrunk instead.
		[{ width: 200, height: 400 }, 100, { width: 400, height: 500 }, 300, 200 / 300]
	])('stage %j, chart %i px tall in %j', (stage, chartHeight, viewport, designWidth, scale) => {
		const fit = fitSlide(stage, chartHeight, viewport);
		expect(fit.designWidth).toBe(designWidth);
		expect(fit.scale).toBeCloseTo(scale);
		if (chartHeight > 0) expect(chartHeight * fit.scale).toBeLessThanOrEqual(stage.height + 0.01);
		expect(fit.designWidth * fit.scale).toBeLessThanOrEqual(stage.width + 0.01);
	});
});

describe('narrowing', () => {
	const room = { width: 1920, height: 1080 };
	it.each([
		[{ designWidth: 1000, scale: 1.8 }, 1],
		[{ designWidth: 1000, scale: 1.75 }, 1],
		[{ designWidth: 1000, scale: 1.35 }, 0.75],
		[{ designWidth: 1000, scale: 0.5 }, 0.6]
	])('%j → %f', (fit, factor) => expect(narrowing(fit, room)).toBeCloseTo(factor));

	it('lays the chart out narrower by that factor', () => {
		expect(fitSlide({ width: 1800, height: 800 }, 0, room, 0.75).designWidth).toBe(750);
	});
});

describe('headlineSize', () => {
	it.each([
		['Short headline', 1000, 48, 48],
		// 100 characters over two lines of 1000 px: 2000 / (100 × 0.66) = 30 px.
		['x'.repeat(100), 1000, 48, 30],
		['x'.repeat(1000), 300, 48, 12]
	])('%s in %i px (base %i) → %i px', (text, width, base, size) => expect(headlineSize(text, width, base)).toBe(size));
});
