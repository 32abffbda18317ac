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
from permohonan.models import PemberitahuanTertulis, Pemohon, Permohonan
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
]  # fmt: skip


def isi() -> None:
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
    _lanjutkan(diterima)


def _lanjutkan(daftar: list[Permohonan]) -> None:
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
