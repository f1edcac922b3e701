// What Insights counts from one message: read from the analysis stored at ingest (never
// re-analysed) and the products of the brand profile the text names.

export interface ProductNames {
  name: string;
  aliases: readonly string[];
}

export interface MessageFacts {
  sentiment: string | null;
  emotion: string;
  intents: string[];
  keywords: string[];
  products: string[];
  /** Negative or angry: what the crisis radar counts. */
  alarm: boolean;
}

interface StoredAnalysis {
  sentiment?: { label?: unknown };
  emotion?: { label?: unknown };
  intents?: unknown;
  keywords?: unknown;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function fold(text: string): string {
  return ` ${text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** Products whose name or an alias appears as whole words in the text (case and accents ignored). */
export function productsNamed(text: string, products: readonly ProductNames[]): string[] {
  const folded = fold(text);
  return products.filter((product) => [product.name, ...product.aliases].some((name) => {
    const needle = fold(name);
    return needle.trim() !== '' && folded.includes(needle);
  })).map((product) => product.name);
}

export function messageFacts(text: string, analysisJson: string | null, products: readonly ProductNames[]): MessageFacts {
  let stored: StoredAnalysis = {};
  if (analysisJson !== null) {
    try {
      stored = JSON.parse(analysisJson) as StoredAnalysis;
    } catch {
      stored = {};
    }
  }
  const sentiment = typeof stored.sentiment?.label === 'string' ? stored.sentiment.label : null;
  const emotion = typeof stored.emotion?.label === 'string' ? stored.emotion.label : 'none';
  return {
    sentiment,
    emotion,
    intents: strings(stored.intents),
    keywords: strings(stored.keywords),
    products: productsNamed(text, products),
    alarm: sentiment === 'negative' || emotion === 'anger',
  };
}
