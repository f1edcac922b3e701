// A light Indonesian stemmer for features: strips particles (-lah, -kah, -pun), possessives
// (-ku, -mu, -nya), one derivational suffix (-kan, -an, -i) and up to two prefixes (di-, ke-,
// se-, ter-, ber-, per-, me(N)-, pe(N)-), so "dikirimkan", "mengirim" and "kirimannya" share
// the feature "kirim". Nasal prefixes keep the letter they replaced unknown ("menulis" →
// "nulis", not "tulis"): the stem is a feature, not a dictionary form, and a wrong guess costs
// more than a missed one. Words that would fall under three letters are left whole.

const PARTICLES = ['lah', 'kah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'i'];
// Longest first ("meng" before "me"); bare pe-/be- are left out: too many stems start so ("pesan", "besar").
const PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'ber', 'ter', 'di', 'ke', 'se'];
const MIN_STEM = 3;

function stripSuffix(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM + 1) return word.slice(0, -suffix.length);
  }
  return word;
}

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

/** The stem of a lower-case word, or the word itself when nothing can be stripped. */
export function stemIndonesian(word: string): string {
  let stem = stripSuffix(stripSuffix(stripSuffix(word, PARTICLES), POSSESSIVES), DERIVATIONAL);
  const once = stripPrefix(stem);
  // A second prefix only after di-/ke-/ter- style outer ones ("diperbaiki", "keberangkatan").
  stem = once !== stem && once.length > MIN_STEM + 2 ? stripPrefix(once) : once;
  return stem;
}
