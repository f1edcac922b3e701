// The demo brand's working material: saved replies (with {nama}, {produk}, {nomor_pesanan}),
// the FAQ (faq.ts), and a brand profile for the content guard, so
// suggestions, saved replies and the guard all have something real to work with.
import { GLOWRIA } from '../channels/simulator/brand.js';
import type { Runtime } from '../runtime.js';
import { newId } from '../store/ids.js';
import { writeBrandProfile } from '../store/repositories/brand-profiles.js';
import { insertKnowledgeEntries, insertSavedReplies } from '../store/repositories/saved-replies.js';
import { demoFaq } from './faq.js';

export const demoSavedReplies: Array<{ title: string; language: 'id' | 'en'; text: string }> = [
  { title: 'Salam & bantu', language: 'id', text: 'Halo kak {nama}, terima kasih sudah menghubungi Glowria. Ada yang bisa kami bantu? 😊' },
  { title: 'Cek status pesanan', language: 'id', text: 'Halo kak {nama}, mohon maaf menunggu. Pesanan {nomor_pesanan} sedang kami cek ke tim gudang, kami kabari lagi paling lambat 1×24 jam ya.' },
  { title: 'Harga & ukuran produk', language: 'id', text: 'Halo kak {nama}, {produk} bisa dicek harga dan ukurannya di link bio ya. Kalau mau, kami bantu pilihkan yang cocok untuk jenis kulit kakak.' },
  { title: 'Maaf paket terlambat', language: 'id', text: 'Mohon maaf atas keterlambatannya, kak {nama}. Kami cek pesanan {nomor_pesanan} ke kurir sekarang dan kabari hasilnya hari ini.' },
  { title: 'Reaksi kulit — hentikan pemakaian', language: 'id', text: 'Kak {nama}, mohon hentikan dulu pemakaian {produk} dan bilas dengan air. Kalau kemerahan atau gatal berlanjut, sebaiknya periksa ke dokter. Boleh DM nomor pesanan supaya kami bantu proses selanjutnya?' },
  { title: 'Greeting & help', language: 'en', text: 'Hi {nama}, thanks for reaching out to Glowria! How can we help? 😊' },
  { title: 'Order status', language: 'en', text: 'Hi {nama}, sorry for the wait. We are checking order {nomor_pesanan} with our warehouse and will update you within 24 hours.' },
  { title: 'Product price & size', language: 'en', text: 'Hi {nama}, you can find the price and size of {produk} via the link in our bio. Happy to help you pick what suits your skin.' },
];

export async function seedDemoContent(runtime: Runtime, workspaceId: string): Promise<void> {
  const { db } = runtime.store;
  const now = Date.now();
  await insertSavedReplies(db, demoSavedReplies.map((reply, index) => ({
    id: newId(now + index), workspace_id: workspaceId, ...reply, created_by: null, created_at: now, updated_at: now,
  })));
  await insertKnowledgeEntries(db, demoFaq().map((entry, index) => ({
    id: newId(now + index), workspace_id: workspaceId, language: entry.language, question: entry.question, answer: entry.answer, created_at: now, updated_at: now,
  })));
  await writeBrandProfile(db, workspaceId, {
    name: GLOWRIA.name,
    products: GLOWRIA.products.map((product) => ({
      name: product.name, aliases: [...new Set([...product.aliases.id, ...product.aliases.en])], limitations: [product.limitation.id, product.limitation.en],
      requiredDisclaimers: ['Hasil bisa berbeda pada tiap orang.'],
    })),
    substantiatedClaims: [{ text: 'terdaftar di BPOM', evidence: 'Nomor notifikasi BPOM pada kemasan tiap produk' }],
    bannedWords: ['glowing instan', 'auto putih'],
    severityOverrides: {},
  }, null, now);
}
