import type { Problem } from './schema';

/** A file the server would not send: named, with the HTTP status. */
export const httpProblem = (file: string, status: number): Problem => ({
	kind: 'format',
	file,
	line: 0,
	column: '',
	value: String(status),
	reason: `Could not load the file (HTTP ${status}).`
});
