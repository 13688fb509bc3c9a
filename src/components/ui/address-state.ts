/**
 * A list's filters kept in the page's address (?level=INTERMEDIATE&tab=done), so that a reload, the
 * browser's Back from a record, or a shared link shows the list as it was filtered. Browser-only.
 */

/** The named parameters of `params`, each "" when absent. */
export function readFromAddress<K extends string>(params: URLSearchParams, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ""])) as Record<K, string>;
}

/**
 * Replaces the address's query with the non-empty `values`, in place (no new history entry, no
 * server round trip: Next.js keeps useSearchParams in step with the history API).
 */
export function writeToAddress(values: Record<string, string>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
}
