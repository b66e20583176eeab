import { estimateWidth, wrapText } from './wrapText';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Fonts every system has: a downloaded image must not depend on the page's fonts. */
export const IMAGE_FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";
/** Computed styles copied onto every element, so the file looks like the screen without the stylesheet. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'text-decoration-line',
	'visibility'
];
/** Attributes that only mean something on the live page. */
const DROP_ATTRIBUTES = /^(on|aria-|data-|tabindex$|class$|role$)/;
const PAD = 16;
const COLORS = { text: '#1b1b1b', muted: '#4d4d4d', background: '#ffffff' };

/** A chart as a standalone SVG document and its size in CSS pixels (the size of a 1× PNG). */
export interface ChartImage {
	svg: string;
	width: number;
	height: number;
}

/** Copies each element's computed style into a style attribute of its clone (same tree, same order). */
function inlineStyles(original: Element, clone: Element) {
	const originals = [original, ...original.querySelectorAll('*')];
	const clones = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const copy = clones[i];
		const cs = getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).filter((d) => !d.endsWith(':'));
		for (const name of copy.getAttributeNames()) if (DROP_ATTRIBUTES.test(name)) copy.removeAttribute(name);
		copy.setAttribute('style', [...style, `font-family:${IMAGE_FONT}`].join(';'));
	});
}

/** Text of the figure's extra parts (legend, notes) that sit between the drawing and the summary. */
function legendLines(figure: Element): string[] {
	const skip = (el: Element) => el.matches('.chart-head, .canvas, .chart-summary, details, figcaption, .chart-actions, script, style');
	const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
	// A list keeps one line per item; a legend laid out in a row reads as one line with separators.
	return [...figure.children]
		.filter((el) => !skip(el))
		.flatMap((el) => {
			const lines = ((el as HTMLElement).innerText ?? el.textContent ?? '').split('\n').map(clean).filter(Boolean);
			return el.matches('ul, ol') ? lines : [lines.join(' · ')];
		})
		.filter(Boolean);
}

function textMeasurer(size: number, weight: number): (s: string) => number {
	const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return estimateWidth(size);
	ctx.font = `${weight} ${size}px ${IMAGE_FONT}`;
	return (s) => ctx.measureText(s).width;
}

/**
 * Serializes a chart's `<figure>` (as ChartFrame draws it) to a standalone SVG: the title, subtitle, the drawing
 * with computed styles inlined, the legend and notes, the summary and the source line, wrapped to the width.
 */
export function chartSvg(figure: Element): ChartImage {
	const drawing = figure.querySelector('svg[role="img"]') as SVGSVGElement | null;
	if (!drawing) throw new Error('This chart has no drawing to save.');
	const box = drawing.viewBox.baseVal;
	const chartWidth = Math.ceil(box?.width || drawing.getBoundingClientRect().width);
	const chartHeight = Math.ceil(box?.height || drawing.getBoundingClientRect().height);
	const width = chartWidth + 2 * PAD;
	const inner = chartWidth;

	const root = document.createElementNS(SVG_NS, 'svg');
	const parts: Element[] = [];
	let y = PAD;
	const block = (text: string, size: number, weight: number, color: string, gapAfter: number) => {
		const lines = wrapText(text, inner, textMeasurer(size, weight));
		for (const line of lines) {
			y += size * 1.25;
			const t = document.createElementNS(SVG_NS, 'text');
			t.setAttribute('x', String(PAD));
			t.setAttribute('y', String(Math.round(y)));
			t.setAttribute('style', `fill:${color};font-size:${size}px;font-weight:${weight};font-family:${IMAGE_FONT}`);
			t.textContent = line;
			parts.push(t);
		}
		y += gapAfter;
	};
	const text = (selector: string) => figure.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

	block(text('.chart-title'), 18, 700, COLORS.text, 2);
	block(text('.chart-subtitle'), 13, 400, COLORS.muted, 10);

	const chart = drawing.cloneNode(true) as SVGSVGElement;
	inlineStyles(drawing, chart);
	chart.setAttribute('x', String(PAD));
	chart.setAttribute('y', String(Math.round(y)));
	chart.setAttribute('width', String(chartWidth));
	chart.setAttribute('height', String(chartHeight));
	chart.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
	chart.setAttribute('style', `overflow:visible;font-size:12px;font-family:${IMAGE_FONT}`);
	parts.push(chart);
	y += chartHeight + 8;

	for (const line of legendLines(figure)) block(line, 12, 400, COLORS.muted, 0);
	y += 6;
	block(text('.chart-summary'), 13, 400, COLORS.text, 6);
	block(text('.chart-source'), 12, 400, COLORS.muted, 0);
	const height = Math.ceil(y + PAD);

	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const title = document.createElementNS(SVG_NS, 'title');
	title.textContent = text('.chart-title');
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', COLORS.background);
	root.append(title, background, ...parts);
	const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
	return { svg, width, height };
}

/** Draws a chart image into a canvas at `scale` (1 or 2) and encodes it as PNG. */
export async function chartPng(image: ChartImage, scale: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(image.width, image.height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.width * scale);
		canvas.height = Math.round(image.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw the image.');
		ctx.fillStyle = COLORS.background;
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
