// ONE contract for every blob store, run against the data-folder store and the S3 store (on a
// local s3rver over loopback).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store.js';
import { FileSystemBlobStore } from './fs-store.js';
import { S3BlobStore } from './s3-store.js';

interface Harness { store: BlobStore; close(): Promise<void> }

async function fileSystemHarness(): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'sapa-blobs-'));
  return { store: new FileSystemBlobStore(root), close: () => rm(root, { recursive: true, force: true }) };
}

async function s3Harness(): Promise<Harness> {
  const directory = await mkdtemp(join(tmpdir(), 'sapa-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'sapa-media', configs: [] }] });
  const address = await server.run();
  const store = new S3BlobStore({
    bucket: 'sapa-media', prefix: 'test/',
    client: { endpoint: `http://127.0.0.1:${address.port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } },
  });
  return {
    store,
    close: async () => {
      store.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

describe.each([['data folder', fileSystemHarness], ['S3 (s3rver)', s3Harness]] as const)('blob store contract: %s', (_name, makeHarness) => {
  let harness: Harness;
  beforeAll(async () => { harness = await makeHarness(); });
  afterAll(() => harness.close());

  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 254, 255]);

  it('gives back exactly the bytes and type it was given', async () => {
    await harness.store.put('ws1/media1', bytes, 'image/jpeg');
    expect(await harness.store.get('ws1/media1')).toEqual({ bytes, contentType: 'image/jpeg' });
  });

  it('replaces a blob written again under the same key', async () => {
    await harness.store.put('ws1/media2', bytes, 'image/jpeg');
    await harness.store.put('ws1/media2', new Uint8Array([1, 2]), 'image/png');
    expect(await harness.store.get('ws1/media2')).toEqual({ bytes: new Uint8Array([1, 2]), contentType: 'image/png' });
  });

  it('says null for a missing key, and deletes (twice without error)', async () => {
    expect(await harness.store.get('ws1/never')).toBeNull();
    await harness.store.put('ws1/media3', bytes, 'image/jpeg');
    await harness.store.delete('ws1/media3');
    await harness.store.delete('ws1/media3');
    expect(await harness.store.get('ws1/media3')).toBeNull();
  });

  it('refuses keys that could leave the store', async () => {
    await expect(harness.store.put('../escape', bytes, 'image/jpeg')).rejects.toThrow(/unsafe/);
    await expect(harness.store.get('ws1/../../etc/passwd')).rejects.toThrow(/unsafe/);
  });
});
