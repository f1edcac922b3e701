// The draft lower-cased when it is plain ASCII (lower-casing then keeps UTF-16 offsets),
// else undefined. Normalisation and the typography check both need it for the same
// draft in one check(); remembering the last draft saves the second whole-text test and
// lower-casing.
const NON_ASCII = /[\u0080-\uffff]/;

let lastOriginal: string | undefined;
let lastLower: string | undefined;

export function asciiLower(original: string): string | undefined {
  if (original !== lastOriginal) {
    lastOriginal = original;
    lastLower = NON_ASCII.test(original) ? undefined : original.toLowerCase();
  }
  return lastLower;
}
