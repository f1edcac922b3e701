// Complaints by topic (the four an SMO meets most: late parcel, wrong item, broken seal, refund,
// plus slow service and disappointing results) and sarcasm, which reads as praise to a naive model.
import type { LanguageTemplates } from './types.js';

export const COMPLAINTS: LanguageTemplates = {
  id: {
    late_parcel: [
      '{sapa} paket aku udah {days} hari gak nyampe2 {emoji} order {order}',
      'pengiriman lama banget, {days} hari masih di gudang {courier} {city}',
      'gimana sih kok paketnya gak dateng2, katanya 2-3 hari',
      'udah lewat estimasi {sapa}, paket {order} nyangkut dimana ini {emoji}',
    ],
    wrong_item: [
      '{sapa} aku pesen {product} kok yang dateng {product2}?? order {order}',
      'barang yang dikirim salah {sapa}, tolong dong diganti {emoji}',
      'pesen {n} yang dateng cuma 1, gimana ini {sapa}',
    ],
    broken_seal: [
      'segelnya udah kebuka pas nyampe {sapa}, ini aman gak? {emoji}',
      '{product} aku dateng bocor, tumpah semua di plastik {emoji}',
      'botol {product} retak pas nyampe, packingnya kurang tebel {sapa}',
      'kok segel {product} nya gak ada ya? takut palsu',
    ],
    refund: [
      '{sapa} aku mau refund aja, udah {days} hari gak ada kejelasan',
      'refund aku kapan diproses? udah ajuin dari minggu lalu {order}',
      'mau retur {product} bisa gak {sapa}? gak cocok di kulitku',
    ],
    service: [
      'chat di DM gak dibales2, admin kemana sih {emoji}',
      'kecewa sih, CS nya lama banget responnya',
      'ditanya baik2 malah dibales template doang {emoji}',
    ],
    results: [
      'udah {weeks} minggu pake {product} gak ada perubahan apa2 {emoji}',
      'teksturnya beda sama yang dulu, formulanya diganti ya? jadi lengket',
      'kok aku malah bruntusan ya pake {product} {emoji}',
    ],
  },
  en: {
    late_parcel: [
      'my parcel is {days} days late, order {order} {emoji}',
      'still waiting for my order. this is ridiculous',
    ],
    wrong_item: [
      'I ordered {product} but got {product2}. order {order}',
      'you sent the wrong item, please fix this {emoji}',
    ],
    broken_seal: [
      'the seal on my {product} was already broken when it arrived. is it safe?',
      'my {product} arrived leaking all over the box {emoji}',
    ],
    refund: [
      'I want a refund for order {order}',
      'been waiting {days} days for my refund, any update?',
    ],
    service: ['nobody is answering my DMs {emoji}', 'your customer service takes forever to reply'],
    results: ['used {product} for {weeks} weeks and saw zero difference {emoji}'],
  },
};

export const SARCASM: LanguageTemplates = {
  id: {
    sarcasm: [
      'mantap, paket nyampe {weeks} minggu 👍',
      'wah keren banget pelayanannya, DM dari {days} hari lalu belum dibales sampe sekarang 👏👏',
      'makasih ya {sapa} udah kirim {product2} padahal aku pesennya {product}, surprise banget 🙂',
      'hebat, katanya bikin glowing, yang glowing malah jerawatku 🙂',
      'cepet banget ya pengirimannya, baru {days} hari udah nyampe 🙃',
      'iya deh {sapa}, sabar aja terus sampe lebaran 🙂',
      'seneng banget deh bayar {price} buat nungguin resi yang gak pernah ada 👍',
      'good job {sapa}, segelnya udah dibukain duluan biar aku gak repot 👏',
    ],
  },
  en: {
    sarcasm: [
      'great, my parcel only took {weeks} weeks 👍',
      'love how my DM from {days} days ago is still unanswered. amazing service 👏',
      'wow thanks for sending the wrong item, what a surprise 🙂',
      'so "glowing" that I broke out everywhere. 10/10 🙃',
    ],
  },
};
