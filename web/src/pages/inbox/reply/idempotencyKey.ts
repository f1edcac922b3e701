// Every distinct reply gets its own idempotency key; retrying the same text after a network
// error reuses it, so the server answers "duplicate" instead of sending the reply twice.

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 22 url-safe characters, 6 random bits each. getRandomValues, unlike randomUUID, also works on plain-http LAN installs. */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let key = '';
  for (const byte of random(new Uint8Array(22))) key += KEY_ALPHABET[byte & 63];
  return key;
}

/** The key of an attempt whose outcome the client does not know yet. */
export interface PendingSend {
  text: string;
  key: string;
}

export function keyForSend(text: string, pending: PendingSend | null, makeKey: () => string = newIdempotencyKey): PendingSend {
  return pending !== null && pending.text === text ? pending : { text, key: makeKey() };
}
