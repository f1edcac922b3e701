// The analysis worker gives exactly what the in-thread analyser gives, in order, and a batch
// in flight when the pool closes is still answered (in-thread).
import { afterEach, describe, expect, it } from 'vitest';
import { createUnderstandPool, type UnderstandPool } from './understand-pool.js';
import { understandMessage } from './understand.js';
import { storedAnalysis } from './understanding.js';

const texts = [
  'Kak, serum niacinamide masih ready? Harganya berapa ya? 🙏',
  'kecewa bgt paket udh 2 minggu blm nyampe, mau lapor YLKI',
  'Love it! my skin has never been this calm',
  'cek bio kak, dapet iphone gratis 🎁',
  '',
];

describe('the analysis worker', () => {
  let pool: UnderstandPool | undefined;
  afterEach(async () => { await pool?.close(); });

  it('answers a batch exactly as the in-thread analyser does, in order', async () => {
    // The in-thread analyser is only the fallback: here the worker must do the work.
    pool = createUnderstandPool(() => { throw new Error('fell back to the main thread'); });
    const [first, second] = await Promise.all([pool.understandMany(texts), pool.understandMany([...texts].reverse())]);
    expect(first.map((result) => result.stored)).toEqual(texts.map((text) => storedAnalysis(understandMessage(text))));
    expect(second.map((result) => result.stored)).toEqual([...texts].reverse().map((text) => storedAnalysis(understandMessage(text))));
    expect(first.map((result) => result.understanding.intents)).toEqual(texts.map((text) => understandMessage(text).intents));
  });

  it('answers in-thread when the worker does not answer in time, and after the pool is closed', async () => {
    const inThreadCalls: string[] = [];
    const counting = (text: string) => { inThreadCalls.push(text); return understandMessage(text); };
    // 1 ms: far less than the worker needs to load its models.
    pool = createUnderstandPool(counting, { timeoutMs: 1 });
    const late = await pool.understandMany(texts);
    expect(late.map((result) => result.stored)).toEqual(texts.map((text) => storedAnalysis(understandMessage(text))));
    expect(inThreadCalls).toEqual(texts);
    await pool.close();
    expect((await pool.understandMany(['halo kak'])).map((result) => result.understanding.language)).toEqual([understandMessage('halo kak').language]);
  });

  it('still answers a batch in flight when the pool closes', async () => {
    pool = createUnderstandPool(understandMessage);
    const inFlight = pool.understandMany(texts);
    await pool.close();
    expect((await inFlight).map((result) => result.stored)).toEqual(texts.map((text) => storedAnalysis(understandMessage(text))));
  });
});

describe('the stored analysis', () => {
  it('rounds every score to three decimals and keeps everything else as it is', () => {
    const understanding = understandMessage('kecewa bgt, serumnya bikin gatal. hubungi 0812-3456-7890');
    const stored = JSON.parse(storedAnalysis(understanding)) as typeof understanding;
    expect(stored.intents).toEqual(understanding.intents);
    expect(stored.sentiment.label).toBe(understanding.sentiment.label);
    const replaced = JSON.stringify(understanding, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value));
    expect(storedAnalysis(understanding)).toBe(replaced);
  });
});
