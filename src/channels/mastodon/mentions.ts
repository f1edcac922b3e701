// How a status names the person it answers. A Mastodon direct message reaches only the accounts
// it @mentions, and a reply notifies only mentioned accounts, so the connector writes the mention.
import { htmlToText } from './parse.js';

/**
 * `@user` for an account on the channel's own instance, `@user@domain` for a remote one.
 * snac writes its own host (with port) into every `acct` and does not resolve `@user@host:port`
 * (its mention pattern stops at `:`), so local accounts must be written without the host.
 */
export function mentionFor(acct: string, instanceHost: string): string {
  const [user, domain] = acct.replace(/^@/, '').split('@', 2) as [string, string | undefined];
  if (domain === undefined || domain.toLowerCase() === instanceHost.toLowerCase()) return `@${user}`;
  return `@${user}@${domain}`;
}

/** Prefixes the mention unless the officer already wrote it. */
export function withMention(text: string, mention: string): string {
  const escaped = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|\\s)${escaped}(?![\\w@.-]*[\\w])`, 'i').test(text)) return text;
  return `${mention} ${text}`;
}

/**
 * Text reduced to what survives a round trip through a server: mentions cut to the user name
 * (servers show `@fan` or `@fan@host`), spacing collapsed. Used to recognise our own sent status.
 */
export function comparableText(text: string): string {
  return text.replace(/@([\w.-]+)@[\w.:-]+/g, '@$1').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Does a status's HTML content say what we sent? (servers escape markup, snac keeps it). */
export function sameText(sentText: string, statusHtml: string): boolean {
  const shown = comparableText(htmlToText(statusHtml));
  return shown === comparableText(sentText) || shown === comparableText(htmlToText(sentText));
}
