// Going-public threats without a share verb (issue #11, round three). The examples are the
// tuning examples of this rule, written for it; none comes from a blind set.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

const urgencyOf = (text: string): string => analyze(text).urgency;

describe('going public without a share verb', () => {
  it.each([
    'Kalau besok belum ada refund, aku bawa masalah ini ke Facebook ya',
    'Udah capek nunggu, lain kali langsung ke grup alumni aja biar rame',
    'Siap-siap aja masuk timeline orang-orang, aku udah nyimpen semua bukti chatnya',
    'Ini aku naikkan ke Threads sekalian, kecewa berat',
    'If nobody calls me back today this ends up on my Instagram stories.',
    "I'm going to Reddit with this, the support here is useless.",
    "Next time it's straight to my YouTube channel with the receipts.",
    'Ignore me again and every mum in my neighbourhood will know about this.',
  ])('is high urgency: %s', (text) => {
    expect(urgencyOf(text)).toBe('high');
    expect(analyze(text).reasons).toContain('threatens_viral');
  });

  it.each([
    'Aku mau cari tutorial pakainya di YouTube, ada link-nya kak?',
    'Will you post the restock date on Instagram?',
    "I'll follow your TikTok for the next giveaway, love the stuff!",
    'Nanti aku masukin ke story IG ya, bagus banget hasilnya 😍',
    'Grup komunitas kami mau pesan 30 paket, bisa kirim ke Bandung?',
  ])('is not a threat: %s', (text) => {
    expect(analyze(text).reasons).not.toContain('threatens_viral');
  });
});
