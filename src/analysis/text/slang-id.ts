// Everyday social-media Indonesian, written by the Sapa team (no third-party lexicon).
// Each line is `canonical: variant variant …`. Canonical forms follow the spelling of the
// SmSA training texts (tidak, sudah, banget, kalau, gue), so a slang message lands on the
// words the sentiment model has seen most. A canonical form may be several words.
export const SLANG_ID = `
tidak: gak ga gk nggak ngga ngak nggk enggak engga egak gag kaga kagak tdk ndak nda tak gax gaa
tidak ada: gaada gada gakada
tidak mau: gamau gamao gmau ogah
tidak bisa: gabisa gbs gabs gakbisa
tidak tahu: gatau gtau gatw gataw gtw
tidak apa apa: gapapa gpp gapp gapapah nggapapa gpapa
tidak jelas: gajelas gjls
belum: blm blom belom blum lom
bukan: bkn bukn
jangan: jgn jngn
sudah: udah udh dah sdh sudh uda
yang: yg yng
dalam: dlm
tersebut: tsb
dan lain-lain: dll dsb
supaya: spy
tentang: ttg
menurut: mnrt
kepada: kpd
pada: pd
atau: ato atw
nanti: ntar ntr nnti
tadi: td tdi
kemarin: kmrn kemaren kmarin kmaren
besok: bsk besuk
dulu: dl dlu
kemana: kmn kmna
maksud: mksd
bertanya: nanya
teman: temen tmn
saudara: sodara
orang tua: ortu
cowok: cowo cwo
cewek: cewe cwe
besar: gede
banget: bgt bngt bgtt bget bangett bangettt
bagus: bgs baguss
dengan: dgn dg
untuk: utk untk
karena: krn krna karna soalnya
tapi: tp tpi tapii
jadi: jd jdi
lagi: lg lgi
sama: sm ama
saya: sy sya
aku: aq ak
kamu: km kmu
gue: gw gua
dari: dr dri
kalau: kl kalo klo klw
bagaimana: gmn gmna gimana gmana bgmn gimn
kenapa: knp knapa napa ngapa
berapa: brp brapa brpa brap
dimana: dmn dmna dimna
apa: ap apaan
terus: trs trus
juga: jg jga
saja: aja aj ajah doang
bisa: bs bsa
memang: emg emang mmg
orang: org
benar: bnr bener
sekarang: skrg skrng skr
tanggal: tgl
hari: hr
bulan: bln
tahun: thn
minggu: mgg mgu
masih: msh masi
padahal: pdhl
sebelum: sblm
setelah: stlh
harus: hrs
tahu: tau taw
ingin: pengen pgn pingin pengin
ini: ni
itu: tu
begitu: gt gitu
begini: gni gini
oke: okeh okee oce
terima kasih: makasih mksh makasi mksi trims trimakasih makasii tq tengkyu tenkyu
mantap: mantul mantab mantep mantaps mantabb
anjing: anj anjg njing
kesal: kzl kesel
senang: seneng
capek: cape cpk
punya: pny
sebagai: sbg
seperti: kyk kyak kek kayak kaya
bikin: bkin
cuma: cm cuman
sedikit: sdikit dikit
banyak: byk bnyk
beberapa: bbrp
semua: smua smw
lebih: lbh
kurang: krg
sangat: sgt sngt
enak: enk
makan: mkn mkan
minum: mnm
lambat: lmbt lelet
cepat: cpt cepet
tolong: tlg plis pliss
mohon: mhn
sebentar: sbntr bntr bentar
pesan: pesen psn
barang: brg brang
kirim: krm
harga: hrg hrga
diskon: dsc disc
transfer: tf trf
rekening: rek
mengerti: ngerti
kasih: ksh
pakai: pake
lihat: liat lht
dapat: dpt dapet
sampai: sampe smpe nyampe nyampek nyampai
datang: dtg dateng
balas: bales bls
tunggu: nunggu tggu
mahal: mhl
murah: mrh
jelek: jlk
kecewa: kcw
sepertinya: kayanya kyknya kykny kayaknya
sebenarnya: sbnrnya sebenernya
maaf: sori maap mf
instagram: ig
facebook: fb
online: onlen
`;

/** Words a follower uses to address the brand; they say who is spoken to, not what about. */
export const ADDRESS_WORDS = 'kak ka kakak kaka kk min mimin admin gan agan sis sist sista bro brader bang bg mas mba mbak bun bunda om tante bos boss bosku cuy bestie'.split(' ');
