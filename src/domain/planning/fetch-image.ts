// Downloading an image named in a CSV import. The server fetches a URL an officer typed, so it
// must not become a way into the private network (SSRF):
// - only http: and https: URLs, no credentials in them;
// - the host name is resolved once, and every address it resolves to must be public (not
//   loopback, private, link-local, CGNAT, multicast or reserved, IPv4 or IPv6); the connection
//   goes to that checked address (a custom `lookup`), so a DNS answer cannot change in between;
// - redirects are not followed (a redirect could point inside);
// - a 10 s timeout and a byte cap, counted while reading, not trusted from Content-Length.
// Tests (and a deployment that really wants it) pass allowPrivateAddresses to reach loopback.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { maxUploadBytes } from '../../media/store-image.js';

export class ImageFetchError extends Error {
  constructor(readonly code: 'image_url_invalid' | 'image_refused_address' | 'image_unreachable' | 'image_too_large', message: string) {
    super(message);
  }
}

export interface FetchImageOptions {
  allowPrivateAddresses?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) blocked.addSubnet(network, prefix, 'ipv6');

/** True for an address a server-side fetch must not reach. IPv4-mapped IPv6 is checked as IPv4. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL the import may fetch: http(s), no user:password. Null when it is not. */
export function parseImageUrl(value: string): URL | null {
  let url: URL;
  try { url = new URL(value); } catch { return null; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) { callback(error, '', 0); return; }
      const refused = addresses.find((entry) => !allowPrivate && isPrivateAddress(entry.address));
      if (refused !== undefined || addresses.length === 0) {
        callback(new ImageFetchError('image_refused_address', `${hostname} resolves to a private or reserved address; only public addresses are fetched`), '', 0);
        return;
      }
      const first = addresses[0] as LookupAddress;
      if (options.all === true) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

export function fetchImage(value: string, options: FetchImageOptions = {}): Promise<Uint8Array> {
  const url = parseImageUrl(value);
  if (url === null) return Promise.reject(new ImageFetchError('image_url_invalid', 'image URL: only http:// and https:// addresses are taken'));
  const allowPrivate = options.allowPrivateAddresses === true;
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) !== 0 && !allowPrivate && isPrivateAddress(literal)) {
    return Promise.reject(new ImageFetchError('image_refused_address', `${literal} is a private or reserved address; only public addresses are fetched`));
  }
  const maxBytes = options.maxBytes ?? maxUploadBytes;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { lookup: checkedLookup(allowPrivate), timeout: options.timeoutMs ?? 10_000, headers: { accept: 'image/*', 'user-agent': 'Sapa-CSV-import' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.resume();
        reject(new ImageFetchError('image_unreachable', `image URL answered HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      let tooLarge = false;
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (tooLarge) return;
        if (total > maxBytes) {
          tooLarge = true;
          reject(new ImageFetchError('image_too_large', `the image is larger than ${maxBytes} bytes`));
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => { if (!tooLarge) resolve(new Uint8Array(Buffer.concat(chunks))); });
      response.on('error', (error) => reject(error));
    });
    request.on('timeout', () => request.destroy(new ImageFetchError('image_unreachable', 'image URL: no answer within the time limit')));
    request.on('error', (error) => reject(error instanceof ImageFetchError ? error : new ImageFetchError('image_unreachable', `image URL could not be fetched: ${error.message}`)));
  });
}
