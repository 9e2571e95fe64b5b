# Indonesian pages. Original texts written for this corpus; outlets and quoted commentators are fictional.

PAGES = [
    {
        'name': 'msmt-laporan-pertama',
        'lang': 'id', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Internasional',
        'date': '2025-05-30T10:15',
        'author': 'Dimas Prasetyo',
        'title': 'Laporan Perdana MSMT: Korea Utara Pasok Jutaan Peluru Artileri dan Rudal Balistik ke Rusia',
        'dek': ('Tim Pemantauan Sanksi Multilateral yang dibentuk 11 negara menyimpulkan transfer senjata itu '
                'melanggar sejumlah resolusi Dewan Keamanan PBB.'),
        'lead_image': ('Kapal kargo di pelabuhan', 'Ilustrasi. Kapal kargo bersandar di sebuah pelabuhan di Timur Jauh. '
                       '(Foto: Arsip)'),
        'body': [
            '<strong>JAKARTA, Kabar Nusantara</strong> — Tim Pemantauan Sanksi Multilateral (MSMT) merilis laporan '
            'pertamanya, Kamis (29/5/2025). Dokumen itu memetakan kerja sama militer Korea Utara dan Rusia yang, '
            'menurut para penyusunnya, berkembang pesat sejak perang di Ukraina memasuki tahun ketiga.',
            'Berdasarkan laporan tersebut, sepanjang 2024 Korea Utara mengirimkan sedikitnya 9 juta butir amunisi '
            'artileri dan roket ke Rusia. Pyongyang juga disebut memasok sekitar 100 rudal balistik, termasuk tipe '
            'KN-23, serta lebih dari 200 sistem artileri jarak jauh, di antaranya howitzer swagerak 170 mm dan '
            'peluncur roket ganda 240 mm.',
            'Sebagai imbalannya, Rusia diduga memberikan sistem pertahanan udara, perangkat peperangan elektronik, '
            'dan minyak olahan dalam jumlah yang jauh melampaui batas 500.000 barel per tahun yang ditetapkan '
            'Resolusi DK PBB 2397. Laporan itu juga mencatat pengiriman ribuan tentara Korea Utara ke wilayah Kursk '
            'sejak akhir 2024.',
            '## Jalur laut Rajin–Dunai',
            'Tim MSMT menelusuri rute pengiriman lewat citra satelit dan data pelacakan kapal. Kapal kargo berbendera '
            'Rusia, antara lain Angara dan Maia-1, disebut berulang kali berlayar dari Pelabuhan Rajin di timur laut '
            'Korea Utara menuju Dunai dan Vostochny di Timur Jauh Rusia dengan muatan ribuan kontainer. Dari sana, '
            'amunisi diangkut dengan kereta api ke arah garis depan.',
            'Para penyusun laporan menyimpulkan bahwa transfer senjata tersebut melanggar Resolusi 1718, 1874, dan '
            '2270, yang melarang Korea Utara mengekspor maupun mengimpor senjata dan materiel terkait. Larangan itu '
            'berlaku bagi seluruh negara anggota PBB, termasuk Rusia yang merupakan anggota tetap Dewan Keamanan.',
            '## Pengganti Panel Ahli',
            'MSMT dibentuk pada Oktober 2024 oleh Amerika Serikat, Korea Selatan, Jepang, Australia, Kanada, '
            'Prancis, Jerman, Italia, Belanda, Selandia Baru, dan Inggris. Kelompok ini lahir setelah mandat Panel '
            'Ahli PBB berakhir pada April 2024 akibat veto Rusia. Selama 15 tahun, panel tersebut menerbitkan laporan '
            'berkala tentang pelanggaran sanksi oleh Pyongyang.',
            'Hubungan kedua negara menguat setelah Kim Jong Un dan Vladimir Putin menandatangani Perjanjian Kemitraan '
            'Strategis Komprehensif di Pyongyang pada Juni 2024. Perjanjian itu memuat klausul saling membantu '
            'apabila salah satu pihak diserang.',
            '> "Tanpa Panel Ahli, laporan seperti ini menjadi salah satu dari sedikit sumber yang terdokumentasi '
            'dengan rapi. Negara-negara di luar MSMT, termasuk Indonesia, tetap berkepentingan agar sanksi tidak '
            'dilanggar secara terang-terangan," kata Rina Kusumawardani, pengajar hubungan internasional di sebuah '
            'universitas di Yogyakarta.',
            'Hingga berita ini diturunkan, Moskow belum menanggapi laporan tersebut secara resmi. Pyongyang '
            'sebelumnya menolak seluruh sanksi sebagai tindakan bermusuhan dan menyebut kerja sama dengan Rusia sah '
            'menurut hukum internasional.',
        ],
        'tags': ['MSMT', 'Korea Utara', 'Rusia', 'Sanksi', 'Perang Ukraina'],
        'related': ['Rusia Veto Perpanjangan Mandat Panel Ahli PBB', 'Mengenal Pelabuhan Rajin, Gerbang Laut Korut'],
        'comments': [
            ('Andi_S', '2 jam lalu', 'Laporannya detail sekali. Semoga ada tindak lanjut di PBB, bukan cuma dibaca.'),
            ('bu_lestari', '1 jam lalu', 'Jadi selama ini jalurnya lewat kapal kargo biasa ya. Menarik.'),
        ],
        'entities': ['msmt', 'north-korea', 'russia', 'ukraine', 'pyongyang', 'dprk-missile-programme', 'unsc',
                     'unscr-2397', 'rajin', 'angara', 'maia-1', 'dunai', 'vostochny-port', 'unscr-1718', 'unscr-1874',
                     'unscr-2270', 'united-nations', 'united-states', 'south-korea', 'japan', 'australia', 'canada',
                     'france', 'germany', 'italy', 'netherlands', 'new-zealand', 'united-kingdom', 'panel-of-experts',
                     'kim-jong-un', 'vladimir-putin', 'russia-dprk-treaty', 'dprk-russia-arms-transfers'],
    },
    {
        'name': 'pencurian-kripto-lazarus',
        'lang': 'id', 'verdict': 'about', 'pageType': 'article', 'style': 'soup', 'site': 1,
        'og': False, 'jsonld': False,
        'section': 'Tekno',
        'date': '2025-03-04T14:40',
        'author': 'Nadia Putri',
        'title': 'Grup Lazarus di Balik Pencurian Kripto Terbesar, Dana Diduga Biayai Program Rudal Korut',
        'dek': 'FBI menyebut peretas Korea Utara mencuri aset digital senilai sekitar 1,5 miliar dolar AS dari bursa Bybit.',
        'body': [
            'Biro Investigasi Federal Amerika Serikat (FBI) memastikan bahwa pencurian mata uang kripto senilai '
            'sekitar 1,5 miliar dolar AS dari bursa Bybit pada akhir Februari lalu dilakukan oleh kelompok peretas '
            'yang bekerja untuk Korea Utara. Kelompok itu dikenal luas sebagai Grup Lazarus.',
            'Para peretas membobol dompet dingin (cold wallet) milik bursa yang berkantor pusat di Dubai tersebut, '
            'lalu memindahkan ratusan ribu ether ke puluhan alamat baru. Dalam hitungan hari, sebagian dana sudah '
            'ditukar ke bitcoin dan dipecah ke ribuan transaksi kecil untuk menyulitkan pelacakan.',
            'Skala pencurian ini menjadikannya yang terbesar dalam sejarah industri kripto. Firma analisis blockchain '
            'memperkirakan sepanjang 2024 saja, peretas Korut menggasak lebih dari 1,3 miliar dolar AS.',
            '## Sumber devisa di tengah sanksi',
            'Sejak Dewan Keamanan PBB menjatuhkan sanksi berlapis, ekspor batu bara, tekstil, dan hasil laut Korea '
            'Utara praktis dilarang. Laporan Panel Ahli PBB sebelum bubar pada 2024 memperkirakan sekitar 40 persen '
            'program senjata pemusnah massal Pyongyang dibiayai dari kejahatan siber.',
            'Departemen Keuangan AS sebelumnya telah memasukkan Grup Lazarus ke daftar sanksi OFAC sejak 2019. '
            'Artinya, setiap warga atau perusahaan AS dilarang bertransaksi dengan alamat dompet yang terkait '
            'kelompok tersebut, dan bursa kripto diminta membekukan dana yang terdeteksi.',
            '"Pencurian kripto sudah menjadi salah satu tulang punggung ekonomi rezim. Ini bentuk penghindaran sanksi '
            'yang paling sulit dibendung," ujar seorang analis keamanan siber di Jakarta yang enggan disebut namanya.',
            'Otoritas Jasa Keuangan (OJK) mengimbau pedagang aset kripto di Indonesia memperketat prosedur kenali '
            'nasabah dan memantau alamat dompet yang masuk daftar sanksi internasional.',
        ],
        'tags': ['Kripto', 'Korea Utara', 'Lazarus', 'Keamanan Siber'],
        'entities': ['lazarus-group', 'north-korea', 'united-states', 'unsc', 'panel-of-experts',
                     'pyongyang', 'us-treasury', 'ofac', 'dprk-missile-programme'],
    },
    {
        'name': 'konser-kpop-jakarta',
        'lang': 'id', 'verdict': 'none', 'pageType': 'article', 'style': 'modern', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Hiburan',
        'date': '2025-08-17T21:05',
        'author': 'Salsabila Rahma',
        'title': 'Dua Malam Penuh di GBK, Boy Group Korea Selatan Ini Bikin Penggemar Menangis',
        'dek': 'Lebih dari 70 ribu penonton memadati konser yang menandai akhir tur Asia mereka.',
        'body': [
            'Stadion Utama Gelora Bung Karno berubah menjadi lautan lampu ungu pada Sabtu dan Minggu malam. Boy group '
            'asal Korea Selatan yang tengah naik daun itu menutup rangkaian tur Asia mereka di Jakarta, kota yang '
            'mereka sebut sebagai "rumah kedua".',
            'Sejak sore, antrean penonton mengular hingga ke Senayan City. Banyak penggemar datang dari luar kota, '
            'bahkan dari Makassar dan Medan, dengan kaus dan banner buatan sendiri.',
            'Sepanjang dua setengah jam, grup beranggotakan tujuh orang itu membawakan 24 lagu, termasuk singel '
            'terbaru yang sempat memuncaki tangga lagu di Seoul. Salah satu anggota menyapa penonton dalam bahasa '
            'Indonesia, "Terima kasih, Jakarta! Kalian luar biasa," yang langsung disambut teriakan histeris.',
            'Momen paling emosional terjadi saat encore, ketika layar raksasa menampilkan pesan-pesan penggemar. '
            'Beberapa anggota tampak menitikkan air mata.',
            'Promotor mengatakan tiket kedua hari ludes dalam waktu kurang dari 30 menit. Mereka berencana membawa '
            'lebih banyak artis dari Negeri Ginseng tahun depan.',
        ],
        'tags': ['K-Pop', 'Konser', 'GBK'],
        'comments': [
            ('army_bekasi', '5 jam lalu', 'Masih belum move on dari semalam 😭'),
            ('rizky.f', '3 jam lalu', 'Sound-nya jauh lebih bagus dari konser tahun lalu.'),
        ],
        'entities': ['south-korea'],
    },
    {
        'name': 'resep-kimchi-rumahan',
        'lang': 'id', 'verdict': 'none', 'pageType': 'article', 'style': 'semantic', 'site': 1,
        'og': True, 'jsonld': False,
        'section': 'Kuliner',
        'date': '2025-02-09T08:30',
        'author': 'Tim Kuliner',
        'title': 'Resep Kimchi Sawi Putih Rumahan, Cuma Butuh 8 Bahan',
        'dek': 'Asinan pedas khas Korea ini bisa dibuat sendiri dan tahan sampai dua minggu di kulkas.',
        'body': [
            'Kimchi kini mudah ditemukan di supermarket, tetapi membuatnya sendiri jauh lebih hemat dan rasanya bisa '
            'disesuaikan dengan selera. Resep berikut memakai bahan yang gampang dicari di pasar.',
            '## Bahan',
            '- 1 kg sawi putih',
            '- 100 gram garam kasar',
            '- 3 sdm bubuk cabai Korea (gochugaru)',
            '- 5 siung bawang putih, haluskan',
            '- 2 cm jahe, haluskan',
            '- 2 sdm kecap ikan',
            '- 1 sdm gula pasir',
            '- 3 batang daun bawang, potong 3 cm',
            '## Cara membuat',
            'Belah sawi menjadi empat, taburi garam di sela-sela daunnya, lalu diamkan dua jam sambil dibalik setiap '
            '30 menit. Bilas tiga kali dengan air dingin dan tiriskan.',
            'Campur bubuk cabai, bawang putih, jahe, kecap ikan, dan gula hingga menjadi pasta. Oleskan ke setiap '
            'lembar daun, tambahkan daun bawang, kemudian masukkan ke wadah kaca tertutup.',
            'Diamkan di suhu ruang selama satu hari agar fermentasi dimulai, lalu simpan di kulkas. Kimchi paling enak '
            'disantap setelah tiga sampai lima hari.',
            'Tips: di Korea Selatan, membuat kimchi bersama keluarga menjelang musim dingin disebut kimjang dan '
            'diakui UNESCO sebagai warisan budaya takbenda.',
        ],
        'tags': ['Resep', 'Masakan Korea', 'Kimchi'],
        'entities': ['south-korea'],
    },
    {
        'name': 'timnas-u17-lawan-korut',
        'lang': 'id', 'verdict': 'none', 'pageType': 'article', 'style': 'portal', 'site': 2,
        'og': True, 'jsonld': True,
        'section': 'Sepak Bola',
        'date': '2025-04-06T23:10',
        'author': 'Bagas Wicaksono',
        'title': 'Timnas U-17 Takluk 0-2 dari Korea Utara, Pelatih Soroti Penyelesaian Akhir',
        'dek': 'Garuda Muda kalah dalam laga kedua fase grup, peluang lolos ditentukan di pertandingan terakhir.',
        'body': [
            'Tim nasional Indonesia U-17 harus mengakui keunggulan Korea Utara dengan skor 0-2 pada laga kedua fase '
            'grup, Minggu (6/4/2025) malam. Dua gol lawan lahir dari situasi bola mati di babak kedua.',
            'Garuda Muda sebenarnya tampil berani sejak menit awal dan menciptakan tiga peluang emas di babak pertama. '
            'Namun, kiper lawan tampil gemilang, termasuk saat menepis tendangan jarak dekat pada menit ke-38.',
            'Korea Utara membuka keunggulan lewat sundulan pada menit ke-56 memanfaatkan sepak pojok. Sepuluh menit '
            'menjelang bubar, tendangan bebas melengkung dari luar kotak penalti menggandakan skor.',
            '"Anak-anak bermain disiplin, tetapi kita belum tajam di depan gawang. Itu yang harus dibenahi dalam tiga '
            'hari ini," kata pelatih kepala seusai laga.',
            'Dengan hasil ini, Indonesia mengoleksi tiga poin dari dua laga. Tim asuhannya wajib menang di laga '
            'terakhir untuk menjaga peluang lolos ke perempat final sekaligus tiket Piala Dunia U-17.',
        ],
        'tags': ['Timnas U-17', 'Korea Utara', 'Piala Asia U-17'],
        'entities': ['north-korea'],
    },
    {
        'name': 'banjir-korea-utara',
        'lang': 'id', 'verdict': 'none', 'pageType': 'article', 'style': 'semantic', 'site': 2,
        'og': False, 'jsonld': False,
        'section': 'Internasional',
        'date': '2024-07-31T16:20',
        'author': 'Redaksi',
        'title': 'Banjir Besar Landa Perbatasan Korea Utara–China, Ribuan Warga Dievakuasi',
        'dek': 'Hujan deras berhari-hari membuat Sungai Yalu meluap dan merendam sejumlah kota di Provinsi Phyongan Utara.',
        'body': [
            'Hujan lebat yang mengguyur selama berhari-hari menyebabkan Sungai Yalu meluap dan merendam ribuan rumah di '
            'wilayah perbatasan Korea Utara dengan China. Kantor berita resmi KCNA melaporkan sekitar 5.000 warga '
            'dievakuasi menggunakan helikopter militer dan perahu.',
            'Media pemerintah menayangkan Kim Jong Un meninjau lokasi banjir di Sinuiju dengan perahu karet dan '
            'memerintahkan pembangunan kembali rumah-rumah yang rusak sebelum musim dingin.',
            'Di seberang sungai, kota Dandong di China juga terdampak. Pihak berwenang setempat mengevakuasi warga yang '
            'tinggal di dataran rendah dan menutup sejumlah ruas jalan di tepi sungai.',
            'Badan meteorologi memperkirakan curah hujan di kawasan itu mencapai lebih dari dua kali lipat rata-rata '
            'Juli. Para ahli menilai sistem drainase dan tanggul yang sudah tua memperparah dampak banjir.',
            'Korea Utara belum menyampaikan jumlah korban jiwa. Pemerintah di Pyongyang juga menyatakan tidak '
            'memerlukan bantuan dari luar negeri.',
        ],
        'entities': ['north-korea', 'china', 'kim-jong-un', 'dandong', 'pyongyang'],
    },
]
