// Positive and negative words of everyday Indonesian and English, written by the Sapa team.
// Pooled into two features (`polarity:positive` / `polarity:negative`, flipped under
// negation) so that short inbox messages with words the training texts rarely use still
// lean the right way.
const POSITIVE = `bagus baik enak mantap keren hebat puas suka senang ramah cepat murah rekomendasi rekomen recommended worth
  top nyaman bersih lezat sedap memuaskan terbaik juara cantik indah lucu membantu responsif amanah original ori asli
  awet berkualitas sukses cinta sayang lancar rapi wangi aman gercep fast helpful amazing awesome good great nice best
  excellent perfect recommend happy satisfied friendly delicious tasty beautiful cute smooth reliable love loved
  lovely wonderful fantastic superb thanks thank terima-kasih bahagia gembira lega ajib istimewa favorit favorite`;

const NEGATIVE = `jelek buruk kecewa lambat lama mahal rusak cacat pecah bocor kotor basi hambar palsu kw penipu tipu bohong
  parah payah lemot lelet telat terlambat kasar jutek judes mengecewakan menyesal nyesel gagal error hilang salah
  sampah zonk ribet susah sulit sakit mual gatal alergi keracunan marah kesal benci sedih kacau lecet penyok sobek
  kadaluarsa kedaluwarsa expired bau amis jijik ngecewain ngeselin nyebelin mengesalkan bad worst terrible awful poor
  slow late broken damaged fake scam rude dirty expensive disappointed disappointing useless horrible wrong missing
  lost sick hate angry annoyed refund complain komplain keluhan masalah complaints problem problems`;

const POLARITY = new Map<string, 'positive' | 'negative'>();
for (const word of POSITIVE.split(/\s+/)) if (word) POLARITY.set(word, 'positive');
for (const word of NEGATIVE.split(/\s+/)) if (word) POLARITY.set(word, 'negative');

/** The negative words, for rules that must tell "never disappointed" from "never ordered". */
export function negativeWords(): string[] {
  return [...POLARITY].filter(([, polarity]) => polarity === 'negative').map(([word]) => word);
}

export function polarityOfWord(word: string): 'positive' | 'negative' | undefined {
  return POLARITY.get(word);
}

/** Complaint reasons that state a failure as a fact (not a feeling): enough to make a message negative. */
export const COMPLAINT_FACTS: ReadonlySet<string> = new Set(['reports_delay', 'reports_damage', 'wrong_item', 'reports_missing', 'refund_issue', 'poor_service']);

