// Emoji, emoticons and written laughter mapped to a meaning word, written by the Sapa team.
// The meaning words are ones the trained models know well (mostly Indonesian, the larger
// training set), so "😭😭" weighs like "sedih" and an emoji-only message still has a meaning.

const EMOJI_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['senang', '😀😃😄😁😆😊☺🙂😌🥳🎉🤩✨🌟😇🤗😎'],
  ['haha', '😂🤣😹😅😆'],
  ['cinta', '😍🥰😘😻❤💕💖💗💓💞💘💝♥🧡💛💚💙💜🤍🫶😙😚'],
  ['mantap', '👍👌💯🔥👏🙌💪🏆⭐'],
  ['mohon', '🙏'],
  ['sedih', '😢😭😿💔😞😔😟🥺☹🙁😥😓😩😫'],
  ['marah', '😡😠🤬👿💢😤👊🖕'],
  ['takut', '😱😨😰😧😦🥶😬😖'],
  ['jijik', '🤮🤢💩'],
  ['jelek', '👎'],
  ['kesal', '🙄😒😑'],
  ['bingung', '🤔😕🤨'],
  ['sakit', '😷🤒🤕🤧'],
  ['uang', '🤑💰💸💵💲'],
  ['hadiah', '🎁'],
  ['naik', '🚀📈'],
  ['bahaya', '⚠🚨☠'],
];

const EMOJI_MEANING = new Map<string, string>();
for (const [meaning, emojis] of EMOJI_GROUPS) {
  for (const emoji of emojis) EMOJI_MEANING.set(emoji, meaning);
}

/** Meaning of one emoji cluster (base pictograph, skin tone and variation selectors ignored). */
export function emojiMeaning(cluster: string): string | undefined {
  const base = String.fromCodePoint(cluster.codePointAt(0) ?? 0);
  return EMOJI_MEANING.get(base);
}

const EMOTICONS = new Map<string, string>([
  [':)', 'senang'], [':-)', 'senang'], ['=)', 'senang'], [':]', 'senang'], ['(:', 'senang'], ['^^', 'senang'], ['^_^', 'senang'],
  [':d', 'haha'], [':-d', 'haha'], ['=d', 'haha'], [':p', 'haha'], [':-p', 'haha'],
  [':(', 'sedih'], [':-(', 'sedih'], ['=(', 'sedih'], [":'(", 'sedih'], [';(', 'sedih'], ['t_t', 'sedih'], ['t.t', 'sedih'],
  ['<3', 'cinta'], ['>:(', 'marah'], ['-_-', 'kesal'], [':/', 'bingung'],
]);

export function emoticonMeaning(emoticon: string): string | undefined {
  return EMOTICONS.get(emoticon);
}

// wkwk, hahaha, hehe, xixi, awokawok, lol … in any length; checked after lower-casing.
const LAUGHTER = /^(?:w?k(?:wk)+w?|(?:wk)+w?|(?:kw){2,}k?|kwk|h?(?:ha){2,}h?|h?(?:he){2,}h?|h?(?:hi){2,}h?|(?:xi){2,}|(?:aw?ok)+(?:wk)*|lol|lo+l|lmao|lmfao|rofl|xd+)$/;

export function isLaughter(word: string): boolean {
  return word.length >= 2 && LAUGHTER.test(word);
}
