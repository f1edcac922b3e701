// The one table of what each network accepts in a post (NETWORKS.md §1–2): how text is counted
// and how much of it, how many images of which types, sizes and shapes, whether alt text or an
// image is required, and whether Sapa can publish a thread there. The server validates variants
// against it and the browser's composer shows the same numbers (pure: no Node APIs).
// Figures NETWORKS.md marks [?] are listed in `unconfirmed`, so nobody mistakes them for facts.
import { graphemeLength, mastodonLength, threadsLength, utf8Length, xWeightedLength } from './text-length.js';
import type { Network } from './types.js';

export type TextUnit = 'weighted characters' | 'graphemes' | 'UTF-8 bytes' | 'characters' | 'hashtags' | 'mentions';

export interface TextRule {
  max: number;
  unit: TextUnit;
  measure: (text: string) => number;
}

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

export interface ImageRules {
  /** 0: the network takes no images from Sapa. */
  maxCount: number;
  types: readonly ImageType[];
  maxBytes: number;
  /** Width ÷ height bounds, when the network crops or refuses outside them. */
  minAspect?: number;
  maxAspect?: number;
  maxDimension?: number;
  altRequired: boolean;
  altMaxLength: number;
}

export interface NetworkLimits {
  network: Network;
  /** Every rule must hold; the first is the one counters show ("123 / 280"). */
  text: readonly TextRule[];
  images: ImageRules;
  imageRequired: boolean;
  /** A reply chain Sapa can publish: the most parts, the first included (1 means no threads). */
  maxThreadParts: number;
  /** Figures NETWORKS.md could not confirm in a primary source. */
  unconfirmed: readonly string[];
}

/** What an instance says about itself (`/api/v2/instance`), overriding the Mastodon defaults per channel. */
export interface MastodonInstanceLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

const codePoints = (text: string): number => [...text].length;
const HASHTAG = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
const MENTION = /(?<![\p{L}\p{N}_])@[\w.]+/gu;
const countHashtags = (text: string): number => text.match(HASHTAG)?.length ?? 0;
const countMentions = (text: string): number => text.match(MENTION)?.length ?? 0;

const MB = 1_000_000;
const MIB = 1024 * 1024;
const COMMON_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
/** Sapa's own cap on a thread, whatever the network allows: a brand thread longer than this is a blog. */
const THREAD_PARTS = 10;
const noImages: ImageRules = { maxCount: 0, types: [], maxBytes: 0, altRequired: false, altMaxLength: 0 };

const mastodonDefaults: MastodonInstanceLimits = { maxCharacters: 500, charactersReservedPerUrl: 23 };

function mastodonLimits(instance: MastodonInstanceLimits): NetworkLimits {
  return {
    network: 'mastodon',
    text: [{ max: instance.maxCharacters, unit: 'characters', measure: (text) => mastodonLength(text, instance.charactersReservedPerUrl) }],
    // Mastodon's documented defaults; an instance may say otherwise in configuration.media_attachments.
    images: { maxCount: 4, types: COMMON_TYPES, maxBytes: 16 * MB, altRequired: false, altMaxLength: 1500 },
    imageRequired: false,
    maxThreadParts: THREAD_PARTS,
    unconfirmed: [],
  };
}

const TABLE: Readonly<Record<Network, NetworkLimits>> = {
  x: {
    network: 'x',
    text: [{ max: 280, unit: 'weighted characters', measure: xWeightedLength }],
    images: { maxCount: 4, types: COMMON_TYPES, maxBytes: 5 * MB, altRequired: false, altMaxLength: 1000 },
    imageRequired: false,
    maxThreadParts: THREAD_PARTS,
    unconfirmed: ['images.altMaxLength'],
  },
  bluesky: {
    network: 'bluesky',
    text: [
      { max: 300, unit: 'graphemes', measure: graphemeLength },
      { max: 3000, unit: 'UTF-8 bytes', measure: utf8Length },
    ],
    // embed.images: at most 4, each at most 2,000,000 bytes, `alt` a required field.
    images: { maxCount: 4, types: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 2 * MB, altRequired: true, altMaxLength: 2000 },
    imageRequired: false,
    maxThreadParts: THREAD_PARTS,
    unconfirmed: [],
  },
  mastodon: mastodonLimits(mastodonDefaults),
  instagram: {
    network: 'instagram',
    text: [
      { max: 2200, unit: 'characters', measure: codePoints },
      { max: 30, unit: 'hashtags', measure: countHashtags },
      { max: 20, unit: 'mentions', measure: countMentions },
    ],
    images: { maxCount: 10, types: ['image/jpeg'], maxBytes: 8 * MB, minAspect: 4 / 5, maxAspect: 1.91, altRequired: false, altMaxLength: 0 },
    imageRequired: true,
    maxThreadParts: 1,
    unconfirmed: ['text.hashtags (a 5-per-post cap is being rolled out)', 'text.mentions', 'images.maxCount', 'images.types (PNG)', 'images.aspect'],
  },
  facebook: {
    network: 'facebook',
    text: [{ max: 63_206, unit: 'characters', measure: codePoints }],
    images: { maxCount: 10, types: ['image/jpeg', 'image/png', 'image/gif'], maxBytes: 10 * MB, altRequired: false, altMaxLength: 0 },
    imageRequired: false,
    maxThreadParts: 1,
    unconfirmed: ['text', 'images'],
  },
  threads: {
    network: 'threads',
    text: [{ max: 500, unit: 'characters', measure: threadsLength }],
    images: { maxCount: 20, types: ['image/jpeg', 'image/png'], maxBytes: 8 * MB, altRequired: false, altMaxLength: 0 },
    imageRequired: false,
    maxThreadParts: 1,
    unconfirmed: ['images'],
  },
  telegram: {
    network: 'telegram',
    text: [{ max: 4096, unit: 'characters', measure: codePoints }],
    // sendPhoto: 10 MB uploaded; a caption then holds at most 1,024 characters.
    images: { maxCount: 1, types: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 10 * MIB, altRequired: false, altMaxLength: 0 },
    imageRequired: false,
    maxThreadParts: 1,
    unconfirmed: [],
  },
  whatsapp: {
    network: 'whatsapp',
    text: [{ max: 4096, unit: 'characters', measure: codePoints }],
    images: { maxCount: 1, types: ['image/jpeg', 'image/png'], maxBytes: 5 * MB, altRequired: false, altMaxLength: 0 },
    imageRequired: false,
    maxThreadParts: 1,
    unconfirmed: [],
  },
};

/** A network's limits; a Mastodon channel passes what its instance says. */
export function limitsFor(network: Network, instance?: MastodonInstanceLimits): NetworkLimits {
  if (network === 'mastodon' && instance !== undefined) return mastodonLimits(instance);
  return TABLE[network];
}

export const NETWORK_LIMITS = TABLE;
export { noImages };

export interface ImageFacts {
  contentType: string;
  bytes: number;
  width: number;
  height: number;
  altText: string;
}

export interface VariantContent {
  /** The first post; thread parts follow it as replies. */
  text: string;
  threadParts: readonly string[];
  images: readonly ImageFacts[];
}

/** Why a network would refuse a variant, per field, so each message points at what to fix. */
export type LimitProblem =
  | { code: 'empty'; field: string }
  | { code: 'too_long'; field: string; measured: number; max: number; unit: TextUnit }
  | { code: 'thread_unsupported'; field: 'threadParts'; max: number }
  | { code: 'image_required'; field: 'images' }
  | { code: 'too_many_images'; field: 'images'; count: number; max: number }
  | { code: 'image_type'; field: string; contentType: string; allowed: readonly string[] }
  | { code: 'image_too_large'; field: string; bytes: number; max: number }
  | { code: 'image_aspect'; field: string; aspect: number; min: number; max: number }
  | { code: 'image_dimensions'; field: string; max: number }
  | { code: 'alt_required'; field: string }
  | { code: 'alt_too_long'; field: string; max: number };

function textProblems(limits: NetworkLimits, field: string, text: string): LimitProblem[] {
  if (text.trim() === '') return [{ code: 'empty', field }];
  for (const rule of limits.text) {
    const measured = rule.measure(text);
    if (measured > rule.max) return [{ code: 'too_long', field, measured, max: rule.max, unit: rule.unit }];
  }
  return [];
}

function imageProblems(rules: ImageRules, field: string, image: ImageFacts): LimitProblem[] {
  const problems: LimitProblem[] = [];
  if (!rules.types.includes(image.contentType as ImageType)) problems.push({ code: 'image_type', field, contentType: image.contentType, allowed: rules.types });
  if (image.bytes > rules.maxBytes) problems.push({ code: 'image_too_large', field, bytes: image.bytes, max: rules.maxBytes });
  const aspect = image.width / image.height;
  if ((rules.minAspect !== undefined && aspect < rules.minAspect - 0.005) || (rules.maxAspect !== undefined && aspect > rules.maxAspect + 0.005)) {
    problems.push({ code: 'image_aspect', field, aspect, min: rules.minAspect ?? 0, max: rules.maxAspect ?? Infinity });
  }
  if (rules.maxDimension !== undefined && Math.max(image.width, image.height) > rules.maxDimension) problems.push({ code: 'image_dimensions', field, max: rules.maxDimension });
  const alt = image.altText.trim();
  if (rules.altRequired && alt === '') problems.push({ code: 'alt_required', field: `${field}.altText` });
  if (rules.altMaxLength > 0 && graphemeLength(alt) > rules.altMaxLength) problems.push({ code: 'alt_too_long', field: `${field}.altText`, max: rules.altMaxLength });
  return problems;
}

/** Everything the network would refuse in this variant; empty when it fits. */
export function checkVariant(limits: NetworkLimits, content: VariantContent): LimitProblem[] {
  const problems = textProblems(limits, 'text', content.text);
  if (content.threadParts.length > 0 && content.threadParts.length + 1 > limits.maxThreadParts) {
    problems.push({ code: 'thread_unsupported', field: 'threadParts', max: limits.maxThreadParts });
  } else {
    content.threadParts.forEach((part, index) => problems.push(...textProblems(limits, `threadParts[${index}]`, part)));
  }
  if (limits.imageRequired && content.images.length === 0) problems.push({ code: 'image_required', field: 'images' });
  if (content.images.length > limits.images.maxCount) problems.push({ code: 'too_many_images', field: 'images', count: content.images.length, max: limits.images.maxCount });
  content.images.forEach((image, index) => problems.push(...imageProblems(limits.images, `images[${index}]`, image)));
  return problems;
}

const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** One English sentence per problem, for API errors (the web app words them from `code`). */
export function describeProblem(network: Network, problem: LimitProblem): string {
  const name = network === 'x' ? 'X' : network.charAt(0).toUpperCase() + network.slice(1);
  switch (problem.code) {
    case 'empty': return `${problem.field}: ${name} needs some text`;
    case 'too_long': return `${problem.field}: ${problem.measured} ${problem.unit}, ${name} allows ${problem.max}`;
    case 'thread_unsupported': return problem.max <= 1 ? `threadParts: Sapa cannot publish threads on ${name}` : `threadParts: at most ${problem.max} posts in a thread`;
    case 'image_required': return `images: ${name} needs an image`;
    case 'too_many_images': return `images: ${problem.count} images, ${name} allows ${problem.max}`;
    case 'image_type': return `${problem.field}: ${name} does not take ${problem.contentType} (only ${problem.allowed.join(', ')})`;
    case 'image_too_large': return `${problem.field}: ${megabytes(problem.bytes)}, ${name} allows ${megabytes(problem.max)}`;
    case 'image_aspect': return `${problem.field}: aspect ratio ${problem.aspect.toFixed(2)}, ${name} needs ${problem.min.toFixed(2)} to ${problem.max.toFixed(2)}`;
    case 'image_dimensions': return `${problem.field}: ${name} allows at most ${problem.max} pixels a side`;
    case 'alt_required': return `${problem.field}: ${name} requires alt text describing the image`;
    case 'alt_too_long': return `${problem.field}: alt text longer than ${problem.max} characters`;
  }
}
