"""Demo entries of the Daftar Informasi Publik (DIP), written for this project.

Loaded by informasi.demo; each entry is matched by its slug, so loading twice adds nothing.
"""

TOPIK = [
    # (slug, nama)
    ("pemilu-2024", "Pemilu 2024"),
    ("pilkada-2024", "Pilkada 2024"),
    ("anggaran", "Anggaran dan keuangan"),
    ("pengadaan-barang-jasa", "Pengadaan barang/jasa"),
    ("daftar-pemilih", "Daftar pemilih"),
    ("peraturan", "Peraturan dan keputusan"),
    ("logistik", "Logistik pemilu"),
    ("partisipasi-masyarakat", "Partisipasi masyarakat"),
    ("layanan-informasi", "Layanan informasi publik"),
    ("kepegawaian", "Kepegawaian"),
    ("laporan-kinerja", "Perencanaan dan laporan kinerja"),
    ("kebencanaan", "Kebencanaan dan keadaan darurat"),
    ("profil-lembaga", "Profil lembaga"),
    ("dana-kampanye", "Dana kampanye"),
]

ENTRI = [
    # --- KPU RI -------------------------------------------------------------------------
    {
        "slug": "rencana-strategis-kpu-2025-2029",
        "judul": "Rencana Strategis Komisi Pemilihan Umum Tahun 2025–2029",
        "ringkasan": (
            "Arah kebijakan, sasaran strategis, dan indikator kinerja KPU untuk lima tahun ke "
            "depan, termasuk persiapan Pemilu dan Pemilihan serentak berikutnya. Dokumen ini "
            "menjadi acuan penyusunan rencana kerja tahunan seluruh satuan kerja KPU di pusat "
            "dan daerah."
        ),
        "kategori": "berkala",
        "unit": "kpu-ri",
        "penanggung_jawab": "Sekretariat Jenderal KPU",
        "tanggal_pembuatan": "2025-07-14",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2025,
        "topik": ["laporan-kinerja", "profil-lembaga"],
        "dokumen": [("Rencana Strategis KPU 2025–2029", "pdf")],
        "hari_lalu": 480,
    },
    {
        "slug": "laporan-kinerja-kpu-2025",
        "judul": "Laporan Kinerja Komisi Pemilihan Umum Tahun 2025",
        "ringkasan": (
            "Capaian indikator kinerja utama KPU selama 2025 dibandingkan dengan target dalam "
            "perjanjian kinerja, disertai penjelasan atas target yang belum tercapai. Tahun ini "
            "diisi dengan evaluasi Pemilu dan Pemilihan 2024 serta pemutakhiran data pemilih "
            "berkelanjutan."
        ),
        "kategori": "berkala",
        "unit": "kpu-ri",
        "penanggung_jawab": "Biro Perencanaan dan Data",
        "tanggal_pembuatan": "2026-02-27",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["laporan-kinerja"],
        "dokumen": [("Laporan Kinerja KPU Tahun 2025", "pdf")],
        "hari_lalu": 265,
    },
    {
        "slug": "laporan-keuangan-kpu-2025-unaudited",
        "judul": "Laporan Keuangan Komisi Pemilihan Umum Tahun Anggaran 2025 (Unaudited)",
        "ringkasan": (
            "Laporan realisasi anggaran, neraca, laporan operasional, dan catatan atas laporan "
            "keuangan KPU untuk tahun anggaran 2025. Versi ini disusun sebelum pemeriksaan oleh "
            "BPK; versi hasil audit akan ditambahkan setelah laporan hasil pemeriksaan terbit."
        ),
        "kategori": "berkala",
        "unit": "kpu-ri",
        "penanggung_jawab": "Bagian Akuntansi dan Pelaporan Keuangan, Sekretariat Jenderal KPU",
        "tanggal_pembuatan": "2026-02-20",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["anggaran"],
        "dokumen": [
            ("Laporan Keuangan KPU TA 2025 (unaudited)", "pdf"),
            ("Realisasi Anggaran per Satuan Kerja", "xlsx"),
        ],
        "hari_lalu": 270,
    },
    {
        "slug": "maklumat-pelayanan-informasi-publik-kpu",
        "judul": "Maklumat Pelayanan Informasi Publik Komisi Pemilihan Umum",
        "ringkasan": (
            "Pernyataan resmi KPU tentang janji pelayanan informasi publik: jangka waktu "
            "layanan, biaya, dan kesediaan menerima sanksi bila layanan tidak sesuai standar. "
            "Maklumat ini juga dipasang di meja layanan informasi setiap kantor KPU."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-ri",
        "penanggung_jawab": "PPID Utama KPU",
        "tanggal_pembuatan": "2025-01-15",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Selama berlaku",
        "tahun": 2025,
        "topik": ["layanan-informasi"],
        "dokumen": [("Maklumat Pelayanan Informasi Publik", "pdf")],
        "hari_lalu": 670,
    },
    # --- Biro Partisipasi dan Hubungan Masyarakat ---------------------------------------
    {
        "slug": "laporan-layanan-informasi-publik-kpu-2025",
        "judul": "Laporan Layanan Informasi Publik KPU Tahun 2025",
        "ringkasan": (
            "Ringkasan layanan informasi selama 2025: jumlah permohonan yang masuk, waktu "
            "rata-rata pemenuhan, permohonan yang ditolak beserta alasannya, serta keberatan "
            "dan sengketa informasi. Laporan disusun menurut Peraturan Komisi Informasi Nomor 1 "
            "Tahun 2021 dan disampaikan kepada Komisi Informasi Pusat."
        ),
        "kategori": "berkala",
        "unit": "biro-parmas",
        "penanggung_jawab": (
            "Bagian Pengelolaan Informasi Publik, Biro Partisipasi dan Hubungan Masyarakat"
        ),
        "tanggal_pembuatan": "2026-03-10",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["layanan-informasi", "laporan-kinerja"],
        "dokumen": [
            ("Laporan Layanan Informasi Publik 2025", "pdf"),
            ("Rekap Permohonan Informasi per Bulan", "csv"),
        ],
        "hari_lalu": 255,
    },
    {
        "slug": "register-permohonan-informasi-publik-2025",
        "judul": "Register Permohonan Informasi Publik Tahun 2025",
        "ringkasan": (
            "Catatan seluruh permohonan informasi yang diterima PPID KPU selama 2025: nomor "
            "registrasi, tanggal, informasi yang diminta, cara penyampaian, dan status "
            "penyelesaian. Identitas pemohon tidak ditampilkan untuk melindungi data pribadi."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-parmas",
        "penanggung_jawab": "PPID Utama KPU",
        "tanggal_pembuatan": "2026-01-06",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["layanan-informasi"],
        "dokumen": [("Register Permohonan Informasi Publik 2025", "xlsx")],
        "hari_lalu": 318,
    },
    {
        "slug": "sop-layanan-permohonan-informasi-dan-keberatan",
        "judul": "SOP Layanan Permohonan Informasi Publik dan Pengajuan Keberatan",
        "ringkasan": (
            "Langkah baku sejak permohonan informasi diterima hingga jawaban diberikan, "
            "termasuk batas waktu 10 hari kerja yang dapat diperpanjang 7 hari kerja sesuai "
            "UU Nomor 14 Tahun 2008. Diatur pula cara mengajukan keberatan kepada atasan PPID "
            "bila pemohon tidak puas dengan jawaban."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-parmas",
        "penanggung_jawab": "Biro Partisipasi dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2025-04-21",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Selama berlaku",
        "tahun": 2025,
        "topik": ["layanan-informasi", "peraturan"],
        "dokumen": [
            ("SOP Layanan Permohonan Informasi", "pdf"),
            ("Bagan Alur Permohonan dan Keberatan", "pdf"),
        ],
        "hari_lalu": 575,
    },
    {
        "slug": "waspada-penipuan-mengatasnamakan-kpu-november-2026",
        "judul": "Waspada Penipuan yang Mengatasnamakan KPU dalam Rekrutmen Pegawai",
        "ringkasan": (
            "KPU menerima laporan pesan berantai dan akun media sosial yang menawarkan "
            "pekerjaan di lingkungan KPU dengan meminta sejumlah uang. KPU tidak pernah "
            "memungut biaya dalam rekrutmen apa pun, dan pengumuman resmi hanya disampaikan "
            "melalui laman serta akun resmi KPU. Laporkan tawaran serupa kepada KPU atau "
            "kepolisian."
        ),
        "kategori": "serta_merta",
        "unit": "biro-parmas",
        "penanggung_jawab": "Biro Partisipasi dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2026-11-19",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "1 tahun",
        "tahun": 2026,
        "topik": ["partisipasi-masyarakat", "kepegawaian"],
        "dokumen": [("Siaran Pers Waspada Penipuan", "pdf")],
        "hari_lalu": 2,
        "berlaku_hari": 30,
    },
    # --- Biro Hukum ---------------------------------------------------------------------
    {
        "slug": "keputusan-penetapan-hasil-pemilu-2024-nasional",
        "judul": "Keputusan KPU tentang Penetapan Hasil Pemilihan Umum Tahun 2024 secara Nasional",
        "ringkasan": (
            "Keputusan yang menetapkan hasil Pemilu Presiden dan Wakil Presiden serta pemilu "
            "anggota legislatif secara nasional, lengkap dengan lampiran perolehan suara per "
            "provinsi. Keputusan ini menjadi dasar penetapan perolehan kursi dan calon terpilih."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-hukum",
        "penanggung_jawab": "Biro Hukum",
        "tanggal_pembuatan": "2024-03-20",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pemilu-2024", "peraturan"],
        "dokumen": [
            ("Keputusan KPU tentang Penetapan Hasil Pemilu 2024", "pdf"),
            ("Lampiran Perolehan Suara per Provinsi", "xlsx"),
        ],
        "hari_lalu": 700,
    },
    {
        "slug": "himpunan-peraturan-kpu-2025",
        "judul": "Himpunan Peraturan KPU yang Ditetapkan Tahun 2025",
        "ringkasan": (
            "Kumpulan peraturan KPU yang ditetapkan dan diundangkan sepanjang 2025, masing-masing "
            "dengan nomor, judul, tanggal pengundangan, dan status berlakunya. Naskah lengkap "
            "setiap peraturan juga tersedia di laman JDIH KPU."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-hukum",
        "penanggung_jawab": "Bagian Perundang-undangan, Biro Hukum",
        "tanggal_pembuatan": "2025-12-30",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "Permanen",
        "tahun": 2025,
        "topik": ["peraturan"],
        "dokumen": [("Daftar Peraturan KPU Tahun 2025", "xlsx")],
        "hari_lalu": 325,
    },
    {
        "slug": "rekapitulasi-perkara-perselisihan-hasil-pilkada-2024",
        "judul": (
            "Rekapitulasi Perkara Perselisihan Hasil Pilkada 2024 dan Tindak Lanjutnya Tahun 2025"
        ),
        "ringkasan": (
            "Daftar perkara perselisihan hasil Pilkada 2024 yang melibatkan KPU sebagai "
            "termohon, berisi daerah, amar putusan Mahkamah Konstitusi, dan tindak lanjut KPU, "
            "termasuk pemungutan suara ulang. Data disusun dari salinan putusan dan berita acara "
            "tindak lanjut."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-hukum",
        "penanggung_jawab": "Bagian Advokasi dan Penyelesaian Sengketa, Biro Hukum",
        "tanggal_pembuatan": "2025-09-15",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["pilkada-2024", "peraturan"],
        "dokumen": [("Rekapitulasi Perkara PHP Kada 2024", "xlsx")],
        "hari_lalu": 430,
    },
    {
        "slug": "laporan-penanganan-perkara-hukum-kpu-2025",
        "judul": "Laporan Penanganan Perkara Hukum KPU Tahun 2025",
        "ringkasan": (
            "Jumlah dan jenis perkara yang dihadapi KPU sepanjang 2025, seperti gugatan di "
            "PTUN, uji materi peraturan KPU di Mahkamah Agung, dan pengaduan ke DKPP, beserta "
            "status penyelesaiannya. Laporan hanya memuat angka agregat tanpa identitas para "
            "pihak."
        ),
        "kategori": "berkala",
        "unit": "biro-hukum",
        "penanggung_jawab": "Biro Hukum",
        "tanggal_pembuatan": "2026-01-30",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["peraturan", "laporan-kinerja"],
        "dokumen": [("Laporan Penanganan Perkara Hukum 2025", "pdf")],
        "hari_lalu": 290,
    },
    # --- Biro Perencanaan dan Data ------------------------------------------------------
    {
        "slug": "rekapitulasi-dpt-pemilu-2024-per-provinsi",
        "judul": (
            "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 per Provinsi (Penetapan Juli 2023)"
        ),
        "ringkasan": (
            "Jumlah pemilih tetap Pemilu 2024 di 38 provinsi dan di luar negeri, dirinci "
            "menurut jenis kelamin dan jumlah TPS. Secara nasional DPT ditetapkan sebanyak "
            "204.807.222 pemilih. Data berupa angka rekapitulasi, bukan daftar nama pemilih."
        ),
        "kategori": "berkala",
        "unit": "biro-perencanaan-data",
        "penanggung_jawab": "Bagian Data dan Informasi, Biro Perencanaan dan Data",
        "tanggal_pembuatan": "2023-07-02",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2023,
        "topik": ["daftar-pemilih", "pemilu-2024"],
        "dokumen": [
            ("Rekapitulasi DPT per Provinsi", "csv"),
            ("Berita Acara Rekapitulasi DPT Tingkat Nasional", "pdf"),
        ],
        "hari_lalu": 700,
    },
    {
        "slug": "rencana-kerja-dan-anggaran-kpu-2026",
        "judul": "Rencana Kerja dan Anggaran KPU Tahun Anggaran 2026",
        "ringkasan": (
            "Rincian program, kegiatan, dan pagu anggaran KPU untuk 2026 sebagaimana disepakati "
            "dalam pembahasan dengan DPR. Karena 2026 bukan tahun pemungutan suara, anggaran "
            "terutama dialokasikan untuk pemutakhiran data pemilih berkelanjutan, pendidikan "
            "pemilih, dan dukungan manajemen."
        ),
        "kategori": "berkala",
        "unit": "biro-perencanaan-data",
        "penanggung_jawab": "Biro Perencanaan dan Data",
        "tanggal_pembuatan": "2025-10-20",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2026,
        "topik": ["anggaran", "laporan-kinerja"],
        "dokumen": [
            ("RKA KPU TA 2026", "pdf"),
            ("Rincian Pagu per Program", "xlsx"),
        ],
        "hari_lalu": 390,
    },
    {
        "slug": "statistik-partisipasi-pemilih-pemilu-2024",
        "judul": "Statistik Partisipasi Pemilih Pemilu 2024 per Provinsi",
        "ringkasan": (
            "Tingkat kehadiran pemilih pada Pemilu 2024 di setiap provinsi, dibedakan menurut "
            "jenis pemilihan, jenis kelamin, dan pemilih penyandang disabilitas. Data ini dipakai "
            "untuk merancang pendidikan pemilih di daerah yang partisipasinya rendah."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-perencanaan-data",
        "penanggung_jawab": "Bagian Data dan Informasi, Biro Perencanaan dan Data",
        "tanggal_pembuatan": "2024-06-28",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pemilu-2024", "partisipasi-masyarakat"],
        "dokumen": [("Partisipasi Pemilih per Provinsi", "csv")],
        "hari_lalu": 697,
    },
    {
        "slug": "gangguan-layanan-cek-data-pemilih-daring-november-2026",
        "judul": "Gangguan Sementara Layanan Cek Data Pemilih Daring",
        "ringkasan": (
            "Layanan pengecekan data pemilih secara daring terganggu sejak 20 November 2026 "
            "karena pemindahan pusat data. Selama perbaikan, warga dapat menanyakan apakah sudah "
            "terdaftar dalam daftar pemilih melalui kantor KPU kabupaten/kota setempat. "
            "Pengumuman ini diperbarui begitu layanan pulih."
        ),
        "kategori": "serta_merta",
        "unit": "biro-perencanaan-data",
        "penanggung_jawab": "Bagian Data dan Informasi, Biro Perencanaan dan Data",
        "tanggal_pembuatan": "2026-11-20",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "1 tahun",
        "tahun": 2026,
        "topik": ["daftar-pemilih", "layanan-informasi"],
        "dokumen": [],
        "hari_lalu": 1,
        "berlaku_hari": 14,
    },
    # --- Biro Logistik ------------------------------------------------------------------
    {
        "slug": "rencana-umum-pengadaan-biro-logistik-2026",
        "judul": "Rencana Umum Pengadaan Barang/Jasa Biro Logistik Tahun 2026",
        "ringkasan": (
            "Daftar paket pengadaan yang direncanakan Biro Logistik pada 2026: nama paket, "
            "perkiraan pagu, sumber dana, cara pengadaan, dan jadwal pemilihan penyedia. Paket "
            "yang sama juga diumumkan melalui Sistem Informasi Rencana Umum Pengadaan (SiRUP)."
        ),
        "kategori": "berkala",
        "unit": "biro-logistik",
        "penanggung_jawab": "Biro Logistik",
        "tanggal_pembuatan": "2026-01-22",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "5 tahun",
        "tahun": 2026,
        "topik": ["pengadaan-barang-jasa", "logistik"],
        "dokumen": [("Rencana Umum Pengadaan Biro Logistik 2026", "xlsx")],
        "hari_lalu": 300,
    },
    {
        "slug": "laporan-inventarisasi-barang-logistik-pemilu-2025",
        "judul": "Laporan Inventarisasi Barang Logistik Pemilu Tahun 2025",
        "ringkasan": (
            "Hasil pendataan kotak suara, bilik suara, dan perlengkapan TPS lain yang masih "
            "tersimpan di gudang KPU provinsi dan kabupaten/kota setelah Pemilu dan Pemilihan "
            "2024. Laporan mencatat barang yang masih layak pakai, yang rusak, dan yang "
            "diusulkan untuk dihapus dari daftar barang milik negara."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-logistik",
        "penanggung_jawab": "Biro Logistik",
        "tanggal_pembuatan": "2025-08-29",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["logistik"],
        "dokumen": [
            ("Laporan Inventarisasi Barang Logistik 2025", "pdf"),
            ("Rekap Barang Logistik per Provinsi", "xlsx"),
        ],
        "hari_lalu": 445,
    },
    {
        "slug": "standar-spesifikasi-teknis-perlengkapan-pemungutan-suara-2022",
        "judul": "Standar dan Spesifikasi Teknis Perlengkapan Pemungutan Suara Tahun 2022",
        "ringkasan": (
            "Ukuran, bahan, dan ketentuan mutu kotak suara berbahan karton kedap air, bilik "
            "suara, tinta, segel, dan perlengkapan TPS lain yang disiapkan untuk Pemilu 2024. "
            "Spesifikasi ini menjadi acuan pengadaan di KPU provinsi dan kabupaten/kota."
        ),
        "kategori": "setiap_saat",
        "unit": "biro-logistik",
        "penanggung_jawab": "Biro Logistik",
        "tanggal_pembuatan": "2022-12-12",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2022,
        "topik": ["logistik", "pemilu-2024", "pengadaan-barang-jasa"],
        "dokumen": [("Spesifikasi Teknis Perlengkapan TPS", "pdf")],
        "hari_lalu": 692,
    },
    # --- KPU Provinsi Jawa Tengah -------------------------------------------------------
    {
        "slug": "profil-dan-struktur-organisasi-kpu-jateng",
        "judul": "Profil dan Struktur Organisasi KPU Provinsi Jawa Tengah",
        "ringkasan": (
            "Susunan anggota KPU Provinsi Jawa Tengah dan pembagian divisinya, bagan organisasi "
            "sekretariat, serta alamat dan jam layanan kantor. Dicantumkan pula daftar 35 KPU "
            "kabupaten/kota yang berada dalam koordinasinya."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Sekretaris KPU Provinsi Jawa Tengah",
        "tanggal_pembuatan": "2026-01-12",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Selama berlaku",
        "tahun": 2026,
        "topik": ["profil-lembaga"],
        "dokumen": [("Profil KPU Provinsi Jawa Tengah", "pdf")],
        "hari_lalu": 310,
    },
    {
        "slug": "dipa-kpu-jateng-2026",
        "judul": "DIPA KPU Provinsi Jawa Tengah Tahun Anggaran 2026",
        "ringkasan": (
            "Daftar Isian Pelaksanaan Anggaran yang memuat pagu belanja pegawai, barang, dan "
            "modal satuan kerja KPU Provinsi Jawa Tengah untuk 2026. Dokumen ini menjadi dasar "
            "pelaksanaan kegiatan dan pencairan dana selama tahun anggaran berjalan."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2026-01-05",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2026,
        "topik": ["anggaran"],
        "dokumen": [("Ringkasan DIPA TA 2026", "pdf")],
        "hari_lalu": 318,
    },
    {
        "slug": "laporan-keuangan-kpu-jateng-2025",
        "judul": "Laporan Keuangan KPU Provinsi Jawa Tengah Tahun Anggaran 2025",
        "ringkasan": (
            "Laporan realisasi anggaran, neraca, dan catatan atas laporan keuangan KPU Provinsi "
            "Jawa Tengah beserta KPU kabupaten/kota di wilayahnya sebagai satu wilayah "
            "pelaporan. Laporan ini menunjukkan bagaimana dana APBN digunakan selama 2025."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2026-02-18",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["anggaran"],
        "dokumen": [
            ("Laporan Keuangan TA 2025", "pdf"),
            ("Laporan Realisasi Anggaran TA 2025", "xlsx"),
        ],
        "hari_lalu": 275,
    },
    {
        "slug": "laporan-kinerja-kpu-jateng-2025",
        "judul": "Laporan Kinerja KPU Provinsi Jawa Tengah Tahun 2025",
        "ringkasan": (
            "Capaian sasaran dan indikator kinerja KPU Provinsi Jawa Tengah pada 2025, antara "
            "lain penyelesaian evaluasi Pemilihan 2024, pemutakhiran data pemilih "
            "berkelanjutan, dan penataan arsip. Disertai analisis penyebab capaian yang belum "
            "memenuhi target."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2026-02-26",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2025,
        "topik": ["laporan-kinerja"],
        "dokumen": [("Laporan Kinerja KPU Provinsi Jawa Tengah 2025", "pdf")],
        "hari_lalu": 265,
    },
    {
        "slug": "hasil-rekapitulasi-suara-pilgub-jateng-2024",
        "judul": (
            "Hasil Rekapitulasi Penghitungan Suara Pemilihan Gubernur dan Wakil Gubernur "
            "Jawa Tengah 2024"
        ),
        "ringkasan": (
            "Berita acara dan sertifikat rekapitulasi tingkat provinsi untuk Pemilihan Gubernur "
            "dan Wakil Gubernur Jawa Tengah, yang pemungutan suaranya berlangsung pada "
            "27 November 2024. Lampiran memuat perolehan suara setiap pasangan calon per "
            "kabupaten/kota serta jumlah suara sah dan tidak sah."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": (
            "Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"
        ),
        "tanggal_pembuatan": "2024-12-08",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024"],
        "dokumen": [
            ("Berita Acara Rekapitulasi Tingkat Provinsi", "pdf"),
            ("Perolehan Suara per Kabupaten/Kota", "xlsx"),
        ],
        "hari_lalu": 696,
    },
    {
        "slug": "keputusan-penetapan-gubernur-terpilih-jateng-2024",
        "judul": (
            "Keputusan KPU Provinsi Jawa Tengah tentang Penetapan Pasangan Calon Gubernur dan "
            "Wakil Gubernur Terpilih Tahun 2024"
        ),
        "ringkasan": (
            "Keputusan yang menetapkan pasangan calon gubernur dan wakil gubernur terpilih "
            "berdasarkan hasil rekapitulasi Pemilihan 2024. Keputusan ini disampaikan kepada "
            "DPRD Provinsi Jawa Tengah sebagai dasar pengusulan pengesahan pengangkatan kepada "
            "Presiden melalui Menteri Dalam Negeri."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Hukum dan Sumber Daya Manusia",
        "tanggal_pembuatan": "2025-01-10",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024", "peraturan"],
        "dokumen": [("Keputusan Penetapan Pasangan Calon Terpilih", "pdf")],
        "hari_lalu": 675,
    },
    {
        "slug": "rekapitulasi-dpt-pilkada-2024-jateng-per-kabupaten-kota",
        "judul": (
            "Rekapitulasi Daftar Pemilih Tetap Pemilihan 2024 Provinsi Jawa Tengah per "
            "Kabupaten/Kota"
        ),
        "ringkasan": (
            "Jumlah pemilih tetap Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah 2024 di "
            "35 kabupaten/kota, dirinci menurut jenis kelamin, pemilih penyandang disabilitas, "
            "dan jumlah TPS. Data berupa angka agregat dan tidak memuat nama maupun NIK pemilih."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2024-09-22",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["daftar-pemilih", "pilkada-2024"],
        "dokumen": [
            ("Rekapitulasi DPT per Kabupaten/Kota", "csv"),
            ("Berita Acara Rapat Pleno Penetapan DPT", "pdf"),
        ],
        "hari_lalu": 700,
    },
    {
        "slug": "laporan-layanan-informasi-publik-kpu-jateng-2025",
        "judul": "Laporan Layanan Informasi Publik KPU Provinsi Jawa Tengah Tahun 2025",
        "ringkasan": (
            "Rekap layanan PPID KPU Provinsi Jawa Tengah selama 2025: jumlah permohonan, "
            "informasi yang paling sering diminta, waktu pemenuhan, dan keberatan yang diajukan. "
            "Laporan juga mencatat kunjungan ke meja layanan dan pertanyaan lewat media sosial."
        ),
        "kategori": "berkala",
        "unit": "kpu-jateng",
        "penanggung_jawab": "PPID Pelaksana KPU Provinsi Jawa Tengah",
        "tanggal_pembuatan": "2026-02-10",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["layanan-informasi"],
        "dokumen": [("Laporan Layanan Informasi Publik 2025", "pdf")],
        "hari_lalu": 280,
    },
    {
        "slug": "data-jumlah-pegawai-kpu-se-jawa-tengah-2026",
        "judul": "Data Jumlah Pegawai Sekretariat KPU se-Jawa Tengah Tahun 2026",
        "ringkasan": (
            "Jumlah pegawai negeri sipil dan PPPK di sekretariat KPU provinsi dan 35 KPU "
            "kabupaten/kota di Jawa Tengah menurut golongan, jabatan, pendidikan, dan jenis "
            "kelamin. Data disajikan sebagai angka agregat tanpa nama atau NIP pegawai."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Hukum dan Sumber Daya Manusia",
        "tanggal_pembuatan": "2026-06-30",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "2 tahun",
        "tahun": 2026,
        "topik": ["kepegawaian"],
        "dokumen": [("Rekap Pegawai per Satuan Kerja", "xlsx")],
        "hari_lalu": 140,
    },
    {
        "slug": "pengamanan-arsip-dan-logistik-banjir-pantura-2026",
        "judul": "Pengamanan Arsip dan Logistik Pemilu di Wilayah Terdampak Banjir Pantura",
        "ringkasan": (
            "Sejumlah kantor dan gudang KPU kabupaten/kota di pesisir utara Jawa Tengah "
            "tergenang banjir. KPU Provinsi Jawa Tengah meminta arsip Pemilu dan Pemilihan 2024 "
            "segera dipindahkan ke tempat yang lebih tinggi dan kondisinya dilaporkan setiap "
            "hari. Layanan informasi di kantor yang terdampak dialihkan sementara ke jalur daring."
        ),
        "kategori": "serta_merta",
        "unit": "kpu-jateng",
        "penanggung_jawab": "Bagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2026-01-21",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "2 tahun",
        "tahun": 2026,
        "topik": ["kebencanaan", "logistik"],
        "dokumen": [("Surat Edaran Pengamanan Arsip dan Logistik", "pdf")],
        "hari_lalu": 304,
        "berlaku_hari": 21,
    },
    # --- KPU Kota Semarang --------------------------------------------------------------
    {
        "slug": "laporan-keuangan-kpu-kota-semarang-2024",
        "judul": "Laporan Keuangan KPU Kota Semarang Tahun Anggaran 2024",
        "ringkasan": (
            "Laporan realisasi anggaran, neraca, dan catatan atas laporan keuangan KPU Kota "
            "Semarang untuk 2024, tahun penyelenggaraan Pemilu serentak dan Pemilihan Wali "
            "Kota. Laporan ini memperlihatkan penggunaan dana APBN dan dana hibah Pemilihan "
            "dari Pemerintah Kota Semarang."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2025-02-14",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2024,
        "topik": ["anggaran"],
        "dokumen": [("Laporan Keuangan TA 2024 (audited)", "pdf")],
        "hari_lalu": 630,
    },
    {
        "slug": "profil-dan-struktur-organisasi-kpu-kota-semarang",
        "judul": "Profil dan Struktur Organisasi KPU Kota Semarang",
        "ringkasan": (
            "Susunan anggota KPU Kota Semarang beserta divisi yang dipegang, bagan organisasi "
            "sekretariat dengan empat subbagian, serta alamat, nomor telepon, dan jam layanan "
            "kantor. Informasi ini membantu warga mengetahui ke mana harus bertanya untuk setiap "
            "urusan kepemiluan."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Sekretaris KPU Kota Semarang",
        "tanggal_pembuatan": "2026-01-14",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Selama berlaku",
        "tahun": 2026,
        "topik": ["profil-lembaga"],
        "dokumen": [("Bagan Struktur Organisasi KPU Kota Semarang", "pdf")],
        "hari_lalu": 310,
    },
    {
        "slug": "ringkasan-dipa-kpu-kota-semarang-2026",
        "judul": "Ringkasan DIPA KPU Kota Semarang Tahun Anggaran 2026",
        "ringkasan": (
            "Pagu anggaran KPU Kota Semarang untuk 2026 menurut jenis belanja dan kegiatan, "
            "termasuk pemutakhiran data pemilih berkelanjutan dan pendidikan pemilih. Ringkasan "
            "ini disusun dari DIPA yang diterima pada awal tahun anggaran."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2026-01-08",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2026,
        "topik": ["anggaran"],
        "dokumen": [
            ("Ringkasan DIPA TA 2026", "pdf"),
            ("Rincian Pagu per Kegiatan", "xlsx"),
        ],
        "hari_lalu": 315,
    },
    {
        "slug": "hasil-rekapitulasi-suara-pilwalkot-semarang-2024",
        "judul": (
            "Hasil Rekapitulasi Penghitungan Suara Pemilihan Wali Kota dan Wakil Wali Kota "
            "Semarang 2024"
        ),
        "ringkasan": (
            "Berita acara dan sertifikat rekapitulasi tingkat kota untuk Pemilihan Wali Kota dan "
            "Wakil Wali Kota Semarang 2024. Lampirannya memuat perolehan suara setiap pasangan "
            "calon di 16 kecamatan, jumlah pengguna hak pilih, serta suara sah dan tidak sah."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2024-12-05",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024"],
        "dokumen": [
            ("Berita Acara Rekapitulasi Tingkat Kota", "pdf"),
            ("Perolehan Suara per Kecamatan", "xlsx"),
        ],
        "hari_lalu": 698,
    },
    {
        "slug": "keputusan-penetapan-walikota-terpilih-semarang-2024",
        "judul": (
            "Keputusan KPU Kota Semarang tentang Penetapan Pasangan Calon Wali Kota dan Wakil "
            "Wali Kota Terpilih Tahun 2024"
        ),
        "ringkasan": (
            "Keputusan yang menetapkan pasangan calon wali kota dan wakil wali kota terpilih "
            "berdasarkan hasil rekapitulasi Pemilihan 2024. Salinannya diserahkan kepada DPRD "
            "Kota Semarang sebagai dasar pengusulan pengesahan pengangkatan."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Hukum dan Sumber Daya Manusia",
        "tanggal_pembuatan": "2025-01-09",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024", "peraturan"],
        "dokumen": [("Keputusan Penetapan Pasangan Calon Terpilih", "pdf")],
        "hari_lalu": 675,
    },
    {
        "slug": "daftar-pengadaan-barang-jasa-kpu-kota-semarang-2025",
        "judul": "Daftar Pengadaan Barang/Jasa KPU Kota Semarang Tahun 2025",
        "ringkasan": (
            "Paket pengadaan yang dilaksanakan pada 2025, dengan nama paket, nilai kontrak, "
            "metode pengadaan, badan usaha penyedia, dan waktu pelaksanaan. Sebagian besar "
            "berupa pengadaan langsung untuk pemeliharaan gudang dan kebutuhan kantor."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2025-12-30",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["pengadaan-barang-jasa"],
        "dokumen": [("Daftar Pengadaan Barang/Jasa 2025", "xlsx")],
        "hari_lalu": 320,
    },
    {
        "slug": "agenda-rapat-pleno-terbuka-kpu-kota-semarang-2026",
        "judul": "Agenda Rapat Pleno Terbuka KPU Kota Semarang Tahun 2026",
        "ringkasan": (
            "Jadwal rapat pleno terbuka sepanjang 2026, terutama rekapitulasi daftar pemilih "
            "berkelanjutan, lengkap dengan tempat dan pihak yang diundang. Masyarakat dan media "
            "dapat hadir sebagai pengamat dengan mendaftar lebih dulu melalui layanan informasi."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2026-01-20",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "1 tahun",
        "tahun": 2026,
        "topik": ["partisipasi-masyarakat", "daftar-pemilih"],
        "dokumen": [("Agenda Rapat Pleno Terbuka 2026", "pdf")],
        "hari_lalu": 300,
    },
    {
        "slug": "laporan-dana-kampanye-pilwalkot-semarang-2024",
        "judul": (
            "Laporan Penerimaan dan Pengeluaran Dana Kampanye Pemilihan Wali Kota dan Wakil "
            "Wali Kota Semarang 2024"
        ),
        "ringkasan": (
            "Laporan dana kampanye yang disampaikan setiap pasangan calon, beserta hasil audit "
            "kantor akuntan publik yang ditunjuk KPU Kota Semarang. Dari laporan ini warga dapat "
            "melihat sumber sumbangan dan penggunaan dana selama masa kampanye."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2024-12-20",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2024,
        "topik": ["dana-kampanye", "pilkada-2024"],
        "dokumen": [
            ("Ringkasan LPPDK Pasangan Calon", "pdf"),
            ("Laporan Hasil Audit Dana Kampanye", "pdf"),
        ],
        "hari_lalu": 690,
    },
    {
        "slug": "evakuasi-gudang-logistik-kpu-kota-semarang-banjir-rob-2026",
        "judul": "Evakuasi Gudang Logistik KPU Kota Semarang akibat Banjir Rob",
        "ringkasan": (
            "Banjir rob menggenangi kawasan gudang logistik KPU Kota Semarang, sehingga arsip "
            "dan perlengkapan pemungutan suara dipindahkan sementara ke kantor KPU Kota Semarang. "
            "Selama evakuasi, permintaan salinan arsip Pemilu dan Pemilihan 2024 dapat tertunda "
            "beberapa hari. Perkembangannya diumumkan melalui laman ini."
        ),
        "kategori": "serta_merta",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "Subbagian Keuangan, Umum dan Logistik",
        "tanggal_pembuatan": "2026-11-18",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "2 tahun",
        "tahun": 2026,
        "topik": ["kebencanaan", "logistik"],
        "dokumen": [("Pengumuman Evakuasi Gudang Logistik", "pdf")],
        "hari_lalu": 4,
        "berlaku_hari": 21,
    },
    {
        "slug": "formulir-permohonan-informasi-publik-kpu-kota-semarang",
        "judul": "Formulir Permohonan Informasi Publik dan Pernyataan Keberatan",
        "ringkasan": (
            "Formulir yang dapat diisi untuk meminta informasi kepada PPID KPU Kota Semarang, "
            "beserta formulir pernyataan keberatan. Formulir dapat diserahkan langsung ke meja "
            "layanan, dikirim melalui pos, atau diunggah dalam bentuk pindaian."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kota-semarang",
        "penanggung_jawab": "PPID Pelaksana KPU Kota Semarang",
        "tanggal_pembuatan": "2025-03-03",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Selama berlaku",
        "tahun": 2025,
        "topik": ["layanan-informasi"],
        "dokumen": [
            ("Formulir Permohonan Informasi Publik", "docx"),
            ("Formulir Pernyataan Keberatan", "docx"),
        ],
        "hari_lalu": 620,
    },
    # --- Subbagian Perencanaan, Data dan Informasi KPU Kota Semarang ---------------------
    {
        "slug": "rekapitulasi-dpt-pilkada-2024-kota-semarang-per-kecamatan",
        "judul": "Rekapitulasi Daftar Pemilih Tetap Pemilihan 2024 Kota Semarang per Kecamatan",
        "ringkasan": (
            "Jumlah pemilih tetap Pemilihan 2024 di 16 kecamatan Kota Semarang, dirinci per "
            "kelurahan menurut jenis kelamin, pemilih penyandang disabilitas, dan jumlah TPS. "
            "Data ditetapkan dalam rapat pleno terbuka dan hanya memuat angka, bukan daftar nama."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang-rendatin",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2024-09-20",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["daftar-pemilih", "pilkada-2024"],
        "dokumen": [
            ("Rekapitulasi DPT per Kecamatan dan Kelurahan", "csv"),
            ("Berita Acara Penetapan DPT", "pdf"),
        ],
        "hari_lalu": 699,
    },
    {
        "slug": "rekapitulasi-daftar-pemilih-berkelanjutan-kota-semarang-semester-ii-2025",
        "judul": "Rekapitulasi Daftar Pemilih Berkelanjutan Kota Semarang Semester II Tahun 2025",
        "ringkasan": (
            "Hasil pemutakhiran data pemilih berkelanjutan pada semester kedua 2025: pemilih "
            "baru, pemilih yang meninggal dunia, yang pindah domisili, dan perubahan status "
            "TNI/Polri. Rekap ini memperlihatkan perkembangan jumlah pemilih di setiap kecamatan "
            "menjelang Pemilu berikutnya."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang-rendatin",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2026-01-07",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "5 tahun",
        "tahun": 2025,
        "topik": ["daftar-pemilih"],
        "dokumen": [("Rekapitulasi Daftar Pemilih Berkelanjutan Semester II 2025", "csv")],
        "hari_lalu": 316,
    },
    {
        "slug": "rencana-kerja-kpu-kota-semarang-2026",
        "judul": "Rencana Kerja KPU Kota Semarang Tahun 2026",
        "ringkasan": (
            "Daftar kegiatan yang direncanakan sepanjang 2026 beserta target, jadwal, dan "
            "pagunya, disusun mengacu pada rencana strategis KPU. Kegiatan utama meliputi "
            "pemutakhiran data pemilih, pendidikan pemilih di sekolah dan kampus, serta penataan "
            "arsip Pemilihan 2024."
        ),
        "kategori": "berkala",
        "unit": "kpu-kota-semarang-rendatin",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2026-01-16",
        "tempat_pembuatan": "Semarang",
        "bentuk": "cetak_elektronik",
        "retensi": "5 tahun",
        "tahun": 2026,
        "topik": ["laporan-kinerja", "anggaran"],
        "dokumen": [("Rencana Kerja KPU Kota Semarang 2026", "pdf")],
        "hari_lalu": 305,
    },
    {
        "slug": "pemeliharaan-darurat-layanan-ppid-daring-kpu-kota-semarang-2025",
        "judul": "Layanan PPID Daring KPU Kota Semarang Terhenti karena Pemeliharaan Darurat",
        "ringkasan": (
            "Server yang menampung laman dan layanan permohonan informasi daring KPU Kota "
            "Semarang mengalami kerusakan perangkat keras. Selama perbaikan, permohonan dapat "
            "diajukan langsung ke kantor atau melalui surel resmi, dan jangka waktu layanan "
            "dihitung sejak permohonan diterima lewat jalur tersebut."
        ),
        "kategori": "serta_merta",
        "unit": "kpu-kota-semarang-rendatin",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2025-10-02",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "1 tahun",
        "tahun": 2025,
        "topik": ["layanan-informasi"],
        "dokumen": [],
        "hari_lalu": 415,
        "berlaku_hari": 7,
    },
    # --- KPU Kabupaten Kendal -----------------------------------------------------------
    {
        "slug": "jadwal-dan-tahapan-pemilihan-bupati-kendal-2024",
        "judul": "Jadwal dan Tahapan Pemilihan Bupati dan Wakil Bupati Kendal Tahun 2024",
        "ringkasan": (
            "Urutan tahapan Pemilihan Bupati dan Wakil Bupati Kendal 2024, mulai dari "
            "pembentukan badan ad hoc, pemutakhiran data pemilih, pendaftaran pasangan calon, "
            "dan kampanye, sampai pemungutan suara pada 27 November 2024 dan penetapan calon "
            "terpilih. Jadwal mengikuti peraturan KPU tentang tahapan Pemilihan 2024."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-kabupaten-kendal",
        "penanggung_jawab": "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2024-05-06",
        "tempat_pembuatan": "Kendal",
        "bentuk": "cetak_elektronik",
        "retensi": "2 tahun setelah Pemilihan",
        "tahun": 2024,
        "topik": ["pilkada-2024", "peraturan"],
        "dokumen": [("Jadwal dan Tahapan Pemilihan 2024", "pdf")],
        "hari_lalu": 700,
    },
    {
        "slug": "hasil-rekapitulasi-suara-pilbup-kendal-2024",
        "judul": (
            "Hasil Rekapitulasi Penghitungan Suara Pemilihan Bupati dan Wakil Bupati Kendal 2024"
        ),
        "ringkasan": (
            "Berita acara rekapitulasi tingkat kabupaten beserta perolehan suara setiap pasangan "
            "calon di 20 kecamatan Kabupaten Kendal. Dokumen ini juga mencatat jumlah pengguna "
            "hak pilih dan kejadian khusus yang dicatat selama rekapitulasi."
        ),
        "kategori": "berkala",
        "unit": "kpu-kabupaten-kendal",
        "penanggung_jawab": "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat",
        "tanggal_pembuatan": "2024-12-04",
        "tempat_pembuatan": "Kendal",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024"],
        "dokumen": [
            ("Berita Acara Rekapitulasi Tingkat Kabupaten", "pdf"),
            ("Perolehan Suara per Kecamatan", "xlsx"),
        ],
        "hari_lalu": 694,
    },
    {
        "slug": "rekapitulasi-dpt-pilkada-2024-kabupaten-kendal-per-kecamatan",
        "judul": "Rekapitulasi Daftar Pemilih Tetap Pemilihan 2024 Kabupaten Kendal per Kecamatan",
        "ringkasan": (
            "Jumlah pemilih tetap Pemilihan 2024 di setiap kecamatan Kabupaten Kendal menurut "
            "jenis kelamin, beserta jumlah TPS dan pemilih penyandang disabilitas. Angka ini "
            "ditetapkan dalam rapat pleno terbuka KPU Kabupaten Kendal."
        ),
        "kategori": "berkala",
        "unit": "kpu-kabupaten-kendal",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2024-09-19",
        "tempat_pembuatan": "Kendal",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["daftar-pemilih", "pilkada-2024"],
        "dokumen": [("Rekapitulasi DPT per Kecamatan", "csv")],
        "hari_lalu": 699,
    },
    {
        "slug": "layanan-pemutakhiran-data-pemilih-pascabanjir-kendal-2026",
        "judul": (
            "Layanan Pemutakhiran Data Pemilih bagi Warga Terdampak Banjir di Kabupaten Kendal"
        ),
        "ringkasan": (
            "KPU Kabupaten Kendal membuka pos layanan di kantor kecamatan terdampak banjir bagi "
            "warga yang dokumen kependudukannya rusak atau hilang dan ingin memastikan tetap "
            "tercatat dalam daftar pemilih. Warga cukup membawa surat keterangan dari desa atau "
            "kelurahan; pencatatan dilakukan bersama dinas kependudukan dan pencatatan sipil."
        ),
        "kategori": "serta_merta",
        "unit": "kpu-kabupaten-kendal",
        "penanggung_jawab": "Subbagian Perencanaan, Data dan Informasi",
        "tanggal_pembuatan": "2026-02-09",
        "tempat_pembuatan": "Kendal",
        "bentuk": "cetak_elektronik",
        "retensi": "1 tahun",
        "tahun": 2026,
        "topik": ["kebencanaan", "daftar-pemilih"],
        "dokumen": [("Pengumuman Pos Layanan Data Pemilih", "pdf")],
        "hari_lalu": 285,
        "berlaku_hari": 30,
    },
    # --- KPU Provinsi DKI Jakarta -------------------------------------------------------
    {
        "slug": "hasil-rekapitulasi-suara-pilgub-dki-jakarta-2024",
        "judul": (
            "Hasil Rekapitulasi Penghitungan Suara Pemilihan Gubernur dan Wakil Gubernur "
            "DKI Jakarta 2024"
        ),
        "ringkasan": (
            "Berita acara rekapitulasi tingkat provinsi untuk Pemilihan Gubernur dan Wakil "
            "Gubernur DKI Jakarta 2024, dengan perolehan suara setiap pasangan calon di enam "
            "kabupaten/kota administrasi. Lampiran memuat pula jumlah pemilih terdaftar, "
            "pengguna hak pilih, dan suara tidak sah."
        ),
        "kategori": "berkala",
        "unit": "kpu-dki-jakarta",
        "penanggung_jawab": (
            "Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"
        ),
        "tanggal_pembuatan": "2024-12-09",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "Permanen",
        "tahun": 2024,
        "topik": ["pilkada-2024"],
        "dokumen": [
            ("Berita Acara Rekapitulasi Tingkat Provinsi", "pdf"),
            ("Perolehan Suara per Kabupaten/Kota Administrasi", "xlsx"),
        ],
        "hari_lalu": 695,
    },
    {
        "slug": "laporan-dana-kampanye-pilgub-dki-jakarta-2024",
        "judul": (
            "Laporan Dana Kampanye Pasangan Calon Gubernur dan Wakil Gubernur DKI Jakarta 2024"
        ),
        "ringkasan": (
            "Laporan awal dana kampanye, laporan penerimaan sumbangan, serta laporan penerimaan "
            "dan pengeluaran dana kampanye setiap pasangan calon, disertai hasil audit kantor "
            "akuntan publik. Pemilih dapat menilai sendiri keterbukaan pendanaan kampanye."
        ),
        "kategori": "setiap_saat",
        "unit": "kpu-dki-jakarta",
        "penanggung_jawab": (
            "Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"
        ),
        "tanggal_pembuatan": "2024-12-27",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "10 tahun",
        "tahun": 2024,
        "topik": ["dana-kampanye", "pilkada-2024"],
        "dokumen": [("Laporan Hasil Audit Dana Kampanye", "pdf")],
        "hari_lalu": 690,
    },
    {
        "slug": "laporan-layanan-informasi-publik-kpu-dki-jakarta-2024",
        "judul": "Laporan Layanan Informasi Publik KPU Provinsi DKI Jakarta Tahun 2024",
        "ringkasan": (
            "Rekap layanan informasi selama tahun Pemilu dan Pemilihan 2024, ketika permohonan "
            "data hasil pemungutan suara meningkat tajam. Memuat jumlah permohonan, waktu "
            "pemenuhan, permohonan yang ditolak beserta dasar pengecualiannya, dan sengketa "
            "informasi di Komisi Informasi Provinsi DKI Jakarta."
        ),
        "kategori": "berkala",
        "unit": "kpu-dki-jakarta",
        "penanggung_jawab": "PPID Pelaksana KPU Provinsi DKI Jakarta",
        "tanggal_pembuatan": "2025-02-12",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "cetak_elektronik",
        "retensi": "5 tahun",
        "tahun": 2024,
        "topik": ["layanan-informasi"],
        "dokumen": [("Laporan Layanan Informasi Publik 2024", "pdf")],
        "hari_lalu": 640,
    },
    {
        "slug": "penutupan-sementara-layanan-tatap-muka-kpu-dki-jakarta-banjir-2025",
        "judul": "Penutupan Sementara Layanan Tatap Muka KPU Provinsi DKI Jakarta akibat Banjir",
        "ringkasan": (
            "Akses menuju kantor terputus oleh genangan banjir, sehingga layanan informasi tatap "
            "muka ditutup sementara. Permohonan informasi tetap diterima melalui surel dan "
            "formulir daring, dan batas waktu layanan tidak berubah."
        ),
        "kategori": "serta_merta",
        "unit": "kpu-dki-jakarta",
        "penanggung_jawab": "PPID Pelaksana KPU Provinsi DKI Jakarta",
        "tanggal_pembuatan": "2025-03-04",
        "tempat_pembuatan": "Jakarta",
        "bentuk": "elektronik",
        "retensi": "1 tahun",
        "tahun": 2025,
        "topik": ["kebencanaan", "layanan-informasi"],
        "dokumen": [],
        "hari_lalu": 627,
        "berlaku_hari": 5,
    },
]
