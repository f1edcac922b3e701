// Everyday social-media spellings mapped to the words the rule tables are written in.
// Keys are looked up after repeated letters are collapsed ("gaaak" → "gak"), so one
// entry covers every stretched spelling. Kept small and general on purpose: the rules
// must work on drafts nobody has seen, so this is spelling, not phrase lists.

const SLANG_GROUPS: Record<string, readonly string[]> = {
  tidak: ['ga', 'gak', 'gk', 'nggak', 'ngga', 'ngak', 'enggak', 'engga', 'nda', 'ndak', 'tdk', 'tak', 'kagak', 'kaga', 'gag'],
  banget: ['bgt', 'bngt', 'bangt', 'bgd', 'bangeet'],
  yang: ['yg', 'yng'],
  untuk: ['utk', 'tuk', 'untk'],
  dengan: ['dgn', 'dg', 'dngn'],
  sudah: ['sdh', 'udh', 'udah', 'uda', 'sdah'],
  saja: ['aja', 'ajah', 'doang', 'doank'],
  jangan: ['jgn', 'jngn'],
  karena: ['krn', 'karna', 'krna', 'soalnya'],
  belum: ['blm', 'blom', 'belom', 'blum'],
  lagi: ['lg', 'lgi'],
  dari: ['dri'],
  sama: ['sm', 'ama'],
  kalau: ['kalo', 'klo', 'kl', 'klau', 'kalu'],
  tapi: ['tp', 'tpi', 'tetapi'],
  benar: ['bnr', 'bener', 'beneran'],
  sekarang: ['skrg', 'skrng', 'skr', 'skarang'],
  banyak: ['bnyk', 'byk', 'bnyak'],
  memang: ['emg', 'emang', 'mmg'],
  hanya: ['cm', 'cuma', 'cuman', 'cmn', 'hny'],
  bisa: ['bs', 'bsa'],
  orang: ['org', 'orng'],
  pasti: ['pst', 'psti'],
  paling: ['plg', 'plng'],
  terbaik: ['trbaik', 'tbaik', 'terbaek'],
  semua: ['smua', 'smw'],
  sebelum: ['sblm', 'sblum'],
  jadi: ['jd', 'jdi'],
  dapat: ['dpt', 'dapet'],
  sangat: ['sgt', 'sngt'],
  bukan: ['bkn', 'bukn'],
  langsung: ['lgsg', 'lgsung', 'langsng', 'lsg'],
  masih: ['msh', 'masi'],
  cepat: ['cepet', 'cpt', 'cept'],
  sampai: ['sampe', 'ampe', 'sampek'],
  teman: ['temen', 'tmn'],
  datang: ['dateng', 'dtg'],
  malam: ['malem', 'mlm'],
  terima_kasih: ['makasih', 'mksh', 'makasi', 'mkasih', 'trims', 'trimakasih', 'terimakasih', 'tq', 'thx', 'ty'],
  menghilangkan: ['ngilangin', 'ilangin', 'ngilangkan', 'hilangin'],
  mengobati: ['ngobatin', 'ngobati', 'obatin'],
  menyembuhkan: ['nyembuhin', 'sembuhin'],
  menyesal: ['nyesel', 'nyesal', 'menyesel'],
  pakai: ['pake', 'pakek'],
  gratis: ['geratis', 'grtis', 'gratiss'],
  diskon: ['disc', 'dsc', 'diskonan'],
  checkout: ['co', 'ceckout', 'cekout', 'chekout'],
  harga: ['hrg', 'hrga'],
  kamu: ['km', 'kmu', 'lu', 'lo', 'elu'],
  bagaimana: ['gimana', 'gmn', 'gmana'],
  you: ['u', 'ya\'ll', 'yall'],
  your: ['ur', 'yr'],
  please: ['pls', 'plz', 'plis'],
  people: ['ppl'],
  because: ['cuz', 'bc', 'coz'],
  "don't": ['dont'],
  "can't": ['cant'],
  "won't": ['wont'],
  "doesn't": ['doesnt'],
  "isn't": ['isnt'],
  "you'll": ['youll'],
  mantap: ['mantul', 'mantab', 'mantep'],
  dalam: ['dlm', 'dalem'],
  bulan: ['bln'],
  minggu: ['mgg', 'mingu'],
  tahun: ['thn'],
};

/** Particles and fillers that carry no meaning for the rules; dropped before matching. */
export const DROPPED_WORDS: ReadonlySet<string> = new Set(['dong', 'deh', 'sih', 'lho', 'loh', 'nih', 'tuh', 'yah', 'yuk', 'yok', 'kok', 'mah', 'toh']);

/** Indonesian number words become digits, so "sembilan dari sepuluh" reads "9 dari 10". */
const NUMBER_WORDS: Record<string, string> = {
  satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9',
  sepuluh: '10', sebelas: '11', seratus: '100', seribu: '1000', sejuta: '1000000',
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', hundred: '100',
};

function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

function buildSlang(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [target, spellings] of Object.entries(SLANG_GROUPS)) {
    const replacement = collapse(target.replace(/_/g, ' '));
    for (const spelling of spellings) map.set(collapse(spelling), replacement);
  }
  return map;
}

export const SLANG: ReadonlyMap<string, string> = buildSlang();
export const NUMBERS: ReadonlyMap<string, string> = new Map(Object.entries(NUMBER_WORDS).map(([k, v]) => [collapse(k), v]));
export const collapseRepeats = collapse;

/** What the normaliser does with a word: drop it, replace it, or turn it into digits. */
export type LexiconEntry = { kind: 'drop' } | { kind: 'slang'; to: string } | { kind: 'number'; to: string };

// One lookup per token instead of three.
export const LEXICON: ReadonlyMap<string, LexiconEntry> = new Map<string, LexiconEntry>([
  ...[...NUMBERS].map(([k, to]): [string, LexiconEntry] => [k, { kind: 'number', to }]),
  ...[...SLANG].map(([k, to]): [string, LexiconEntry] => [k, { kind: 'slang', to }]),
  ...[...DROPPED_WORDS].map((k): [string, LexiconEntry] => [k, { kind: 'drop' }]),
]);

// A cheap pre-check before the Map: most tokens are ordinary words, and hashing a fresh
// substring for every one of them was a tenth of normalising. Each key sets one bit of
// a small table by a hash of its characters; a token whose bit is clear is no key. The
// hash is a running one (LEXICON_HASH_STEP per code unit, then the length mixed in), so
// the normaliser computes it while it copies a token, without a second pass.
const MAX_LEXICON_KEY = Math.max(...[...LEXICON.keys()].map((k) => k.length));
const HASH_BITS = 4096;
const KEY_HASHES = new Uint8Array(HASH_BITS);

/** One step of the running hash: h = LEXICON_HASH_STEP(h, code), starting from 0. */
export const LEXICON_HASH_STEP = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

function slot(h: number, length: number): number {
  const mixed = (h + Math.imul(length, 0x9e3779b1)) | 0;
  return (mixed ^ (mixed >>> 12)) & (HASH_BITS - 1);
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = LEXICON_HASH_STEP(h, text.charCodeAt(i));
  return h;
}

for (const key of LEXICON.keys()) KEY_HASHES[slot(hashOf(key), key.length)] = 1;

/** False when a token of `length` code units with running hash `h` is certainly not a LEXICON key. */
export function mayBeLexiconHash(h: number, length: number): boolean {
  return length > 0 && length <= MAX_LEXICON_KEY && KEY_HASHES[slot(h, length)] === 1;
}

/** False when `word` is certainly not a LEXICON key. */
export function mayBeLexiconKey(word: string): boolean {
  return mayBeLexiconHash(hashOf(word), word.length);
}
