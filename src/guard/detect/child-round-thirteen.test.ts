// Round thirteen (issue #11): DISCLOSE.CHILD_APPEAL by structure (detect/child-round-thirteen.ts). Texts
// written for this test, not taken from any corpus split or blind set; clean look-alikes beside each shape.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';

const appeals = (text: string): boolean => check(text, { kind: 'post' }).findings.some((f) => f.rule === 'DISCLOSE.CHILD_APPEAL');

describe('a child addressed, then a move toward a grown-up', () => {
  it.each([
    'Adik-adik, bisikin Bunda ya kalau donat pelangi kami sudah datang.',
    'Yang masih SD, coba screenshot poster ini terus kirim ke HP Papa.',
    'Hey little bakers, tap your mum on the shoulder and show her our cupcake kit.',
    'Little racers: point your dad at the red bike in our window.',
    'Bocah-bocah, colek Abah di kolom komentar, ada layangan baru di toko kite.',
    'Kids, whisper to Grandpa that the kite shop has new dragons.',
    'Kalian yang masih kelas 4, ceritain ke Ibu soal kelas sains kami malam ini.',
    'Anak-anak, jangan lupa ingetin Mama: susu cokelat kesukaanmu ada di rak depan.',
    'Tunggu di depan kedai kami ya, tarik tangan Ayah ke meja es krim, Dik.',
    'Adik-adik peserta lomba gambar, yang mau paket spidol, ajak Bunda mampir ke kasir ya.',
  ])('%s → CHILD_APPEAL', (text) => {
    expect(appeals(text)).toBe(true);
  });

  it.each([
    'Psst, kids: the strawberry one is back. You know who to ask at breakfast.',
    'Robot dino sudah ada di toko kami. Adik-adik tahu kan harus minta ke siapa?',
    'Kids, leave this page open on the family laptop tonight.',
    "Little ones, here's your script for tonight: can we get the panda lunchbox?",
    'Hai kids! Grandma loves a treat too, right? Tell her about our mango pudding.',
  ])('%s → CHILD_APPEAL (the grown-up unnamed or taken up by a pronoun)', (text) => {
    expect(appeals(text)).toBe(true);
  });

  it.each([
    'Sudah kelas 2 tapi belum punya sepatu lampu? Coba rayu Mama pelan-pelan.',
    'Kode-kodein aja Papa pas sarapan, siapa tahu weekend ini dapat sepeda baru.',
    'Aww, show your dad this post and maybe he will get you the dino kite for your birthday.',
  ])('%s → CHILD_APPEAL (a persuasion plain enough to need no vocative)', (text) => {
    expect(appeals(text)).toBe(true);
  });
});

describe('clean look-alikes stay quiet', () => {
  it.each([
    // Parents spoken to, not children.
    'Ayah Bunda, ajak si kecil mewarnai di pojok baca kami setiap Sabtu.',
    'Parents, tell your kids the splash pool opens at 9 this weekend.',
    // Safety, permission and company.
    'Adik-adik, minta izin Mama dulu sebelum main di kolam ya.',
    'Kids, if you feel sick after the ride, tell a grown-up right away.',
    'Anak-anak, selalu pakai helm dan ditemani Ayah saat bersepeda di taman.',
    'Ask your parents before buying anything online, kids. Stay safe.',
    // A contest the brand sponsors: bringing a parent along is no purchase.
    'Adik-adik peserta lomba mewarnai, ajak Ayah Bunda ke aula jam 9, pengumuman pemenang jam 12.',
    'Adik-adik, ajak Ayah nonton karnaval di lapangan kota Minggu pagi.',
    // Ages and a child spoken about.
    'Kelas renang kami untuk usia 6–12 tahun, jadwal Selasa dan Kamis sore.',
    'Kemarin seorang anak cerita ke ibunya soal robot kami, lucu banget.',
    // "little" and "young" that address nobody.
    'A little reminder: the shop closes early on Friday, so tell your friends.',
    // A grown-up addressed after the children.
    'Kids, remember to drink water on the hike. Grown-ups, please bring a torch.',
  ])('%s → no CHILD_APPEAL', (text) => {
    expect(appeals(text)).toBe(false);
  });
});
