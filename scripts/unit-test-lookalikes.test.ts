// The calibration's look-alikes are the unit tests' calm cases and nothing they flag as high.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitTestLookalikes } from './unit-test-lookalikes.js';

const texts = unitTestLookalikes(join(import.meta.dirname, '..', 'src', 'analysis'));

describe('unit-test look-alikes', () => {
  it('reads every calm list, "is not high urgency" ones included', () => {
    expect(texts.length).toBeGreaterThanOrEqual(138);
    expect(texts).toContain('sakit kepala ilang setelah minum teh hangat kalian, makasih');
    expect(texts).toContain('please send the parcel to my address, not to someone else');
    expect(texts).toContain('tolong kirim ke alamat saya yang baru ya kak, nomor hp tetap sama');
  });

  it('takes no text of a list the tests flag as high', () => {
    expect(texts).not.toContain('suami saya sakit perut habis makan nugget kalian');
    expect(texts).not.toContain('i will take this to the authorities');
    expect(new Set(texts).size).toBe(texts.length);
  });
});
