// Round-five urgency shapes (issue #11): intent to publicise + platform or audience, others warned
// away, a court met at, complaint nouns to an authority, locked out while a code arrives, objects
// used by someone else. Examples are written for these tests; none comes from a blind set.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

describe('round-five urgency shapes', () => {
  it.each([
    ['Aku lagi bikin thread di Reddit soal pesanan yang hilang ini, lengkap sama screenshot', 'threatens_viral'],
    ['Will be posting the whole story to my 10k subscribers tonight', 'threatens_viral'],
    ['awas aja, siap-siap toko kalian trending besok', 'threatens_viral'],
    ['My readers deserve to know how you treat customers', 'threatens_viral'],
    ["I'm leaving a one-star review on every site I can find", 'threatens_viral'],
    ['Aku bakal bilang ke satu kampus jangan pernah beli di sini', 'warns_others_away'],
    ['Telling my whole running club to stay away from your shoes', 'warns_others_away'],
    ['Kalau dana saya tidak kembali, kita ketemu di pengadilan saja', 'threatens_police'],
    ['Berkas pengaduan ke YLKI sudah lengkap', 'threatens_regulator'],
    ['ada kode OTP masuk, sekarang saya tidak bisa login ke akun sendiri', 'account_takeover'],
    ['My paylater limit was used by someone else last night', 'account_takeover'],
    ['Seluruh grup arisan bakal tahu soal ini', 'threatens_viral'],
    ['I will make sure the whole street knows what you did', 'threatens_exposure'],
    ['tunggu sampai subscriber aku lihat videonya', 'threatens_exposure'],
    ['My review of this place is going to be scathing', 'threatens_exposure'],
    ['kalau tidak diganti, saya posting foto kemasannya', 'threatens_viral'],
    ["I'm calling the news about this", 'threatens_viral'],
  ])('is high urgency: %s', (text, reason) => {
    const result = analyze(text);
    expect(result.urgency).toBe('high');
    expect(result.reasons).toContain(reason);
  });

  it.each([
    'Boleh aku repost foto menunya ke story IG?',
    'Can I share your recipe in my Facebook group?',
    'Aku share katalognya ke grup kantor ya, pada mau order',
    'Posting my review on my blog next week, five stars from me',
    'Kode OTP-nya belum masuk, bisa dikirim ulang?',
    'Aplikasinya tidak bisa login dari pagi, lagi maintenance ya?',
    'Pedas banget sambalnya sampai bibir panas, nagih!',
    'Ketipu sama diri sendiri, niat beli satu malah checkout tiga',
    'Jangan lupa kirim ke alamat kantor ya kak',
    'Tadinya mau kasih bintang 1, tapi CS-nya cepat bantu, makasih',
    'Rating 1 dari saya tidak akan ada, puas banget',
    'Semua orang di kantor bakal tahu enaknya kue kalian!',
    'I have 12k followers, would you like to collab?',
    'Share info promo kalian ke grup RT ya, biar pada tahu',
    'Dia masih upload foto lama terus, gimana ya kak?',
  ])('is not high urgency: %s', (text) => {
    expect(analyze(text).urgency).not.toBe('high');
  });
});
