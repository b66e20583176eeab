import type { PackedRows } from './packRows';
import type { Problem } from './schema';

/** What the page asks the wages worker: files by absolute URL, read in this order. */
export interface WagesRequest {
	files: { url: string; name: string }[];
}

/** One reply per file, in the order asked: its rows packed, or the problems that kept it from being read. */
export interface WagesReply {
	name: string;
	packed?: PackedRows;
	problems?: Problem[];
	/** An unexpected failure (the network, the worker), as a sentence. */
	error?: string;
}
