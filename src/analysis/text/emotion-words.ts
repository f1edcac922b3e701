// Emotion words of everyday Indonesian and English, written by the Sapa team. They become
// pooled features (`lexicon:anger` …): a rare word such as "murka" then borrows the weight
// that the frequent "marah" earned in training. Emoji meaning words are listed too.
const EMOTION_WORDS: Record<string, string> = {
  anger: `marah kesal sebel sebal jengkel muak benci emosi geram murka dongkol bete ngamuk anjing bangsat goblok
    tolol bodoh bego dungu kampret brengsek sialan sial bacot tai taik keparat bajingan laknat ngeselin nyebelin
    menyebalkan mengesalkan payah penipu tipu bohong pembohong bohongin kecewa-berat angry mad furious annoyed hate
    hated pissed stupid idiot damn wtf fuck fucking shit scam ridiculous unacceptable useless disgusting jijik
    goblog bangke najis ngegas nyinyir berisik sampah bodo geregetan gedeg sewot murka dendam sinis`,
  fear: `takut khawatir cemas panik ngeri serem seram horor merinding deg-degan degdegan was-was waswas gelisah trauma
    parno bahaya ketakutan gemetar resah gugup ancaman afraid scared fear worried anxious nervous terrified panic
    dangerous creepy scary frightened
    hantu setan gemetaran gemeteran nervous deg ngeri-ngeri serem-serem ketar-ketir mencekam mengerikan menakutkan`,
  joy: `senang bahagia gembira seru asik asyik lega puas syukur alhamdulillah bersyukur ceria girang hore yeay yay yey
    keren hebat bangga beruntung menyenangkan haha happy glad excited awesome great amazing fun enjoy enjoyed
    delighted satisfied yummy mantap
    ngakak lucu seneng berkah rezeki menang selamat hepi gembiranya kegirangan alhamdulilah`,
  love: `cinta sayang rindu kangen mencintai menyayangi peluk pelukan cium romantis tersayang kekasih love loved lovely
    adore darling sweetheart
    baper bucin pacar ayang mesra kasih-sayang jatuh-cinta mencintaimu menyayangimu`,
  sadness: `sedih kecewa nangis menangis tangis galau hancur terpuruk duka berduka pilu merana kesepian sepi hampa
    menyesal nyesel patah sad disappointed disappointing cry crying cried heartbroken depressed lonely upset unhappy
    miserable grief
    nyesek hiks sakit-hati patah-hati kehilangan meninggal innalillahi wafat putus sendu pedih terluka`,
};

const WORD_EMOTION = new Map<string, string>();
for (const [emotion, words] of Object.entries(EMOTION_WORDS)) {
  for (const word of words.split(/\s+/)) if (word) WORD_EMOTION.set(word, emotion);
}

export function emotionOfWord(word: string): string | undefined {
  return WORD_EMOTION.get(word);
}

/** Whether any token is an emotion word or an emoji/emoticon/laughter meaning. */
export function hasEmotionCue(tokens: ReadonlyArray<{ readonly text: string; readonly kind: string }>): boolean {
  return tokens.some((token) => token.kind === 'symbol' || WORD_EMOTION.has(token.text));
}
