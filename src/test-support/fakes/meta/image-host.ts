// A loopback web server that serves images by URL, standing in for Sapa's signed public links
// in connector tests: the Graph fake fetches image_url / url from it as Meta would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ImageHost {
  /** A URL that answers these bytes with this content type. */
  urlFor(bytes: Uint8Array, contentType: string): string;
  close(): Promise<void>;
}

export async function startImageHost(): Promise<ImageHost> {
  const images = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const server = createServer((request, response) => {
    const image = images.get(request.url ?? '');
    if (image === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': image.contentType, 'content-length': image.bytes.byteLength }).end(Buffer.from(image.bytes));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (bytes, contentType) => {
      const path = `/media/${images.size + 1}`;
      images.set(path, { bytes, contentType });
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
