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
}

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
]  # fmt: skip


def isi() -> None:
    ProfilSitus.objects.get_or_create(pk=1, defaults=PROFIL)
    for urutan, (slug, judul, ringkasan, isi_halaman) in enumerate(HALAMAN):
        Halaman.objects.get_or_create(
            slug=slug,
            defaults={
                "judul": judul,
                "ringkasan": ringkasan,
                "isi": isi_halaman,
                "urutan": urutan,
                "diterbitkan": True,
            },
        )
