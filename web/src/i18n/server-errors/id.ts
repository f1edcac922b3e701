// Kode galat server (`code`, src/server/errors.ts) dalam Bahasa Indonesia; sama kuncinya dengan en.ts.
import type { serverErrorsEn } from './en';

export const serverErrorsId: typeof serverErrorsEn = {
  auth: {
    required: 'Masuk dulu.',
    csrf: 'Halaman ini sudah usang: muat ulang lalu coba lagi.',
    wrong_credentials: 'E-mail atau kata sandi salah.',
  },
  token: { read_only: 'Token API ini hanya bisa membaca.', not_found: 'Token API itu sudah tidak ada.' },
  role: { too_low: 'Peran Anda di workspace ini tidak mengizinkannya.' },
  rate_limited: 'Terlalu banyak percobaan; tunggu sebentar lalu coba lagi.',
  database: { unavailable: 'Basis data sedang tidak bisa dihubungi; coba lagi sebentar lagi.' },
  route: { not_found: 'Alamat ini tidak ada.' },
  workspace: { not_found: 'Workspace ini tidak ada atau Anda bukan anggotanya.' },
  conversation: { not_found: 'Percakapan ini tidak ada di workspace ini.' },
  reply: {
    not_found: 'Balasan ini tidak ada di percakapan ini.',
    key_conflict: 'Balasan ini sudah terkirim di percakapan lain. Tulis lagi untuk mengirim balasan baru.',
  },
  guard: { override_forbidden: 'Hanya manajer atau pemilik yang bisa mengabaikan temuan yang memblokir.' },
  post: {
    not_found: 'Postingan ini tidak ada di workspace ini.',
    not_draft: 'Hanya draf yang bisa diubah: batalkan jadwal postingan dulu.',
    changed_meanwhile: 'Postingan berubah sementara itu; muat ulang.',
    approval_required: 'Workspace ini meminta persetujuan: ajukan postingan untuk disetujui, jangan langsung dijadwalkan.',
  },
  slot: {
    not_found: 'Slot posting ini tidak ada.',
    none: 'Kanal postingan ini belum punya slot posting: tambahkan di editor slot kalender.',
    all_taken: 'Semua slot posting delapan minggu ke depan sudah terisi: tambah slot atau pilih waktu di Tulis.',
  },
  channel: { not_found: 'Kanal ini tidak ada di workspace ini.' },
  saved_reply: { not_found: 'Balasan tersimpan ini tidak ada.' },
  saved_search: { not_found: 'Pencarian tersimpan ini tidak ada.' },
  knowledge: { not_found: 'Entri pengetahuan ini tidak ada.' },
  media: { not_found: 'Gambar ini tidak ada.' },
  alert: { not_found: 'Peringatan ini tidak ada.' },
  loyalty: { not_found: 'Kontak ini belum punya tahap loyalitas.' },
  contact: { not_found: 'Kontak ini tidak ada di workspace ini.' },
  user: { not_found: 'Pengguna ini tidak ada.' },
  member: { not_found: 'Anggota ini tidak ada di workspace.', last_owner: 'Ini pemilik terakhir: jadikan orang lain pemilik dulu.' },
  invite: { not_found: 'Undangan ini tidak ada.', code_unknown: 'Tidak ada undangan dengan kode ini. Periksa lagi, atau minta yang baru.' },
};
