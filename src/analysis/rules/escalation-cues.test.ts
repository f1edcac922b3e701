// Escalation cues (round thirteen): the conjunctions the high-urgency head reads. Written for these tests; none
// comes from a training batch, a blind set or the calm look-alike file.
import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { detectRules } from './detect.js';
import { escalationCues, headEscalationCues } from './escalation-cues.js';

const { vocabulary } = loadedResources();
const cuesOf = (text: string): string[] => {
  const prepared = prepareText(text, vocabulary);
  return headEscalationCues(prepared.ruleText, prepared.text, detectRules(prepared.ruleText));
};

describe('escalation cues', () => {
  it.each([
    ['Kalau minggu ini uangku belum balik, urusannya aku bawa ke BPSK.', ['cue:authority+condition', 'cue:authority+act']],
    ['Apa saya perlu mengadu ke OJK soal bunga yang tidak pernah dijelaskan?', ['cue:authority+question', 'cue:authority+act']],
    ['Adik saya kerja di kantor pengacara, dia sudah siap mendampingi kami.', ['cue:authority+third', 'cue:authority+future']],
    ['Dengan hormat, bersama surat ini kami sampaikan bahwa masalah ini akan kami teruskan ke Dinas Kesehatan.', ['cue:authority+formal', 'cue:authority+act']],
    ['If the refund is not here by Monday, my followers will hear the whole story on TikTok.', ['cue:venue+condition', 'cue:venue+future']],
    ['Would a journalist be interested in how you treat customers?', ['cue:venue+question']],
  ])('names the anchor with its modifier: %s', (text, expected) => {
    expect(cuesOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Polisi tidur di gang rumah bikin motor kurirnya pelan, santai aja.'],
    ['We had lunch at the food court next to your booth, lovely day.'],
    ['Kalau stoknya habis, warna lain juga boleh kak.'],
    ['Kakak saya mau tanya jam buka toko besok.'],
  ])('names no anchor in a calm look-alike: %s', (text) => {
    expect(cuesOf(text).filter((c) => c === 'cue:authority' || c === 'cue:venue' || c.includes('+'))).toEqual([]);
  });

  it('keeps a how-to question or praise next to an anchor as its own cue, for the head to weigh', () => {
    expect(cuesOf('Bagaimana cara mengadu ke YLKI? Untuk bahan presentasi.')).toEqual(expect.arrayContaining(['cue:authority+howto', 'cue:authority+question']));
    expect(cuesOf('Besok aku posting di TikTok, rotinya enak banget!')).toEqual(expect.arrayContaining(['cue:venue+praise', 'cue:venue+act']));
  });

  it('reads an unknown name in capitals as an anchor, but not everyday codes or a shouted message', () => {
    expect(cuesOf('Kalau tidak ada jawaban minggu ini, kasus ini saya bawa ke LKPK.')).toEqual(expect.arrayContaining(['cue:acronym+condition', 'cue:acronym+act']));
    expect(cuesOf('Kode OTP dan PIN saya aman, COD juga lancar.')).not.toContain('cue:acronym');
    expect(cuesOf('KENAPA PESANAN SAYA BELUM DIKIRIM JUGA SAMPAI HARI INI ADMIN TOLONG')).not.toContain('cue:acronym');
  });

  it('counts a complaint found by the rules as a grievance', () => {
    const text = { normalized: 'saya lapor bpom', raw: 'saya lapor BPOM', words: ['saya', 'lapor', 'bpom'] };
    expect(escalationCues(text, 'saya lapor BPOM', true)).toContain('cue:authority+grievance');
    expect(escalationCues(text, 'saya lapor BPOM', false)).not.toContain('cue:authority+grievance');
  });
});
