/**
 * Where to go after signing in. Only same-site paths are honoured, so a crafted
 * link ("?next=https://evil.example") cannot bounce the officer off Sapa.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}
