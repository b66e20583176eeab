import type { Source } from '../data/schema';
import { projectionsLine } from './sourceLines';

/**
 * The training chart's source line. Its pay is the median the projections table publishes beside each typical
 * entry education (OEWS May 2024), so the line says why it can differ from the release other charts show.
 */
export function trainingSource(pageRelease: string, projections?: Source): string {
	const why = pageRelease === 'May 2024' || projections?.origin === 'imported' ? '' : ` Pay is that table's OEWS May 2024 median, not the ${pageRelease} one.`;
	return `${projectionsLine(projections, 'typical entry-level education, median wage and openings')}${why}`;
}
