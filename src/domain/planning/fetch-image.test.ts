// The CSV import's image download: which addresses count as inside, and a download that stops
// at redirects, at the byte cap and at non-http(s) URLs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage, isPrivateAddress } from './fetch-image.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true],
    ['0.0.0.0', true], ['::1', true], ['fd00::1', true], ['fe80::1', true], ['::ffff:127.0.0.1', true], ['::ffff:10.0.0.1', true],
    ['93.184.216.34', false], ['2606:4700:4700::1111', false], ['::ffff:8.8.8.8', false], ['not-an-ip', true],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('fetchImage', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/redirect') { response.writeHead(302, { location: 'http://169.254.169.254/' }); response.end(); return; }
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.alloc(request.url === '/big' ? 5000 : 10, 1));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refuses URLs that are not http(s) or carry credentials', async () => {
    await expect(fetchImage('ftp://example.com/a.png')).rejects.toMatchObject({ code: 'image_url_invalid' });
    await expect(fetchImage('http://user:pw@example.com/a.png')).rejects.toMatchObject({ code: 'image_url_invalid' });
  });

  it('refuses loopback by default, and a host name that resolves to it', async () => {
    await expect(fetchImage(`${origin}/a.png`)).rejects.toMatchObject({ code: 'image_refused_address' });
    await expect(fetchImage(`${origin.replace('127.0.0.1', 'localhost')}/a.png`)).rejects.toMatchObject({ code: 'image_refused_address' });
  });

  it('reads the bytes, stops at the cap and does not follow redirects', async () => {
    expect((await fetchImage(`${origin}/a.png`, { allowPrivateAddresses: true })).byteLength).toBe(10);
    await expect(fetchImage(`${origin}/big`, { allowPrivateAddresses: true, maxBytes: 1000 })).rejects.toMatchObject({ code: 'image_too_large' });
    await expect(fetchImage(`${origin}/redirect`, { allowPrivateAddresses: true })).rejects.toMatchObject({ code: 'image_unreachable' });
  });
});
