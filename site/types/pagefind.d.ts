/**
 * Pagefind's browser API (/pagefind/pagefind.js, written by the build), as much as searchEngine.js
 * uses.
 */

export function init(): Promise<void>
export function filters(): Promise<Record<string, Record<string, number>>>
export function search(
  words: string,
  options?: { filters?: Record<string, string> },
): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>
