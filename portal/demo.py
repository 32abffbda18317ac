"""Demo content of the site itself: the body's profile and its service-standard pages.

Written for this project in plain Indonesian. Idempotent: what exists (matched by slug) is
left as it is, so edits made in the admin survive another `make run`.
"""

from portal.models import Halaman, ProfilSitus

PROFIL = {
    "nama_badan": "Komisi Pemilihan Umum Republik Indonesia",
    "nama_ppid": "PPID Komisi Pemilihan Umum",
    "alamat": "Jl. Imam Bonjol No. 29, Menteng\nJakarta Pusat 10310",
    "telepon": "(021) 3193 7223",
    "email": "ppid@kpu.example.id",
    "whatsapp": "0811 1000 2024",
    "jam_layanan": (
        "Senin–Kamis: 08.00–16.00 WIB\n"
        "Jumat: 08.00–16.30 WIB (istirahat 11.30–13.00)\n"
        "Sabtu, Minggu dan hari libur: layanan daring tetap menerima permohonan"
    ),
    "sambutan": (
        "Setiap warga negara berhak memperoleh informasi publik. Di portal ini Anda dapat "
        "melihat informasi yang sudah kami umumkan, mengajukan permohonan informasi, dan "
        "memantau jawabannya — tanpa biaya.\n\n"
        "Permohonan dijawab paling lambat **10 hari kerja** sejak diterima dan dapat "
        "diperpanjang satu kali paling lama **7 hari kerja** dengan alasan tertulis "
        "(UU No. 14 Tahun 2008 Pasal 22)."
    ),
    "jam_layanan_en": (
        "Monday–Thursday: 08.00–16.00 WIB\n"
        "Friday: 08.00–16.30 WIB (break 11.30–13.00)\n"
        "Saturday, Sunday and holidays: online requests are still received"
    ),
    "sambutan_en": (
        "Every citizen has the right to public information. On this portal you can read the "
        "information we have published, request information, and follow the answer — free "
        "of charge.\n\n"
        "Requests are answered within **10 working days** of receipt; the time may be "
        "extended once by at most **7 working days** with written reasons "
        "(Law No. 14 of 2008, Article 22)."
    ),
    "peta": "https://www.openstreetmap.org/?mlat=-6.1985&mlon=106.8317#map=18/-6.1985/106.8317",
    "instagram": "https://www.instagram.com/kpu_ri/",
    "facebook": "https://www.facebook.com/KPURI",
    "x": "https://x.com/KPU_ID",
    "tiktok": "https://www.tiktok.com/@kpu_ri",
    "youtube": "https://www.youtube.com/@KPURI",
}
# Fields added after the first release: filled in on existing demo sites while still empty.
PROFIL_BARU = ("jam_layanan_en", "sambutan_en", "peta", "instagram", "facebook", "x", "tiktok",
               "youtube")  # fmt: skip

PROFIL_PPID = """\
## Apa itu PPID

Pejabat Pengelola Informasi dan Dokumentasi (PPID) adalah pejabat yang bertanggung jawab
menyimpan, mendokumentasikan, menyediakan, dan memberikan pelayanan informasi di lingkungan
Komisi Pemilihan Umum. PPID dibentuk berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang
Keterbukaan Informasi Publik.

## Susunan PPID di lingkungan KPU

- **Atasan PPID**: Sekretaris Jenderal KPU. Memutus keberatan yang diajukan pemohon.
- **PPID Utama**: Kepala Biro Partisipasi dan Hubungan Masyarakat. Mengoordinasikan seluruh
  layanan informasi dan menetapkan uji konsekuensi.
- **PPID Pelaksana**: sekretaris KPU Provinsi dan KPU Kabupaten/Kota. Melayani permohonan
  informasi yang dikuasai satuan kerjanya masing-masing.

## Tugas PPID

1. Menyusun dan memperbarui Daftar Informasi Publik.
2. Mengumumkan informasi yang wajib diumumkan secara berkala dan serta-merta.
3. Melayani permohonan informasi dan memberikan pemberitahuan tertulis tepat waktu.
4. Melakukan uji konsekuensi sebelum menyatakan suatu informasi dikecualikan.
5. Menyusun laporan layanan informasi publik setiap tahun.

## Dasar hukum

- Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.
- Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.
- Peraturan KPU Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik di
  Lingkungan Komisi Pemilihan Umum, beserta perubahannya.
"""

MAKLUMAT = """\
Dengan ini kami menyatakan sanggup menyelenggarakan layanan informasi publik sesuai standar
layanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima
sanksi sesuai peraturan perundang-undangan yang berlaku.

## Dasar hukum

Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan Peraturan Komisi
Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.

## Prosedur

1. Pemohon mengisi formulir permohonan secara daring, datang langsung, melalui surat, atau
   e-mail, dengan melampirkan identitas (KTP, atau akta pendirian bagi badan hukum).
2. Petugas memberikan nomor pendaftaran permohonan pada hari yang sama.
3. PPID memeriksa ketersediaan informasi dan menyampaikan pemberitahuan tertulis.
4. Informasi diserahkan sesuai cara yang dipilih pemohon.

## Waktu penyelesaian

| Tahap | Jangka waktu |
|---|---|
| Pemberitahuan tertulis | paling lambat 10 hari kerja sejak permohonan diterima |
| Perpanjangan | satu kali, paling lama 7 hari kerja, dengan alasan tertulis |
| Tanggapan atas keberatan | paling lambat 30 hari kerja sejak keberatan diterima |

## Biaya

Layanan informasi **tidak dipungut biaya**. Salinan elektronik dikirim tanpa biaya. Apabila
pemohon meminta salinan cetak dalam jumlah besar atau pengiriman pos, biaya yang timbul hanya
sebesar biaya nyata penggandaan dan pengiriman, dan disampaikan lebih dahulu kepada pemohon.

## Jaminan pelayanan

Setiap permohonan dicatat dalam register dan dapat dipantau statusnya oleh pemohon. Apabila
permohonan tidak ditanggapi, ditolak, atau tidak dipenuhi sebagaimana mestinya, pemohon
berhak mengajukan keberatan kepada Atasan PPID.

## Evaluasi kinerja

Kami melakukan survei kepuasan masyarakat sekurang-kurangnya satu kali setahun dan
mengumumkan laporan layanan informasi publik paling lambat tanggal 31 Maret tahun berikutnya.
"""

PROSEDUR_PERMOHONAN = """\
## Siapa yang dapat mengajukan

Setiap warga negara Indonesia, badan hukum Indonesia, atau kelompok orang, baik secara
langsung maupun melalui kuasa.

## Yang perlu disiapkan

- Nomor Induk Kependudukan (NIK) dan pindaian KTP, atau nomor pengesahan badan hukum dari
  Kementerian Hukum beserta pindaian aktanya.
- Surat kuasa khusus apabila permohonan diajukan melalui kuasa.
- Rincian informasi yang dibutuhkan dan tujuan penggunaannya.

## Langkah-langkah

1. Isi formulir permohonan dan lampirkan identitas.
2. Simpan nomor pendaftaran dan tautan pelacakan yang dikirim ke e-mail Anda.
3. Pantau status permohonan. Pemberitahuan tertulis dikirim paling lambat 10 hari kerja.
4. Apabila tidak puas dengan jawaban, ajukan keberatan dalam 30 hari kerja.

Hari kerja adalah Senin sampai Jumat, tidak termasuk hari libur nasional dan cuti bersama.
"""

PROSEDUR_KEBERATAN = """\
Pemohon dapat mengajukan keberatan secara tertulis kepada Atasan PPID apabila:

1. permohonan ditolak dengan alasan pengecualian;
2. informasi berkala tidak disediakan;
3. permohonan tidak ditanggapi;
4. permohonan ditanggapi tidak sebagaimana yang diminta;
5. permohonan tidak dipenuhi;
6. pemohon dikenakan biaya yang tidak wajar; atau
7. informasi disampaikan melebihi jangka waktu yang ditentukan.

Keberatan diajukan paling lambat **30 hari kerja** sejak alasan keberatan muncul. Atasan
PPID memberikan tanggapan tertulis paling lambat **30 hari kerja** sejak keberatan dicatat.
Apabila pemohon tidak puas dengan tanggapan tersebut, pemohon dapat mengajukan sengketa
informasi ke Komisi Informasi dalam 14 hari kerja sejak menerima tanggapan.
"""

STANDAR_LAYANAN = """\
Standar layanan informasi publik KPU (Perki 1/2021 Pasal 23, 47–48), disusun dan diperbarui
oleh PPID:

- [Maklumat Pelayanan](/halaman/maklumat-pelayanan/) — janji layanan, waktu, dan biaya.
- [Prosedur Permohonan Informasi](/halaman/prosedur-permohonan-informasi/) (SOP).
- [Prosedur Pengajuan Keberatan](/halaman/prosedur-keberatan/) (SOP).
- [SK PPID dan Struktur PPID](/halaman/sk-dan-struktur-ppid/).
- [Daftar Informasi yang Dikecualikan](/informasi/dikecualikan/) dan prosedur uji konsekuensi.
"""

SK_STRUKTUR = """\
## Surat Keputusan

Keputusan KPU tentang Pejabat Pengelola Informasi dan Dokumentasi di Lingkungan Komisi
Pemilihan Umum menetapkan Atasan PPID, PPID Utama, dan PPID Pelaksana di setiap satuan
kerja. Salinan keputusan tersedia di Daftar Informasi Publik (kategori setiap saat).

## Struktur

1. **Atasan PPID** — Sekretaris Jenderal KPU.
2. **PPID Utama** — Kepala Biro Partisipasi dan Hubungan Masyarakat.
3. **PPID Pelaksana** — sekretaris KPU Provinsi dan KPU Kabupaten/Kota.
4. **Petugas layanan informasi** — di setiap meja layanan informasi.
"""

LAPORAN = """\
Setiap tahun PPID menyusun laporan layanan informasi publik paling lambat 31 Maret tahun
berikutnya (Perki 1/2021 Pasal 56): jumlah permohonan, waktu penyelesaian, permohonan yang
dikabulkan dan ditolak beserta alasannya, keberatan, dan sengketa informasi.

Angka layanan tahun berjalan dapat dilihat di [Register Permohonan](/permohonan/register/).
Laporan tahunan yang sudah terbit tersedia di Daftar Informasi Publik (kategori berkala).
"""

HALAMAN = [
    (Halaman.SLUG_PROFIL, "Profil PPID",
     "Susunan, tugas, dan dasar hukum Pejabat Pengelola Informasi dan Dokumentasi KPU.",
     PROFIL_PPID),
    (Halaman.SLUG_MAKLUMAT, "Maklumat Pelayanan",
     "Janji layanan kami: prosedur, waktu penyelesaian, biaya, dan jaminan pelayanan.",
     MAKLUMAT),
    ("prosedur-permohonan-informasi", "Prosedur Permohonan Informasi",
     "Siapa yang dapat meminta informasi, apa yang perlu disiapkan, dan langkahnya.",
     PROSEDUR_PERMOHONAN),
    ("prosedur-keberatan", "Prosedur Pengajuan Keberatan",
     "Kapan dan bagaimana mengajukan keberatan kepada Atasan PPID.",
     PROSEDUR_KEBERATAN),
    ("sk-dan-struktur-ppid", "SK dan Struktur PPID",
     "Keputusan penetapan PPID dan susunannya di lingkungan KPU.", SK_STRUKTUR),
]  # fmt: skip
# Pages in the main menu (staff choose others with "tampilkan di menu utama").
HALAMAN_MENU = [
    ("standar-layanan", "Standar Layanan",
     "Maklumat, SOP, SK dan struktur PPID: standar layanan informasi publik KPU.",
     STANDAR_LAYANAN),
    ("laporan-layanan", "Laporan Layanan",
     "Laporan tahunan layanan informasi publik (Perki 1/2021 Pasal 56).", LAPORAN),
]  # fmt: skip


def isi() -> None:
    profil, dibuat = ProfilSitus.objects.get_or_create(pk=1, defaults=PROFIL)
    kosong = [f for f in PROFIL_BARU if not dibuat and not getattr(profil, f)]
    for f in kosong:
        setattr(profil, f, PROFIL[f])
    if kosong:
        profil.save(update_fields=kosong)
    halaman = [(h, False) for h in HALAMAN] + [(h, True) for h in HALAMAN_MENU]
    for urutan, ((slug, judul, ringkasan, isi_halaman), di_menu) in enumerate(halaman):
        Halaman.objects.get_or_create(
            slug=slug,
            defaults={
                "judul": judul,
                "ringkasan": ringkasan,
                "isi": isi_halaman,
                "urutan": urutan,
                "diterbitkan": True,
                "di_menu": di_menu,
            },
        )
