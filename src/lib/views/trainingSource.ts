/**
 * The training chart's source line. Its pay is the median the projections table publishes beside each typical
 * entry education (OEWS May 2024), so the line says why it can differ from the release other charts show.
 */
export function trainingSource(pageRelease: string): string {
	const why = pageRelease === 'May 2024' ? '' : ` Pay is that table's OEWS May 2024 median, not the ${pageRelease} one.`;
	return `U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2): typical entry-level education, median wage and openings.${why}`;
}
