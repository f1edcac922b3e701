// What the coach suggests for each point, worded for the follower's emotion, in both languages.
export type CoachedEmotion = 'anger' | 'fear' | 'sadness';

export interface LocalizedText {
  id: string;
  en: string;
}

type Point = 'acknowledges_feeling' | 'apologises' | 'no_blame' | 'next_step';

const SUGGESTIONS: Readonly<Record<Point, Readonly<Record<CoachedEmotion, LocalizedText>>>> = {
  acknowledges_feeling: {
    anger: { id: 'Sebut perasaannya dulu: “Kami paham ini bikin kesal, Kak.”', en: 'Name the feeling first: “We understand how frustrating this is.”' },
    fear: { id: 'Akui kekhawatirannya: “Wajar kalau Kakak khawatir.”', en: 'Acknowledge the worry: “We understand this is worrying.”' },
    sadness: { id: 'Akui kekecewaannya: “Kami turut sedih, pasti mengecewakan ya, Kak.”', en: 'Acknowledge the disappointment: “That is really disappointing, we understand.”' },
  },
  apologises: {
    anger: { id: 'Minta maaf atas yang terjadi, tanpa “tapi”: “Mohon maaf atas keterlambatannya.”', en: 'Apologise for what happened, without a “but”: “We are sorry for the delay.”' },
    fear: { id: 'Minta maaf atas kejadiannya: “Kami minta maaf atas kejadian ini.”', en: 'Apologise for what happened: “We are so sorry this happened.”' },
    sadness: { id: 'Minta maaf dengan tulus: “Maaf ya, Kak, ini tidak seharusnya terjadi.”', en: 'Apologise sincerely: “We are sorry, this should not have happened.”' },
  },
  no_blame: {
    anger: { id: 'Hindari menyalahkan atau berlindung di balik aturan (“sesuai SOP”, “bukan salah kami”); jelaskan apa yang bisa dilakukan.', en: 'Do not blame the follower or hide behind rules (“as per our policy”, “not our fault”); say what can be done.' },
    fear: { id: 'Jangan membantah kekhawatirannya (“tidak mungkin dari produk kami”); utamakan keselamatannya.', en: 'Do not dismiss the worry (“this can’t be caused by us”); put their safety first.' },
    sadness: { id: 'Jangan menyalahkan (“sudah tertera di deskripsi”); tawarkan jalan keluar.', en: 'Do not point to the fine print (“as stated in the description”); offer a way forward.' },
  },
  next_step: {
    anger: { id: 'Tawarkan langkah konkret dengan waktu: “Boleh DM nomor pesanannya? Kami cek ke kurir dan kabari hari ini.”', en: 'Offer a concrete step with a time: “Please DM us your order number; we will check with the courier and update you today.”' },
    fear: { id: 'Beri langkah aman sekarang: “Hentikan pemakaian, bilas dengan air, dan periksa ke dokter; kami hubungi lewat DM.”', en: 'Give a safe step now: “Please stop using it, rinse with water and see a doctor; we will DM you.”' },
    sadness: { id: 'Tawarkan pemulihan konkret: “Kami kirim pengganti hari ini, resinya kami DM.”', en: 'Offer a concrete fix: “We will send a replacement today and DM you the tracking number.”' },
  },
};

export function suggestionFor(point: Point, emotion: CoachedEmotion): LocalizedText {
  return SUGGESTIONS[point][emotion];
}
