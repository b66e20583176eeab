/**
 * Saves data as a file through a Blob URL and an `<a download>`: works under the site's CSP (no data: navigation,
 * no server) and in every current browser. The URL is revoked once the download has had time to start.
 */
export function saveFile(name: string, data: BlobPart | Blob, type: string): void {
	const blob = data instanceof Blob ? data : new Blob([data], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
