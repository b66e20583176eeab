/**
 * The tab a measurement runs in. `openBareTab`: one Chromium tab driven over the bare DevTools protocol, with no domain
 * enabled but Performance, which the budget's task times are read in. A browser Playwright drives pays for Playwright's own instrumentation inside the page: here a
 * bare `history.replaceState` costs about 1 ms of main-thread task time, under Playwright about 6 ms (scripts/bench/
 * replaceStateCost.ts measures both in one run), and every filter, sort or selection change writes the address once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { firstFreePort, portIsFree } from '../freePort';

/** What a measurement needs of a tab; `playwrightTab` gives a Playwright page the same shape (for traces and profiles). */
export interface Tab {
	/** Opens the address and resolves once it has loaded. */
	goto: (url: string) => Promise<void>;
	/** Evaluates an expression in the page (a promise is awaited) and returns its value. */
	evaluate: <T>(expression: string) => Promise<T>;
	/** Main-thread task time so far, in milliseconds (Chromium's TaskDuration). */
	taskMs: () => Promise<number>;
}

interface Reply {
	id?: number;
	method?: string;
	result?: unknown;
	error?: { message: string };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `expression` is truthy in the tab, polling every 100 ms. */
export async function waitUntil(tab: Tab, expression: string, timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!(await tab.evaluate<boolean>(`Boolean(${expression})`))) {
		if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${expression}`);
		await pause(100);
	}
}

/** Starts headless Chromium with one tab of `width`×`height`; `close` stops it and removes its profile. */
export async function openBareTab(chromiumPath: string, width = 1280, height = 900): Promise<Tab & { close: () => Promise<void> }> {
	const port = await firstFreePort(9400, portIsFree);
	if (port === null) throw new Error('No free port from 9400 for Chromium\'s DevTools protocol');
	const profile = mkdtempSync(join(tmpdir(), 'bare-tab-'));
	const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, `--window-size=${width},${height}`, 'about:blank'];
	// Its own process group, so that stopping it stops its helpers too (they hold the profile open).
	const chrome = spawn(chromiumPath, args, { stdio: 'ignore', detached: true });
	const stop = async () => {
		const exited = new Promise((r) => (chrome.exitCode === null ? chrome.once('exit', r) : r(null)));
		try {
			process.kill(-chrome.pid!, 'SIGTERM');
		} catch {
			// Already gone.
		}
		await exited;
		for (let i = 0; i < 20; i++) {
			try {
				rmSync(profile, { recursive: true, force: true });
				return;
			} catch {
				await pause(100);
			}
		}
	};
	try {
		let target: { type: string; webSocketDebuggerUrl: string } | undefined;
		for (let i = 0; i < 100 && !target; i++) {
			await pause(100);
			target = await fetch(`http://127.0.0.1:${port}/json/list`)
				.then((r) => r.json() as Promise<{ type: string; webSocketDebuggerUrl: string }[]>)
				.then((list) => list.find((t) => t.type === 'page'))
				.catch(() => undefined);
		}
		if (!target) throw new Error(`Chromium (${chromiumPath}) opened no tab on port ${port}`);
		const socket = new WebSocket(target.webSocketDebuggerUrl);
		await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
		let next = 0;
		const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
		const events = new Map<string, () => void>();
		socket.on('message', (data) => {
			const reply = JSON.parse(String(data)) as Reply;
			if (reply.method) events.get(reply.method)?.();
			const wait = reply.id === undefined ? undefined : waiting.get(reply.id);
			if (!wait) return;
			waiting.delete(reply.id!);
			if (reply.error) wait.reject(new Error(reply.error.message));
			else wait.resolve(reply.result);
		});
		const send = <T>(method: string, params: object = {}) =>
			new Promise<T>((resolve, reject) => {
				const id = ++next;
				waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
				socket.send(JSON.stringify({ id, method, params }));
			});
		await send('Performance.enable');
		return {
			async goto(url) {
				// The page's load event is the one event listened for; Page.enable sends it (and little else without more domains).
				const loaded = new Promise<void>((resolve) => events.set('Page.loadEventFired', resolve));
				let timer: NodeJS.Timeout | undefined;
				const late = new Promise<never>((_, reject) => {
					timer = setTimeout(() => reject(new Error(`${url} did not finish loading within 60 s`)), 60_000);
				});
				await send('Page.enable');
				try {
					const { errorText } = await send<{ errorText?: string }>('Page.navigate', { url });
					if (errorText) throw new Error(`${url} could not be opened: ${errorText}`);
					await Promise.race([loaded, late]);
				} finally {
					clearTimeout(timer);
					events.delete('Page.loadEventFired');
					await send('Page.disable');
				}
			},
			async evaluate<T>(expression: string) {
				const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
				if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
				return result.value;
			},
			async taskMs() {
				const { metrics } = await send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
				return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
			},
			async close() {
				socket.close();
				await stop();
			}
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

/** A Playwright page as a Tab, for the scripts that trace or profile a change (with Playwright's instrumentation in it). */
export async function playwrightTab(page: Page): Promise<Tab> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	return {
		goto: async (url) => void (await page.goto(url)),
		// Passed as text: the TypeScript runner would otherwise add helpers the page does not have.
		evaluate: (expression) => page.evaluate(expression),
		taskMs: async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000
	};
}
