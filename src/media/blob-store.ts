// Where uploaded images live: one interface, two stores. The data folder is the embedded
// default; an S3-compatible bucket is the option when several machines serve one Sapa.
// Keys are opaque strings Sapa makes (workspace id / media id), never taken from a user.

export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such blob. */
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  /** Removing a blob that is not there is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*$/;

/** Refuses keys that could climb out of the store's folder or bucket prefix. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) throw new Error(`unsafe blob key: ${key}`);
}
