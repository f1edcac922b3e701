/** "Dewi (demo owner)" → "DD": first letters of the first two words that start with a letter. */
export function initialsOf(name: string, email: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .slice(0, 2);
  return (letters.length > 0 ? letters.join('') : (email[0] ?? '?')).toUpperCase();
}
