// Everyday Indonesian questions, written in the casual register the slang pass then varies
// further (gak → ga/nggak, banget → bgt …). Code-mixing with English is left as people write it.
import type { TopicTemplates } from './types.js';

export const PRICE_ID: TopicTemplates = {
  price: [
    '{sapa} {product} harganya brp ya?',
    'harga {product} berapa {sapa}? {emoji}',
    '{product} yang {size} berapaan {sapa}',
    '{sapa}, ada promo gak buat {product}? kemarin liat di {marketplace} harganya beda',
    'pricelist dong {sapa} 🙏',
    'kalo beli {product} sama {product2} jadi berapa {sapa}? ada diskon bundling gak',
    '{sapa} harga {product} sekarang masih {price} kan? takut naik 😅',
    'Berapa harganya {sapa}? minat nih',
    'spill harga {product} dong, budget anak kos nih 🥲',
    'yang {product} tuh {price} ya {sapa}? itu udah termasuk ongkir belum',
    'kok di web {price} tapi di {marketplace} lebih murah ya {sapa}? mending beli dimana',
    'ada diskon buat pembelian {n} pcs gak {sapa}?',
  ],
};

export const STOCK_ID: TopicTemplates = {
  stock: [
    '{sapa} {product} ready gak?',
    '{product} ready stock {sapa}?',
    'restock {product} kapan {sapa}? udah nungguin dari bulan lalu {emoji}',
    '{sapa} {oosProduct} kapan ready lagi 😭😭',
    '{sapa} {product} masih ada gak di {marketplace}? kok sold out terus',
    'ready {n} pcs gak {sapa}? mau buat stok',
    'Masih ada stok {product} ukuran {size}?',
    '{sapa} {oosProduct} gak restock lagi kah? jangan discontinue plisss',
    'di official store {marketplace} kosong, di sini ada gak {sapa}',
  ],
};

export const SHIPPING_ID: TopicTemplates = {
  shipping: [
    'ongkir ke {city} berapa {sapa}?',
    '{sapa} bisa kirim ke {city} gak? pake {courier} bisa?',
    'bisa COD gak {sapa}?',
    'kirim dari mana {sapa}? ke {city} kira2 berapa hari nyampe',
    'ada free ongkir gak {sapa}? {emoji}',
    'bisa same day gak {sapa}? aku di {city}',
    'kalo order hari ini dikirim kapan {sapa}?',
    'Ongkir ke {city} mahal gak {sapa}? pengen coba {product} tapi takut ongkirnya lebih mahal dari barangnya 😂',
    '{sapa} pengiriman pake {courier} atau bisa pilih sendiri?',
  ],
};

export const HOURS_ID: TopicTemplates = {
  hours: [
    '{sapa} CS nya buka jam berapa ya?',
    'admin online jam berapa? chat aku dari kemarin belum dibales {emoji}',
    'hari minggu buka gak {sapa}?',
    'ada toko offline gak {sapa}? di {city} ada?',
    'tanggal merah tetep kirim gak {sapa}?',
    'jam operasional nya {sapa}?',
    'kalo chat malem2 gini dibales besok ya {sapa}?',
  ],
};

export const PRODUCT_ID: TopicTemplates = {
  product: [
    '{sapa} {product} aman buat bumil gak?',
    '{product} cocok buat {skin} gak {sapa}?',
    'udah BPOM belum {sapa}? sama halal gak?',
    '{product} boleh dipake bareng retinol gak?',
    'pemakaian {product} pagi atau malem {sapa}?',
    '{sapa} beda {product} sama {product2} apa ya? bingung pilih yang mana {emoji}',
    'buat umur 15 tahun boleh pake {product} gak {sapa}?',
    '{product} ini non comedogenic kan? kulitku gampang bruntusan',
    'berapa lama baru keliatan hasilnya {sapa}?',
    '{sapa}, kalau kulitku {skin} mending pakai yang mana?',
    'urutan pakainya gimana {sapa}? {product} dulu atau {product2} dulu',
    '{product} ada wanginya gak {sapa}? aku gak kuat yang wangi',
  ],
};

export const ORDER_STATUS_ID: TopicTemplates = {
  order_status: [
    '{sapa} pesanan aku {order} kok belum dikirim ya?',
    '{sapa} order {order} udah dikirim belum? resinya mana',
    '{sapa} mau nanya status pesanan {order}, udah {days} hari belum ada update',
    'resi {courier} aku gak bisa dilacak {sapa}, order {order}',
    'pesanan {order} statusnya masih dikemas terus {emoji}',
    'udah transfer dari kemarin tapi status {order} masih menunggu pembayaran, tolong dicek {sapa} 🙏',
    'halo {sapa}, mau konfirmasi pembayaran buat {order} ya',
    '{sapa} bisa ganti alamat gak? order {order} belum dikirim kan',
  ],
};
