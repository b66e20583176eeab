/** How large a slide's chart is laid out and drawn, so the whole chart (title to source line) fits the stage. */
export interface SlideFit {
	/** Width in CSS px the chart lays itself out at. */
	designWidth: number;
	/** Magnification of the laid-out chart: its 11–13 px text is drawn at that many times the size. */
	scale: number;
}

/** Text magnification a room needs from its screen size: 1 at 1000×600, 1.8 at 1920×1080, 3.6 at 3840×2160. */
export const slideTextScale = (viewport: { width: number; height: number }) =>
	Math.min(4, Math.max(1, Math.min(viewport.width / 1000, viewport.height / 600)));

/**
 * The chart is laid out for the stage's width divided by the room's text scale, then magnified to fill the stage;
 * when the laid-out chart is taller than the stage allows, it is magnified less, so it never scrolls or is cut off.
 * `chartHeight` is the laid-out height (0 before it is measured).
 */
export function fitSlide(stage: { width: number; height: number }, chartHeight: number, viewport: { width: number; height: number }, narrow = 1): SlideFit {
	const target = slideTextScale(viewport);
	const designWidth = Math.max(300, Math.floor((stage.width / target) * narrow));
	const byWidth = stage.width / designWidth;
	const byHeight = chartHeight > 0 && stage.height > 0 ? stage.height / chartHeight : byWidth;
	return { designWidth, scale: Math.max(0.1, Math.min(byWidth, byHeight)) };
}

/**
 * How much narrower to lay a height-limited chart out (a chart's height grows with its width), so it is magnified
 * closer to the room's scale: 1 when the width already decides, never below 0.6.
 */
export function narrowing(fit: SlideFit, viewport: { width: number; height: number }): number {
	const target = slideTextScale(viewport);
	return fit.scale >= target * 0.95 ? 1 : Math.max(0.6, fit.scale / target);
}

/**
 * Font size in px for a headline that must keep to two lines across `width`: the room's size, smaller for a long
 * text. `em` is a generous average glyph width of bold sans-serif type, in em.
 */
export function headlineSize(text: string, width: number, base: number, em = 0.66): number {
	const fits = (2 * width) / (Math.max(1, text.length) * em);
	return Math.max(12, Math.min(base, Math.floor(fits)));
}
