/**
 * The outcome of connecting a channel by OAuth, when the callback could not tell which workspace
 * it was for (`/?error=…`): carried to Settings → Channels, which shows it. Nothing else is carried.
 */
export function channelOutcomeSearch(search: string): string | null {
  const params = new URLSearchParams(search);
  const carried = new URLSearchParams();
  for (const key of ['error', 'connected']) {
    const value = params.get(key);
    if (value !== null && value !== '') carried.set(key, value);
  }
  const query = carried.toString();
  return query === '' ? null : `?${query}`;
}
