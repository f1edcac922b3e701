/** "Dewi (demo owner)" → "DD": the first letter of each of the first two words, skipping punctuation. */
export function initialsOf(name: string, email: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .slice(0, 2);
  return (letters.length > 0 ? letters.join('') : (email[0] ?? '?')).toUpperCase();
}
