import { goto, replaceState } from '$app/navigation';
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

/**
 * The page's search held by the page itself, changed with shallow routing (`replaceState`: no navigation, no
 * load, no new history entry). `page.url` does not follow shallow changes, so the page reads this instead.
 * Empty until mounted, so the first client render matches the prerendered default view.
 */
export function useShallowSearch() {
	let search = $state<string | null>(null);
	onMount(() => {
		search = location.search;
	});
	return {
		get params(): URLSearchParams {
			return new URLSearchParams(search ?? '');
		},
		get ready() {
			return search !== null;
		},
		/** Sets the search ("?a=1" or "") in the address bar and here. */
		set(next: string) {
			const url = new URL(location.href);
			url.search = next;
			replaceState(url, page.state);
			search = next;
		}
	};
}
