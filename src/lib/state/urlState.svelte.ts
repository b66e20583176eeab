import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';

/**
 * The search a shallow change (`replaceSearch`) set after the last navigation. `page.url` does not follow shallow
 * changes, so every reader goes through `currentSearch`: a navigation (a new `page.url`) wins over an older shallow one.
 */
let shallow = $state.raw<{ search: string; after: URL } | null>(null);
const currentSearch = () => (shallow && shallow.after === page.url ? shallow.search : page.url.search);

/**
 * The page's search params, read only once the page is mounted in the browser: prerendered HTML
 * shows the default view, and the first client render must match it before the URL applies.
 */
export function useSearchParams() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get params(): URLSearchParams {
			return mounted ? new URLSearchParams(currentSearch()) : new URLSearchParams();
		},
		/** The search as the address bar has it ("?careers=…"), "" before the page is mounted. */
		get search(): string {
			return mounted ? currentSearch() : '';
		},
		get ready() {
			return mounted;
		}
	};
}

/**
 * Replaces the URL's search with shallow routing: no navigation, no load functions, no new history entry; focus and
 * scroll stay where they are. Every `useSearchParams` reader sees the new search.
 */
export function replaceSearch(search: string) {
	const url = new URL(location.href);
	url.search = search;
	replaceState(url, page.state);
	shallow = { search, after: page.url };
}
