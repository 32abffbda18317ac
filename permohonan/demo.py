"""Demo requests (written for this project): registered through the same service as the
form, on dates spread over the last weeks, so some are overdue. Idempotent: nothing is added
when demo requests already exist.

After registering, some are moved on through the staff services: assigned, extended,
answered with a written notice (granted, partly granted, refused), withdrawn.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.utils import timezone

from informasi.demo_berkas import buat_pdf
from informasi.models import UnitKerja
from permohonan import services
from permohonan.models import (
    FIELD_UNSUR,
    Keberatan,
    PemberitahuanTertulis,
    Pemohon,
    Permohonan,
    Sengketa,
    TopikKonsultasi,
    UjiKonsekuensi,
)
from permohonan.services import terima_permohonan

DOMAIN_DEMO = "pemohon.contoh.id"

# (days ago, unit slug, requester type, name, NIK or decree number, details, purpose, channel)
PERMOHONAN = [
    (40, "kpu-kota-semarang", "perorangan", "Rina Marlina", "3374014506880003",
     "Salinan rekapitulasi DPT Pilkada Kota Semarang 2024 per kelurahan.",
     "Penelitian skripsi tentang partisipasi pemilih.", "online"),
    (30, "kpu-jateng", "badan_hukum", "Yayasan Pemantau Pemilu Jawa Tengah",
     "AHU-0004512.AH.01.04.Tahun 2019",
     "Laporan dana hibah Pilgub Jateng 2024 dan realisasinya.",
     "Bahan laporan pemantauan anggaran pemilihan.", "surat"),
    (21, "kpu-kota-semarang", "perorangan", "Dimas Aditya", "3374021903950001",
     "Daftar lokasi TPS yang dipindahkan akibat banjir pada Pilkada 2024.",
     "Liputan media daring.", "email"),
    (12, "kpu-ri", "kelompok_orang", "Komunitas Difabel Peduli Pemilu", "3171034404900002",
     "Data jumlah pemilih penyandang disabilitas per provinsi pada Pemilu 2024.",
     "Advokasi aksesibilitas TPS.", "online"),
    (8, "kpu-kabupaten-kendal", "perorangan", "Slamet Riyadi", "3324061208700001",
     "Berita acara rekapitulasi suara Kecamatan Kaliwungu Pilbup Kendal 2024.",
     "Arsip pribadi sebagai saksi pasangan calon.", "datang_langsung"),
    (3, "kpu-kota-semarang", "perorangan", "Ayu Lestari", "3374035011990004",
     "Jadwal sosialisasi pemilih pemula di sekolah pada 2026.",
     "Mengundang KPU ke sekolah kami.", "online"),
    (0, "kpu-dki-jakarta", "perorangan", "Budi Santoso", "3173022002850002",
     "Anggaran pemutakhiran data pemilih berkelanjutan 2026.",
     "Kajian kebijakan publik.", "online"),
    # Answered, then objected to (see _keberatan).
    (16, "kpu-kota-semarang", "perorangan", "Wahyu Hidayat", "3374010101800005",
     "Salinan DPT Pilkada 2024 Kelurahan Tembalang lengkap dengan NIK.",
     "Memeriksa data keluarga saya dan tetangga.", "online"),
    (14, "kpu-kabupaten-kendal", "perorangan", "Nur Aini", "3324064107920006",
     "Salinan formulir hasil penghitungan suara seluruh TPS Kecamatan Weleri.",
     "Pendidikan politik bagi mahasiswa.", "online"),
    (13, "kpu-jateng", "perorangan", "Yohanes Kristianto", "3374052512870007",
     "Dokumen penawaran peserta tender logistik Pilgub Jateng 2024.",
     "Kajian pengadaan barang dan jasa.", "online"),
    (45, "kpu-kabupaten-kendal", "perorangan", "Teguh Santoso", "3324060303770008",
     "Daftar penerima santunan petugas KPPS yang sakit pada Pemilu 2024 di Kendal.",
     "Pendampingan keluarga petugas KPPS.", "online"),
]  # fmt: skip


def isi() -> None:
    uji = _uji_konsekuensi()
    if Pemohon.objects.filter(email__endswith="@" + DOMAIN_DEMO).exists():
        return
    units = {u.slug: u for u in UnitKerja.objects.all()}
    hari_ini = timezone.localdate()
    diterima = []
    for hari_lalu, unit, jenis, nama, identitas, rincian, tujuan, kanal in PERMOHONAN:
        badan_hukum = jenis == Pemohon.Jenis.BADAN_HUKUM
        email = nama.lower().replace(" ", ".")[:40] + "@" + DOMAIN_DEMO
        hasil = terima_permohonan(
            pemohon=Pemohon(
                jenis=jenis,
                nama=nama,
                nik="" if badan_hukum else identitas,
                nomor_badan_hukum=identitas if badan_hukum else "",
                berkas_identitas=ContentFile(buat_pdf("Identitas (contoh)", []), "identitas.pdf"),
                alamat="Alamat contoh, Jawa Tengah",
                email=email,
                pekerjaan="Lainnya",
            ),
            permohonan=Permohonan(
                unit_kerja=units[unit],
                rincian=rincian,
                tujuan=tujuan,
                cara_memperoleh=Permohonan.CaraMemperoleh.SALINAN_SOFTCOPY,
                cara_salinan=Permohonan.CaraSalinan.EMAIL,
                dapat_dipublikasikan=hari_lalu % 2 == 0,
            ),
            kanal=kanal,
            diterima_pada=timezone.make_aware(
                datetime.combine(hari_ini - timedelta(days=hari_lalu), time(9, 15))
            ),
        )
        diterima.append(hasil.permohonan)
    _lanjutkan(diterima, uji)


def _lanjutkan(daftar: list[Permohonan], uji: dict[str, UjiKonsekuensi]) -> None:
    """Move demo requests into the later states through the real services."""
    petugas = User.objects.filter(username="ppid.utama").first()
    if petugas is None:
        return
    nama, jabatan = petugas.get_full_name(), petugas.petugas.jabatan
    # daftar[0] (40 days old) stays unanswered: overdue, as on any real portal.
    ditolak, sebagian, dijawab, diperpanjang, ditugaskan, dicabut = daftar[1:7]
    services.kirim_pemberitahuan(
        permohonan_id=dijawab.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekapitulasi DPT per kelurahan (berkas terlampir).",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            cara_penyampaian=Permohonan.CaraSalinan.EMAIL,
            nama_penandatangan=nama,
            jabatan_penandatangan=jabatan,
        ),
        lampiran=[("Rekap DPT per kelurahan", ContentFile(buat_pdf("Rekap DPT", []), "dpt.pdf"))],
        oleh=petugas,
    )
    services.kirim_pemberitahuan(
        permohonan_id=ditolak.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DITOLAK,
            pasal_17=["h"],
            uji_konsekuensi=_uji_untuk(
                ditolak, uji["hibah"], UjiKonsekuensi.Kesimpulan.DIKECUALIKAN
            ),
            alasan="Dokumen memuat data pribadi penerima hibah yang tidak dapat dipisahkan.",
            nama_penandatangan=nama,
            jabatan_penandatangan=jabatan,
        ),
        oleh=petugas,
    )
    services.kirim_pemberitahuan(
        permohonan_id=sebagian.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
            informasi_diberikan="Daftar lokasi TPS yang dipindahkan.",
            bagian_dihitamkan="Nomor telepon ketua KPPS dihitamkan: rahasia pribadi.",
            pasal_17=["h"],
            uji_konsekuensi=_uji_untuk(
                sebagian, uji["dpt"], UjiKonsekuensi.Kesimpulan.DIKECUALIKAN_SEBAGIAN
            ),
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan=nama,
            jabatan_penandatangan=jabatan,
        ),
        oleh=petugas,
    )
    if timezone.localdate() <= diperpanjang.jatuh_tempo:
        services.perpanjang_jangka_waktu(
            permohonan_id=diperpanjang.pk,
            alasan="Berita acara masih di gudang arsip kecamatan dan perlu dipindai.",
            oleh=petugas,
        )
    services.tugaskan_permohonan(
        permohonan_id=ditugaskan.pk, unit_kerja=ditugaskan.unit_kerja, oleh=petugas
    )
    services.cabut_permohonan(
        permohonan_id=dicabut.pk, alasan="Pemohon menarik permohonannya.", oleh=petugas
    )
    _survei(dijawab, sebagian, petugas)
    _keberatan(daftar, uji, petugas)


def _survei(dijawab: Permohonan, sebagian: Permohonan, petugas) -> None:
    """Two answered satisfaction surveys (one suggestion published as staff rewrote it) and
    an open public consultation topic."""
    services.isi_survei(
        permohonan_id=dijawab.pk,
        jawaban=dict(zip(FIELD_UNSUR, (4, 4, 3, 4, 4, 3, 4, 3, 3), strict=True)),
        saran="Ruang tunggu PPID perlu kursi tambahan; petugas Pak Budi sangat membantu.",
    )
    survei = services.isi_survei(
        permohonan_id=sebagian.pk,
        jawaban=dict(zip(FIELD_UNSUR, (3, 3, 2, 4, 3, 3, 4, 2, 3), strict=True)),
        saran="Jawaban datang pada hari terakhir; mohon lebih cepat.",
    )
    services.terbitkan_saran(
        survei_id=survei.pk,
        teks="Jawaban mohon dikirim lebih cepat, tidak menunggu hari terakhir.",
        tampilkan=True,
        oleh=petugas,
    )
    hari_ini = timezone.localdate()
    TopikKonsultasi.objects.get_or_create(
        judul="Jam layanan meja informasi",
        defaults={
            "uraian": "Apakah jam layanan meja informasi (Senin–Jumat 08.00–16.00) sudah "
            "sesuai dengan kebutuhan Anda? Sampaikan usul perbaikan layanan.",
            "unit_kerja": sebagian.unit_kerja,
            "dibuka": hari_ini - timedelta(days=3),
            "ditutup": hari_ini + timedelta(days=27),
        },
    )


def _keberatan(daftar, uji, petugas) -> None:
    """Objections in each state, and one dispute (DOMAIN.md §6–7), through the services."""
    atasan = User.objects.filter(username="atasan.ppid").first()
    if atasan is None:
        return
    tanggapan = {
        "nama_atasan": atasan.get_full_name(),
        "jabatan_atasan": atasan.petugas.jabatan,
        "oleh": atasan,
    }
    ditolak, sebagian = daftar[1], daftar[2]
    dpt_nik, formulir, tender, tidak_dijawab = daftar[7:11]

    def ajukan(permohonan, alasan, kasus, **kwargs):
        return services.ajukan_keberatan(
            keberatan=Keberatan(
                permohonan=permohonan, alasan=alasan, kasus_posisi=kasus, **kwargs
            ),
            kanal=Permohonan.Kanal.ONLINE,
        )

    # Waiting for the Atasan PPID.
    ajukan(
        ditolak,
        ["a"],
        "Laporan hibah adalah informasi berkala; data pribadi dapat dihitamkan tanpa menolak "
        "seluruh dokumen.",
        nama_kuasa="LBH Semarang",
    )
    k = ajukan(sebagian, ["d"], "Daftar yang diberikan tidak memuat alasan pemindahan TPS.")
    services.proses_keberatan(keberatan_id=k.pk, oleh=atasan)
    # Accepted: the overdue request is open again for the PPID.
    k = ajukan(tidak_dijawab, ["c"], "Sampai batas waktu saya tidak menerima jawaban.")
    services.putuskan_keberatan(
        keberatan_id=k.pk,
        keputusan=Keberatan.Keputusan.DITERIMA,
        pertimbangan="PPID diperintahkan memberikan rekapitulasi DPT per kelurahan.",
        **tanggapan,
    )
    # Rejected, then taken to the Komisi Informasi.
    _tolak(dpt_nik, uji["dpt"], petugas, "NIK dan NKK pemilih adalah rahasia pribadi.")
    k = ajukan(dpt_nik, ["a"], "Saya hanya ingin memeriksa data keluarga saya.")
    services.putuskan_keberatan(
        keberatan_id=k.pk,
        keputusan=Keberatan.Keputusan.DITOLAK,
        pertimbangan="Keputusan PPID dikuatkan: pemohon dapat memeriksa data keluarganya "
        "sendiri melalui layanan cek DPT, tanpa salinan NIK pemilih lain.",
        **tanggapan,
    )
    services.catat_sengketa(
        sengketa=Sengketa(
            keberatan=k,
            komisi="Komisi Informasi Provinsi Jawa Tengah",
            tanggal_diajukan=timezone.localdate(),
            nomor_register="014/XI/KIP-JTG-PS/2026",
            tahap=Sengketa.Tahap.MEDIASI,
        ),
        oleh=atasan,
    )
    # Settled by agreement (ground f: fees).
    services.kirim_pemberitahuan(
        permohonan_id=formulir.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Salinan formulir hasil seluruh TPS Kecamatan Weleri.",
            bentuk=PemberitahuanTertulis.Bentuk.HARDCOPY,
            biaya_salinan=450000,
            nama_penandatangan=petugas.get_full_name(),
            jabatan_penandatangan=petugas.petugas.jabatan,
        ),
        oleh=petugas,
    )
    k = ajukan(formulir, ["f"], "Biaya fotokopi Rp450.000 terlalu mahal; saya minta softcopy.")
    services.putuskan_keberatan(
        keberatan_id=k.pk,
        keputusan=Keberatan.Keputusan.MUSYAWARAH,
        pertimbangan="Disepakati: salinan dikirim sebagai softcopy tanpa biaya.",
        **tanggapan,
    )
    # Withdrawn by the objector.
    _tolak(tender, uji["tender"], petugas, "Dokumen penawaran sedang diaudit.", pasal_17=["b"])
    k = ajukan(tender, ["a"], "Tender sudah selesai.")
    services.cabut_keberatan(
        keberatan_id=k.pk, alasan="Pemohon menerima penjelasan PPID.", oleh=atasan
    )


_SALIN_UJI = (
    "dokumen", "unit_kerja", "pasal_17", "dasar_hukum_lain", "analisis_konsekuensi",
    "analisis_kepentingan_publik", "ringkasan", "berlaku_sampai", "berlaku_syarat",
    "nama_pemutus", "jabatan_pemutus", "nama_penyetuju", "jabatan_penyetuju", "tempat",
)  # fmt: skip


def _uji_untuk(permohonan, dasar: UjiKonsekuensi, kesimpulan: str) -> UjiKonsekuensi:
    """A consequence test run for this very request, on the model of an earlier one, set in
    force: a refusal rests on a test of the information asked for (DOMAIN.md §5)."""
    utama = User.objects.get(username="ppid.utama")
    uji, dibuat = UjiKonsekuensi.objects.get_or_create(
        permohonan=permohonan,
        defaults={
            **{f: getattr(dasar, f) for f in _SALIN_UJI},
            "informasi": permohonan.rincian[:300],
            "pemicu": UjiKonsekuensi.Pemicu.PERMOHONAN,
            "kesimpulan": kesimpulan,
            "berlaku_syarat": dasar.berlaku_syarat
            or ("" if dasar.berlaku_sampai else "sampai pemilik data memberi persetujuan"),
            "nomor_keputusan": f"{permohonan.pk}/PP.06-Kpt/01/{timezone.localdate().year}",
            "tanggal_keputusan": timezone.localdate(),
        },
    )
    if dibuat:
        uji = services.tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
    return uji


def _tolak(permohonan, uji, petugas, alasan, pasal_17=("h",)):
    services.kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DITOLAK,
            pasal_17=list(pasal_17),
            uji_konsekuensi=_uji_untuk(permohonan, uji, UjiKonsekuensi.Kesimpulan.DIKECUALIKAN),
            alasan=alasan,
            nama_penandatangan=petugas.get_full_name(),
            jabatan_penandatangan=petugas.petugas.jabatan,
        ),
        oleh=petugas,
    )


_PEMUTUS = {
    "nama_pemutus": "Ratna Wulandari",
    "jabatan_pemutus": "Kepala Biro Partisipasi dan Hubungan Masyarakat selaku PPID Utama",
    "nama_penyetuju": "Hendra Saputra",
    "jabatan_penyetuju": "Sekretaris Jenderal KPU",
    "tempat": "Jakarta",
}

# key -> (information, document, unit, letters, harm, public interest, summary, conclusion,
#         end in days from today or None, condition, decision number, set in force)
UJI = {
    "dpt": (
        "NIK, NKK dan tanggal lahir pemilih", "Daftar Pemilih Tetap (salinan lengkap)",
        "kpu-ri", ["h"],
        "Membuka NIK dan NKK jutaan pemilih memudahkan pemalsuan identitas dan penipuan.",
        "Kepentingan publik atas akurasi daftar pemilih terpenuhi dengan DPT tanpa NIK yang "
        "diumumkan di kelurahan dan layanan cek DPT daring.",
        "Membuka NIK dan NKK pemilih dapat merugikan pemilih; DPT tanpa NIK tetap terbuka.",
        "dikecualikan_sebagian", None, "sampai pemilik data memberi persetujuan tertulis",
        "21/PP.06-Kpt/05/2026", True,
    ),
    "tender": (
        "Dokumen penawaran peserta tender logistik pemilihan yang sedang diaudit",
        "Dokumen penawaran dan evaluasi tender", "kpu-ri", ["b"],
        "Membuka harga dan rincian teknis penawaran selama audit mengganggu persaingan usaha "
        "yang sehat dan proses pemeriksaan.",
        "Hasil tender (pemenang dan nilai kontrak) tetap diumumkan; rinciannya terbuka setelah "
        "audit selesai.",
        "Rincian penawaran peserta tender dirahasiakan selama audit berlangsung.",
        "dikecualikan", 240, "", "22/PP.06-Kpt/05/2026", True,
    ),
    "hibah": (
        "Data pribadi penerima honorarium dalam laporan dana hibah",
        "Laporan pertanggungjawaban dana hibah pemilihan", "kpu-jateng", ["h"],
        "Membuka nomor rekening dan NIK penerima honorarium membahayakan data pribadi mereka.",
        "Realisasi anggaran hibah per kegiatan tetap diumumkan sebagai informasi berkala.",
        "Data pribadi penerima honorarium dirahasiakan; realisasi anggaran terbuka.",
        "dikecualikan_sebagian", None, "selama yang bersangkutan tidak memberi persetujuan",
        "23/PP.06-Kpt/05/2026", True,
    ),
    "soal": (
        "Bank soal tes tertulis seleksi anggota PPK", "Bank soal seleksi badan ad hoc",
        "kpu-ri", ["i"],
        "Membuka soal sebelum seleksi selesai merusak keadilan seleksi.",
        "Setelah seleksi selesai, soal dapat dibuka untuk evaluasi publik.",
        "Bank soal dirahasiakan sampai seleksi selesai.",
        "dikecualikan", -10, "", "5/PP.06-Kpt/01/2026", True,
    ),
    "pleno": (
        "Catatan rapat pleno tertutup penetapan sanksi PPS", "Notula rapat pleno",
        "kpu-kota-semarang", ["i"],
        "Membuka catatan sebelum putusan etik dapat mengganggu pemeriksaan.",
        "Putusan akhir diumumkan.",
        "Notula pleno tertutup dirahasiakan sampai putusan etik.",
        "dikecualikan", None, "sampai putusan DKPP dibacakan", "", False,
    ),
}  # fmt: skip


def _uji_konsekuensi() -> dict[str, UjiKonsekuensi]:
    """Consequence tests (DOMAIN.md §5): one with an end date, one with a condition, one ended,
    one draft. Idempotent by decision subject."""
    utama = User.objects.filter(username="ppid.utama").first()
    units = {u.slug: u for u in UnitKerja.objects.all()}
    hari_ini = timezone.localdate()
    hasil = {}
    for kunci, baris in UJI.items():
        (informasi, dokumen, unit, pasal, harm, publik, ringkasan, kesimpulan, hari, syarat,
         nomor, tetapkan) = baris  # fmt: skip
        uji, dibuat = UjiKonsekuensi.objects.get_or_create(
            informasi=informasi,
            defaults={
                "dokumen": dokumen,
                "unit_kerja": units[unit],
                "pemicu": UjiKonsekuensi.Pemicu.TINJAUAN,
                "pasal_17": pasal,
                "analisis_konsekuensi": harm,
                "analisis_kepentingan_publik": publik,
                "ringkasan": ringkasan,
                "kesimpulan": kesimpulan,
                "berlaku_sampai": hari_ini + timedelta(days=hari) if hari is not None else None,
                "berlaku_syarat": syarat,
                "nomor_keputusan": nomor,
                "tanggal_keputusan": hari_ini - timedelta(days=120),
                **_PEMUTUS,
            },
        )
        if dibuat and tetapkan and utama is not None:
            uji = services.tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
        hasil[kunci] = uji
    services.akhiri_uji_konsekuensi(hari_ini=hari_ini)  # the bank of questions has ended
    for uji in hasil.values():
        uji.refresh_from_db()
    return hasil
