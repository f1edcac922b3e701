import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findWorkspaceMedia } from '../store/repositories/media.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { createWorkspaceWithChannel } from '../test-support/factories.js';
import { storeImage } from './store-image.js';

// A 1×1 PNG: the smallest real image the sniffer and image-size accept.
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('storeImage', () => {
  let test: TestRuntime;
  beforeEach(async () => { test = await createTestRuntime('sqlite'); });
  afterEach(async () => { await test.dispose(); });

  it('keeps the bytes in the blob store and what they are in the workspace', async () => {
    const { workspaceId } = await createWorkspaceWithChannel(test.runtime.store.db);
    const row = await storeImage({ db: test.runtime.store.db, blobs: test.runtime.blobs }, { workspaceId, bytes: onePixelPng, altText: 'a dot', createdBy: null });
    expect(row).toMatchObject({ content_type: 'image/png', width: 1, height: 1, bytes: onePixelPng.byteLength, alt_text: 'a dot' });
    expect(await findWorkspaceMedia(test.runtime.store.db, workspaceId, row.id)).toEqual(row);
    const blob = await test.runtime.blobs.get(row.blob_key);
    expect(Buffer.from(blob?.bytes ?? [])).toEqual(onePixelPng);
  });

  it('refuses what is not an image, whatever it claims to be', async () => {
    const { workspaceId } = await createWorkspaceWithChannel(test.runtime.store.db);
    await expect(storeImage({ db: test.runtime.store.db, blobs: test.runtime.blobs }, { workspaceId, bytes: Buffer.from('<svg onload=alert(1)>'), createdBy: null }))
      .rejects.toThrow(/not an image Sapa can publish/);
  });
});
