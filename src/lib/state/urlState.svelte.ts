import { goto } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';

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
			return mounted ? page.url.searchParams : new URLSearchParams();
		},
		get ready() {
			return mounted;
		}
	};
}

/** Replaces the URL's search without a new history entry, keeping focus and scroll where they are. */
export function replaceSearch(search: string) {
	const url = new URL(page.url);
	url.search = search;
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, only the query changes
	return goto(url, { replaceState: true, keepFocus: true, noScroll: true });
}
