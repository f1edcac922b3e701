// GoEmotions (27 emotions + neutral, English Reddit comments) mapped onto Sapa's labels, as
// the shared data README suggests. A comment whose labels map to more than one Sapa label,
// or only to ambiguous ones (surprise, curiosity …), is left out rather than guessed.

const EMOTION_MAP: Record<string, string> = {
  anger: 'anger', annoyance: 'anger', disgust: 'anger',
  fear: 'fear', nervousness: 'fear',
  joy: 'joy', amusement: 'joy', excitement: 'joy', gratitude: 'joy', optimism: 'joy', relief: 'joy', pride: 'joy',
  love: 'love', caring: 'love', admiration: 'love',
  sadness: 'sadness', grief: 'sadness', disappointment: 'sadness', remorse: 'sadness',
  neutral: 'none',
};

const SENTIMENT_MAP: Record<string, string> = {
  admiration: 'positive', amusement: 'positive', approval: 'positive', caring: 'positive', desire: 'positive',
  excitement: 'positive', gratitude: 'positive', joy: 'positive', love: 'positive', optimism: 'positive',
  pride: 'positive', relief: 'positive',
  anger: 'negative', annoyance: 'negative', disappointment: 'negative', disapproval: 'negative', disgust: 'negative',
  embarrassment: 'negative', fear: 'negative', grief: 'negative', nervousness: 'negative', remorse: 'negative',
  sadness: 'negative',
  neutral: 'neutral',
};

function single(labels: readonly string[], map: Record<string, string>): string | undefined {
  const mapped = new Set(labels.flatMap((l) => (map[l] ? [map[l]] : [])));
  return mapped.size === 1 ? [...mapped][0] : undefined;
}

export function goEmotionToSapa(labels: readonly string[]): string | undefined {
  return single(labels, EMOTION_MAP);
}

export function goEmotionToSentiment(labels: readonly string[]): string | undefined {
  return single(labels, SENTIMENT_MAP);
}
