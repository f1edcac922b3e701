// Name parts for simulated followers. Skincare audiences lean female and young, so the lists do
// too; English names are a minority, as in a Jakarta brand's real follower base.

export const INDONESIAN_FIRST_NAMES: readonly string[] = [
  'Rina', 'Dinda', 'Sasa', 'Putri', 'Ayu', 'Nadia', 'Salsabila', 'Aulia', 'Intan', 'Fitri', 'Anisa', 'Dewi',
  'Nurul', 'Siti', 'Rizka', 'Tiara', 'Citra', 'Vania', 'Keisha', 'Nabila', 'Amelia', 'Indah', 'Wulan', 'Maya',
  'Shinta', 'Laras', 'Gita', 'Yuni', 'Ratna', 'Kirana', 'Zahra', 'Alya', 'Syifa', 'Novi', 'Lestari', 'Febby',
  'Budi', 'Agus', 'Rizky', 'Dimas', 'Fajar', 'Bayu', 'Arief', 'Yoga', 'Reza', 'Ilham', 'Hendra', 'Teguh',
  'Kevin', 'Galih', 'Andi', 'Wahyu', 'Rafi', 'Daffa',
];

export const INDONESIAN_LAST_NAMES: readonly string[] = [
  'Putri', 'Lestari', 'Pratama', 'Saputra', 'Wijaya', 'Santoso', 'Maharani', 'Rahmawati', 'Kusuma', 'Hidayat',
  'Permata', 'Nugroho', 'Siregar', 'Nasution', 'Harahap', 'Sitompul', 'Simanjuntak', 'Hutapea', 'Tanjung',
  'Setiawan', 'Anggraini', 'Wulandari', 'Ramadhani', 'Purnomo', 'Halim', 'Gunawan', 'Tan', 'Manurung',
  'Pangaribuan', 'Syahputra', 'Amalia', 'Fauziah', 'Rahman', 'Situmorang', 'Pane', 'Damanik',
];

export const ENGLISH_FIRST_NAMES: readonly string[] = [
  'Sarah', 'Jessica', 'Emily', 'Hannah', 'Chloe', 'Olivia', 'Megan', 'Grace', 'Lucy', 'Amy', 'Claire',
  'Daniel', 'James', 'Ryan', 'Michael', 'Chris', 'Tom', 'Ben',
];

export const ENGLISH_LAST_NAMES: readonly string[] = [
  'Mitchell', 'Walker', 'Thompson', 'Hughes', 'Bennett', 'Carter', 'Reid', 'Foster', 'Lim', 'Wong', 'Nguyen', 'Brooks',
];

/** Decorations people put in X and Instagram display names. */
export const DISPLAY_NAME_FLAIR: readonly string[] = ['🌷', '✨', '🌸', '🤍', '☁️', '🍓', '🐣', '🌙', '💫', '🦋', '| skincare addict', '• ootd', '(slow resp)', '🇮🇩'];

/** Suffixes that make a handle unique the way real people do it. */
export const HANDLE_SUFFIXES: readonly string[] = ['', '_', '__', 'x', 'xx', '99', '01', '02', '07', '17', '21', '23', '88', '123', 'id', 'jkt', 'bdg', 'sby', 'official', 'ss', 'ptr', 'aaa'];

/** Words beauty-account owners add to Instagram usernames. */
export const INSTAGRAM_WORDS: readonly string[] = ['skin', 'glow', 'beauty', 'journal', 'daily', 'diary', 'store', 'olshop', 'review', 'hijab', 'make.up', 'ootd'];

/** Custom Bluesky handles on one's own domain, a habit of early adopters. */
export const BLUESKY_CUSTOM_DOMAINS: readonly string[] = ['dev', 'my.id', 'web.id', 'xyz', 'com'];
