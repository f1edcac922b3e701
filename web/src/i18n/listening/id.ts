// Indonesian strings of Listening, used as `listening` in ../id.ts; the same keys as ./en.ts.
import type { listeningEn } from './en';

export const listeningId: typeof listeningEn = {
  title: 'Listening',
  intro: 'Unggahan publik yang menyebut brand, produk, atau tagar tanpa menandai akun brand. Unggahan ini terpisah dari kotak masuk sampai kamu menjadikannya percakapan.',
  summary: '{{total}} unggahan dalam 7 hari terakhir: {{positive}} positif, {{neutral}} netral, {{negative}} negatif',
  searches: {
    title: 'Pencarian tersimpan',
    none: 'Belum ada pencarian. Tambahkan nama brand, nama produk, atau #tagar.',
    noChannels: 'Hubungkan kanal Bluesky, Mastodon, atau X untuk listening: hanya jaringan itu yang punya pencarian publik.',
    query: 'Cari',
    queryPlaceholder: 'Glowria, Bright Serum, #glowria',
    channel: 'Di kanal',
    add: 'Tambah pencarian',
    remove: 'Hapus pencarian "{{query}}"',
    lastRun: 'Terakhir dicari',
    never: 'Belum dicari',
    failing: 'Gagal: {{error}}',
  },
  posts: {
    title: 'Unggahan yang ditemukan',
    none: 'Belum ada unggahan. Pencarian berjalan setiap beberapa menit.',
    allSearches: 'Semua pencarian',
    allSentiments: 'Semua sentimen',
    searchFilter: 'Pencarian',
    sentimentFilter: 'Sentimen',
    foundBy: 'Ditemukan lewat "{{query}}"',
    original: 'Buka aslinya',
    toConversation: 'Jadikan percakapan',
    openConversation: 'Buka percakapan',
    more: 'Tampilkan lagi',
  },
};
