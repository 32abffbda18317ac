"""Demo news items (written for this project, plain Indonesian) with generated placeholder
cover images: flat colours and shapes, never photographs of people. Idempotent by slug."""

# ruff: noqa: E501  (the table below is prose, one item per row, easier to read unwrapped)

from __future__ import annotations

from datetime import datetime, time, timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from informasi.models import UnitKerja
from portal.gambar import buat_rendisi
from portal.models import Berita, KategoriBerita, TagBerita

# (days ago, category slug, unit slug, title, lead, body paragraph, tags, initials)
BERITA = [
    (1, "kegiatan", "kpu-kota-semarang", "KPU Kota Semarang Gelar Rapat Koordinasi Pemutakhiran Data Pemilih",
     "Rapat bersama Dinas Kependudukan dan Pencatatan Sipil membahas data pemilih yang pindah domisili dan meninggal dunia.",
     "Rapat menyepakati jadwal pencocokan data setiap bulan. Warga yang belum terdaftar dapat melapor ke kantor KPU atau melalui layanan cek DPT daring.",
     ["data pemilih", "koordinasi"], "awh/ed"),
    (2, "pendidikan-pemilih", "kpu-jateng", "Sosialisasi Pemilih Pemula di 20 SMA se-Jawa Tengah",
     "KPU Provinsi Jawa Tengah mengunjungi sekolah untuk mengenalkan hak pilih kepada siswa yang akan berusia 17 tahun.",
     "Siswa belajar cara mengecek nama di daftar pemilih, tata cara di TPS, dan cara melaporkan pelanggaran. Materi sosialisasi dapat diunduh di Daftar Informasi Publik.",
     ["pemilih pemula", "sekolah"], "rhd/ed"),
    (3, "pengumuman", "kpu-ri", "Pengumuman Jadwal Layanan Informasi Selama Cuti Bersama",
     "Layanan permohonan informasi daring tetap dibuka; permohonan yang masuk pada hari libur dihitung mulai hari kerja berikutnya.",
     "Jangka waktu jawaban dihitung dalam hari kerja sesuai UU 14/2008 Pasal 22. Hari libur nasional dan cuti bersama tidak dihitung.",
     ["layanan informasi"], "ppid"),
    (4, "berita-terkini", "kpu-kabupaten-kendal", "KPU Kendal Terima Kunjungan Mahasiswa Ilmu Politik",
     "Mahasiswa mempelajari cara KPU menyusun daftar pemilih dan mengelola logistik pemilihan.",
     "Dalam diskusi, mahasiswa menanyakan cara mengajukan permohonan informasi. Petugas PPID menjelaskan formulir daring dan batas waktu 10 hari kerja.",
     ["kunjungan", "mahasiswa"], "srh/ed"),
    (5, "kegiatan", "kpu-ri", "Uji Publik Rancangan Peraturan KPU tentang Kampanye",
     "KPU mengundang partai politik, pemantau, dan masyarakat memberi masukan atas rancangan peraturan.",
     "Masukan tertulis diterima sampai akhir bulan ini melalui e-mail resmi. Rancangan dan notulen uji publik diumumkan di Daftar Informasi Publik.",
     ["uji publik", "regulasi"], "dni/ed"),
    (6, "pendidikan-pemilih", "kpu-kota-semarang", "Kelas Demokrasi untuk Penyandang Disabilitas",
     "Peserta berlatih menggunakan alat bantu coblos tunanetra dan mengenali TPS yang ramah kursi roda.",
     "Kegiatan melibatkan komunitas difabel Kota Semarang. Peserta meminta lebih banyak TPS tanpa tangga pada pemilihan berikutnya.",
     ["disabilitas", "aksesibilitas"], "awh/ed"),
    (8, "pengumuman", "kpu-jateng", "Seleksi Anggota PPK dan PPS Dibuka",
     "Pendaftaran calon anggota badan ad hoc dibuka secara daring; syarat dan jadwal tersedia di laman pengumuman.",
     "Calon peserta wajib berusia paling rendah 17 tahun, berdomisili di wilayah kerja, dan tidak menjadi anggota partai politik.",
     ["seleksi", "badan ad hoc"], "rhd/ed"),
    (9, "berita-terkini", "kpu-dki-jakarta", "KPU DKI Jakarta Luncurkan Layanan Cek DPT di Kelurahan",
     "Warga dapat memeriksa namanya di daftar pemilih langsung di kantor kelurahan pada jam kerja.",
     "Layanan ini melengkapi cek DPT daring. Warga cukup membawa KTP elektronik; data pribadi tidak dicetak atau dibagikan.",
     ["data pemilih", "layanan"], "bsn/ed"),
    (11, "kegiatan", "kpu-kabupaten-kendal", "Bimbingan Teknis Pengelolaan Arsip Pemilihan",
     "Petugas sekretariat belajar menata arsip agar dokumen mudah ditemukan saat ada permohonan informasi.",
     "Arsip yang tertata mempercepat jawaban atas permohonan informasi dan memudahkan uji konsekuensi bila ada informasi yang dikecualikan.",
     ["arsip", "bimtek"], "srh/ed"),
    (12, "pendidikan-pemilih", "kpu-ri", "Modul Pendidikan Pemilih untuk Guru Diterbitkan",
     "Modul berisi rencana pelajaran tentang pemilu, hak pilih, dan cara menolak politik uang.",
     "Guru dapat mengunduh modul secara gratis. Modul disusun bersama organisasi guru dan diuji di beberapa sekolah.",
     ["pemilih pemula", "modul"], "dni/ed"),
    (14, "berita-terkini", "kpu-kota-semarang", "Rekapitulasi Pemutakhiran Data Pemilih Triwulan Ini Ditetapkan",
     "Rapat pleno terbuka menetapkan jumlah pemilih berkelanjutan Kota Semarang.",
     "Berita acara rekapitulasi diumumkan sebagai informasi berkala. Rincian per kecamatan tersedia tanpa data pribadi pemilih.",
     ["data pemilih", "rapat pleno"], "awh/ed"),
    (15, "pengumuman", "kpu-kota-semarang", "Perubahan Alamat Kantor Layanan Informasi",
     "Meja layanan PPID pindah ke lantai dasar agar mudah dijangkau pengguna kursi roda.",
     "Jam layanan tidak berubah: Senin sampai Jumat pukul 08.00–16.00 WIB.",
     ["layanan informasi", "aksesibilitas"], "ppid"),
    (17, "kegiatan", "kpu-jateng", "Diskusi Publik Evaluasi Partisipasi Pemilih",
     "Akademisi dan pemantau membahas turunnya partisipasi di beberapa kabupaten.",
     "Hasil diskusi menjadi bahan rencana sosialisasi tahun depan. Materi paparan dapat diminta melalui permohonan informasi.",
     ["partisipasi", "evaluasi"], "rhd/ed"),
    (18, "pendidikan-pemilih", "kpu-kabupaten-kendal", "Relawan Demokrasi Sambangi Pasar Tradisional",
     "Relawan mengajak pedagang dan pembeli memeriksa nama di daftar pemilih.",
     "Relawan membagikan selebaran berisi cara cek DPT dan nomor layanan pengaduan.",
     ["relawan demokrasi"], "srh/ed"),
    (20, "berita-terkini", "kpu-ri", "KPU Raih Penghargaan Keterbukaan Informasi",
     "Penilaian Komisi Informasi menempatkan KPU dalam kategori badan publik informatif.",
     "Penilaian mencakup kelengkapan Daftar Informasi Publik, kecepatan jawaban, dan pengelolaan keberatan.",
     ["keterbukaan informasi"], "dni/ed"),
    (22, "kegiatan", "kpu-dki-jakarta", "Simulasi Pemungutan Suara di Rumah Susun",
     "Warga rumah susun mencoba tata cara pemungutan suara dan penghitungan di TPS.",
     "Simulasi menguji lama waktu pemungutan suara dan kebutuhan bilik tambahan di TPS padat pemilih.",
     ["simulasi", "TPS"], "bsn/ed"),
    (24, "pengumuman", "kpu-ri", "Daftar Informasi yang Dikecualikan Diperbarui",
     "Hasil peninjauan uji konsekuensi tahun ini diumumkan; sebagian informasi kini terbuka.",
     "Pengecualian yang sudah berakhir dihapus dari daftar dan informasinya dapat dimohonkan.",
     ["keterbukaan informasi", "uji konsekuensi"], "ppid"),
    (26, "pendidikan-pemilih", "kpu-kota-semarang", "Lomba Video Pendek Tolak Politik Uang",
     "Pelajar dan mahasiswa diajak membuat video satu menit tentang bahaya politik uang.",
     "Karya terbaik ditayangkan di media sosial KPU Kota Semarang. Pendaftaran gratis.",
     ["politik uang", "lomba"], "awh/ed"),
    (29, "kegiatan", "kpu-jateng", "Rapat Kerja Pengelolaan Dana Hibah Pemilihan",
     "Sekretariat membahas laporan pertanggungjawaban dana hibah pemilihan gubernur.",
     "Realisasi anggaran per kegiatan akan diumumkan sebagai informasi berkala setelah diaudit.",
     ["anggaran", "hibah"], "rhd/ed"),
    (31, "berita-terkini", "kpu-kabupaten-kendal", "Gudang Logistik Kendal Diperiksa Menjelang Musim Hujan",
     "Pemeriksaan memastikan kotak dan bilik suara tersimpan aman dari banjir.",
     "Barang yang rusak dicatat dan diusulkan untuk dihapus sesuai aturan barang milik negara.",
     ["logistik"], "srh/ed"),
    (34, "pengumuman", "kpu-dki-jakarta", "Formulir Permohonan Informasi Kini Bisa Diisi Daring",
     "Warga tidak perlu datang ke kantor untuk meminta informasi publik.",
     "Setelah mengirim formulir, pemohon menerima nomor pendaftaran dan tautan untuk melacak permohonannya.",
     ["layanan informasi"], "bsn/ed"),
    (37, "kegiatan", "kpu-ri", "Rapat Dengar Pendapat tentang Anggaran Pemilihan",
     "KPU memaparkan kebutuhan anggaran pemutakhiran data pemilih berkelanjutan.",
     "Bahan paparan diumumkan di Daftar Informasi Publik setelah rapat.",
     ["anggaran"], "dni/ed"),
    (40, "pendidikan-pemilih", "kpu-jateng", "Podcast Demokrasi Episode Perempuan dan Politik",
     "Episode baru membahas keterwakilan perempuan dalam penyelenggara pemilu.",
     "Podcast dapat didengar di kanal resmi KPU Provinsi Jawa Tengah.",
     ["podcast", "perempuan"], "rhd/ed"),
    (45, "berita-terkini", "kpu-kota-semarang", "KPU Kota Semarang Tanggapi Keberatan Pemohon Informasi",
     "Atasan PPID menyelesaikan keberatan atas permohonan salinan daftar pemilih.",
     "Salinan diberikan tanpa NIK dan NKK pemilih sesuai hasil uji konsekuensi.",
     ["keberatan", "keterbukaan informasi"], "awh/ed"),
    (48, "kegiatan", "biro-logistik", "Uji Coba Kotak Suara Transparan Tahan Air",
     "Biro Logistik menguji kekuatan kotak suara berbahan plastik transparan di bawah guyuran air dan tumpukan beban.",
     "Hasil uji dicatat dalam berita acara dan menjadi bahan penyusunan spesifikasi teknis pengadaan. Spesifikasi yang ditetapkan akan diumumkan bersama rencana umum pengadaan.",
     ["logistik", "pengadaan"], "tmy/ed"),
    (52, "pengumuman", "biro-hukum", "Jadwal Konsultasi Publik Rancangan Keputusan tentang Pedoman Teknis",
     "Masyarakat dapat menyampaikan tanggapan atas rancangan pedoman teknis secara tertulis atau dalam pertemuan tatap muka.",
     "Rancangan dapat dibaca di Daftar Informasi Publik. Tanggapan tertulis dikirim ke alamat e-mail Biro Hukum paling lambat tujuh hari setelah konsultasi publik.",
     ["uji publik", "regulasi"], "fzn/ed"),
    (55, "pendidikan-pemilih", "kpu-kabupaten-kendal", "Pemilih Muda Kendal Belajar Memeriksa Berita Bohong",
     "Kelas singkat di balai desa mengajak pemilih muda memeriksa sumber kabar seputar pemilihan sebelum membagikannya.",
     "Peserta berlatih membandingkan kabar di media sosial dengan pengumuman resmi KPU. Mereka juga diajari cara melapor bila menemukan kabar yang menyesatkan.",
     ["pemilih pemula", "literasi digital"], "srh/ed"),
    (58, "berita-terkini", "biro-perencanaan-data", "Data Pemilih Berkelanjutan Kini Tersedia dalam Format Terbuka",
     "Rekapitulasi jumlah pemilih per provinsi dan kabupaten/kota dapat diunduh dalam format CSV.",
     "Berkas hanya memuat angka rekapitulasi, tanpa data pribadi pemilih. Pengguna dapat mengolahnya untuk penelitian atau pemberitaan dengan menyebut sumbernya.",
     ["data pemilih", "data terbuka"], "dni/ed"),
    (62, "kegiatan", "kpu-kota-semarang", "Petugas PPID Kota Semarang Ikuti Pelatihan Bahasa Isyarat",
     "Pelatihan dasar bahasa isyarat membantu petugas melayani pemohon informasi tuli di meja layanan.",
     "Pelatihan diberikan oleh komunitas tuli setempat selama tiga hari. Petugas juga menyiapkan formulir permohonan dengan bahasa yang sederhana.",
     ["aksesibilitas", "layanan informasi"], "awh/ed"),
    (66, "pengumuman", "kpu-jateng", "Pengumuman Hasil Seleksi Administrasi Calon Anggota PPK",
     "Daftar nomor pendaftaran calon yang lolos seleksi administrasi diumumkan di kantor KPU kabupaten/kota dan di laman resmi.",
     "Pengumuman memuat nomor pendaftaran tanpa alamat dan nomor identitas calon. Masyarakat dapat memberi tanggapan atas calon yang lolos selama masa tanggapan.",
     ["seleksi", "badan ad hoc"], "rhd/ed"),
    (71, "pendidikan-pemilih", "biro-parmas", "Komik Pendidikan Pemilih untuk Anak Sekolah Dasar",
     "Komik bergambar mengenalkan musyawarah, pemungutan suara, dan kejujuran kepada siswa sekolah dasar.",
     "Komik dapat diunduh gratis dan dicetak ulang oleh sekolah. Guru dapat memakai lembar kegiatan di bagian akhir komik.",
     ["modul", "sekolah"], "bny/ed"),
    (75, "berita-terkini", "kpu-dki-jakarta", "Rata-rata Waktu Jawaban Permohonan Informasi Turun Menjadi Enam Hari Kerja",
     "Laporan layanan informasi triwulan menunjukkan sebagian besar permohonan dijawab sebelum batas sepuluh hari kerja.",
     "Permohonan yang paling banyak diajukan berkaitan dengan data pemilih dan anggaran. Laporan lengkap diumumkan sebagai informasi berkala.",
     ["layanan informasi", "laporan"], "bsn/ed"),
    (80, "kegiatan", "kpu-kabupaten-kendal", "Rapat Evaluasi Pengamanan Gudang Logistik Bersama Pemerintah Daerah",
     "KPU Kendal dan pemerintah daerah membahas penjagaan gudang dan jalur distribusi ke desa-desa terpencil.",
     "Rapat menyepakati pemeriksaan rutin setiap bulan dan daftar kontak darurat bila terjadi bencana.",
     ["logistik", "koordinasi"], "srh/ed"),
    (86, "pengumuman", "kpu-ri", "Standar Biaya Salinan Informasi Publik",
     "Informasi dalam bentuk elektronik diberikan tanpa biaya; salinan cetak dikenai biaya fotokopi sesuai tarif yang berlaku.",
     "Rincian biaya tercantum dalam Maklumat Pelayanan. Pemohon dapat meminta informasi dikirim melalui e-mail agar tidak dikenai biaya.",
     ["layanan informasi", "biaya"], "ppid"),
    (93, "pendidikan-pemilih", "kpu-jateng", "Festival Demokrasi di Alun-Alun Kota",
     "Warga mencoba bilik suara contoh, bermain kuis tentang pemilu, dan menonton pentas seni pelajar.",
     "Festival juga membuka meja cek DPT dan meja layanan informasi. Ratusan warga memeriksa namanya di daftar pemilih selama festival.",
     ["partisipasi", "relawan demokrasi"], "rhd/ed"),
    (101, "berita-terkini", "kpu-ri", "Hasil Survei Kepuasan Layanan Informasi Diumumkan",
     "Survei terhadap pemohon informasi menilai kemudahan mengajukan permohonan dan kejelasan jawaban.",
     "Pemohon meminta jawaban yang lebih sederhana dan pemberitahuan lewat pesan singkat. Masukan itu menjadi bahan perbaikan layanan tahun depan.",
     ["layanan informasi", "survei"], "dni/ed"),
]  # fmt: skip

# One draft, to try the preview in the admin ("Lihat seperti di situs").
DRAF = (
    "pendidikan-pemilih", "kpu-kota-semarang", "Rencana Kelas Pemilih Pemula Semester Depan (draf)",
    "Rancangan jadwal kunjungan ke sekolah menengah atas dan kejuruan di Kota Semarang.",
    "Jadwal masih menunggu konfirmasi dari sekolah. Berita ini akan diterbitkan setelah jadwal pasti.",
    ["pemilih pemula", "sekolah"], "awh/ed",
)  # fmt: skip

WARNA = {
    "berita-terkini": ("#7a0f12", "#f3d9da"),
    "kegiatan": ("#1e3a8a", "#dbeafe"),
    "pengumuman": ("#14532d", "#dcfce7"),
    "pendidikan-pemilih": ("#78350f", "#fef3c7"),
}
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def gambar_contoh(judul: str, kategori: str, lebar: int = 1600, tinggi: int = 900) -> bytes:
    """A flat placeholder picture: the category colours, a few shapes and the title."""
    tua, muda = WARNA.get(kategori, ("#333333", "#eeeeee"))
    gambar = Image.new("RGB", (lebar, tinggi), muda)
    gambar_draw = ImageDraw.Draw(gambar)
    n = sum(map(ord, judul))
    for i in range(6):
        x, y = (n * (i + 3) * 37) % lebar, (n * (i + 5) * 53) % tinggi
        r = 80 + (n * (i + 1)) % 220
        gambar_draw.ellipse((x - r, y - r, x + r, y + r), outline=tua, width=12)
    gambar_draw.rectangle((0, tinggi - 260, lebar, tinggi), fill=tua)
    try:
        font = ImageFont.truetype(_FONT, 56)
    except OSError:
        font = ImageFont.load_default()
    baris, kini = [], ""
    for kata in judul.split():
        if len(kini) + len(kata) > 42:
            baris.append(kini)
            kini = kata
        else:
            kini = f"{kini} {kata}".strip()
    baris.append(kini)
    for i, teks in enumerate(baris[:3]):
        gambar_draw.text((60, tinggi - 230 + i * 68), teks, fill="#ffffff", font=font)
    keluaran = BytesIO()
    gambar.save(keluaran, "JPEG", quality=80)
    return keluaran.getvalue()


# Where each office's articles are datelined (place, site), as KPU offices write them.
DATELINE = {
    "kpu-ri": "Jakarta, kpu.go.id –",
    "kpu-jateng": "Semarang, jateng.kpu.go.id –",
    "kpu-kota-semarang": "Semarang, kota-semarang.kpu.go.id –",
    "kpu-kabupaten-kendal": "Kendal, kab-kendal.kpu.go.id –",
    "kpu-dki-jakarta": "Jakarta, jakarta.kpu.go.id –",
}


def _dateline(unit) -> str:
    while unit is not None:
        if unit.slug in DATELINE:
            return DATELINE[unit.slug]
        unit = unit.induk
    return ""


def isi() -> None:
    for urutan, (nama, slug) in enumerate(KategoriBerita.AWAL):
        KategoriBerita.objects.get_or_create(slug=slug, defaults={"nama": nama, "urutan": urutan})
    kategori = {k.slug: k for k in KategoriBerita.objects.all()}
    units = {u.slug: u for u in UnitKerja.objects.all()}
    hari_ini = timezone.localdate()
    for hari, kat, unit, judul, lead, paragraf, tags, inisial in BERITA:
        slug = slugify(judul)[:120]
        if Berita.objects.filter(slug=slug).exists() or unit not in units:
            continue
        berita = Berita(
            judul=judul,
            slug=slug,
            # As on KPU offices' sites: no separate lead, the opening paragraph is one.
            dateline=_dateline(units[unit]),
            isi=f"{lead}\n\n{paragraf}\n\nInformasi lebih lanjut: layanan PPID {units[unit].nama}.",
            alt_gambar=f"Ilustrasi bergambar lingkaran dengan judul: {judul}",
            keterangan_gambar="Ilustrasi.",
            kredit_foto=f"Foto: {inisial.split('/')[0]}/{units[unit].nama}",
            inisial=inisial,
            kategori=kategori[kat],
            unit_kerja=units[unit],
            status=Berita.Status.TERBIT,
            terbit_pada=timezone.make_aware(
                datetime.combine(hari_ini - timedelta(days=hari), time(10, 0))
            ),
        )
        berita.gambar.save(f"{slug[:60]}.jpg", ContentFile(gambar_contoh(judul, kat)), save=False)
        buat_rendisi(berita)
        berita.save()
        berita.tag.set(
            TagBerita.objects.get_or_create(slug=slugify(t), defaults={"nama": t})[0] for t in tags
        )
    kat, unit, judul, lead, paragraf, tags, inisial = DRAF
    slug = slugify(judul)[:120]
    if not Berita.objects.filter(slug=slug).exists() and unit in units:
        draf = Berita.objects.create(
            judul=judul,
            slug=slug,
            lead=lead,
            isi=f"{lead}\n\n{paragraf}",
            inisial=inisial,
            kategori=kategori[kat],
            unit_kerja=units[unit],
            status=Berita.Status.DRAF,
        )
        draf.tag.set(
            TagBerita.objects.get_or_create(slug=slugify(t), defaults={"nama": t})[0] for t in tags
        )
    # One scheduled item: it appears by itself tomorrow morning.
    besok = "rapat-pleno-penetapan-dpt-berkelanjutan-terjadwal"
    if not Berita.objects.filter(slug=besok).exists() and "kpu-ri" in units:
        Berita.objects.create(
            judul="Rapat Pleno Penetapan DPT Berkelanjutan (terjadwal)",
            slug=besok,
            lead="Rapat pleno terbuka untuk umum; masyarakat dapat hadir dan menyampaikan tanggapan.",
            isi="Rapat diselenggarakan di kantor KPU RI dan disiarkan langsung.",
            kategori=kategori["pengumuman"],
            unit_kerja=units["kpu-ri"],
            status=Berita.Status.TERBIT,
            terbit_pada=timezone.make_aware(
                datetime.combine(hari_ini + timedelta(days=1), time(8))
            ),
        )
