"""Demo data for the units and staff of a KPU-style body (used by `manage.py demo_data`).

Idempotent: units are matched by slug and accounts by username; what exists is left as it
is (edits made in the admin survive another run). Addresses and names are written for this project.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone

from informasi import demo_berkas, demo_katalog, services
from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from informasi.berkas import periksa_berkas
from informasi.models import Dokumen, Informasi, Petugas, Topik, UnitKerja
from informasi.pencarian import perbarui_vektor

J = UnitKerja.Jenis

# (slug, parent slug, name, abbreviation, kind, address, phone, e-mail)
UNIT = [
    ("kpu-ri", None, "Komisi Pemilihan Umum Republik Indonesia", "KPU RI", J.PUSAT,
     "Jl. Imam Bonjol No. 29, Menteng, Jakarta Pusat 10310", "(021) 3193 7223",
     "ppid@kpu.example.id"),
    ("biro-parmas", "kpu-ri", "Biro Partisipasi dan Hubungan Masyarakat", "Biro Parmas",
     J.BIRO, "", "", "parmas@kpu.example.id"),
    ("biro-hukum", "kpu-ri", "Biro Hukum", "", J.BIRO, "", "", "hukum@kpu.example.id"),
    ("biro-perencanaan-data", "kpu-ri", "Biro Perencanaan dan Data", "", J.BIRO, "", "",
     "data@kpu.example.id"),
    ("biro-logistik", "kpu-ri", "Biro Logistik", "", J.BIRO, "", "",
     "logistik@kpu.example.id"),
    ("kpu-jateng", "kpu-ri", "KPU Provinsi Jawa Tengah", "KPU Jateng", J.PROVINSI,
     "Jl. Veteran No. 1A, Semarang 50231", "(024) 8311 480", "ppid@jateng.kpu.example.id"),
    ("kpu-jateng-teknis-parmas", "kpu-jateng",
     "Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat", "",
     J.BIRO, "", "", ""),
    ("kpu-kota-semarang", "kpu-jateng", "KPU Kota Semarang", "", J.KABUPATEN_KOTA,
     "Jl. Cendrawasih No. 1, Semarang Tengah, Kota Semarang 50137", "(024) 354 2190",
     "ppid@kota-semarang.kpu.example.id"),
    ("kpu-kota-semarang-teknis-hupmas", "kpu-kota-semarang",
     "Subbagian Teknis Penyelenggaraan Pemilu dan Hubungan Masyarakat", "", J.SUBBAGIAN,
     "", "", ""),
    ("kpu-kota-semarang-rendatin", "kpu-kota-semarang",
     "Subbagian Perencanaan, Data dan Informasi", "", J.SUBBAGIAN, "", "", ""),
    ("kpu-kabupaten-kendal", "kpu-jateng", "KPU Kabupaten Kendal", "", J.KABUPATEN_KOTA,
     "Jl. Soekarno-Hatta No. 195, Kendal 51314", "(0294) 381 215",
     "ppid@kendal.kpu.example.id"),
    ("kpu-dki-jakarta", "kpu-ri", "KPU Provinsi DKI Jakarta", "KPU DKI", J.PROVINSI,
     "Jl. Salemba Raya No. 15, Jakarta Pusat 10440", "(021) 3190 2122",
     "ppid@jakarta.kpu.example.id"),
]  # fmt: skip

# (username, first name, last name, group, unit slug, position, superuser)
PETUGAS = [
    ("admin", "Admin", "Portal", None, "kpu-ri", "Pengelola Sistem", True),
    ("ppid.utama", "Ratna", "Wulandari", PPID_UTAMA, "kpu-ri",
     "Kepala Biro Partisipasi dan Hubungan Masyarakat selaku PPID Utama", False),
    ("atasan.ppid", "Hendra", "Saputra", ATASAN_PPID, "kpu-ri",
     "Sekretaris Jenderal KPU selaku Atasan PPID", False),
    ("ppid.jateng", "Dewi", "Anggraeni", PPID_PELAKSANA, "kpu-jateng",
     "Sekretaris KPU Provinsi Jawa Tengah selaku PPID Pelaksana", False),
    ("ppid.semarang", "Agus", "Prasetyo", PPID_PELAKSANA, "kpu-kota-semarang",
     "Sekretaris KPU Kota Semarang selaku PPID Pelaksana", False),
    ("ppid.kendal", "Siti", "Rahmawati", PPID_PELAKSANA, "kpu-kabupaten-kendal",
     "Sekretaris KPU Kabupaten Kendal selaku PPID Pelaksana", False),
    ("editor.berita", "Bayu", "Nugroho", EDITOR_BERITA, "biro-parmas",
     "Pranata Hubungan Masyarakat", False),
]  # fmt: skip

KATA_SANDI_DEMO = "demo-ppid-2026"


def isi_unit_kerja() -> dict[str, UnitKerja]:
    units: dict[str, UnitKerja] = {}
    for urutan, (slug, induk, nama, singkatan, jenis, alamat, telepon, email) in enumerate(UNIT):
        unit, _ = UnitKerja.objects.get_or_create(
            slug=slug,
            defaults={
                "induk": units.get(induk) if induk else None,
                "nama": nama,
                "singkatan": singkatan,
                "jenis": jenis,
                "alamat": alamat,
                "telepon": telepon,
                "email": email,
                "urutan": urutan,
            },
        )
        units[slug] = unit
    return units


def isi_petugas(units: dict[str, UnitKerja]) -> list[User]:
    users = []
    for username, depan, belakang, grup, unit, jabatan, superuser in PETUGAS:
        user, dibuat = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": depan,
                "last_name": belakang,
                "email": f"{username}@kpu.example.id",
                "is_staff": True,
                "is_superuser": superuser,
            },
        )
        if dibuat:
            user.set_password(KATA_SANDI_DEMO)
            user.save(update_fields=["password"])
        if grup:
            user.groups.add(Group.objects.get(name=grup))
        Petugas.objects.get_or_create(
            user=user, defaults={"unit_kerja": units[unit], "jabatan": jabatan}
        )
        users.append(user)
    return users


def _isi_berkas(judul: str, fmt: str, informasi: Informasi) -> tuple[str, bytes]:
    baris = [
        informasi.unit_kerja.nama,
        f"Tahun {informasi.tahun}",
        "Dokumen contoh portal PPID (data demo).",
    ]
    tabel = [["No", "Uraian", "Jumlah"], ["1", judul, "120"], ["2", "Lain-lain", "15"]]
    if fmt == "pdf":
        return "pdf", demo_berkas.buat_pdf(judul, baris)
    if fmt == "csv":
        return "csv", demo_berkas.buat_csv(tabel)
    if fmt == "docx":
        return "docx", demo_berkas.buat_docx(judul, baris)
    return "xlsx", demo_berkas.buat_xlsx(tabel)


def isi_katalog(units: dict[str, UnitKerja], hari_ini: date | None = None) -> None:
    """The demo DIP: entries in every category and unit, with real small documents."""
    sekarang = timezone.now()
    hari_ini = hari_ini or timezone.localdate()
    topik = {
        slug: Topik.objects.get_or_create(slug=slug, defaults={"nama": nama})[0]
        for slug, nama in demo_katalog.TOPIK
    }
    baru = []
    for entri in demo_katalog.ENTRI:
        if Informasi.objects.filter(slug=entri["slug"]).exists():
            continue
        terbit = sekarang - timedelta(days=entri["hari_lalu"])
        informasi = Informasi(
            slug=entri["slug"],
            judul=entri["judul"],
            ringkasan=entri["ringkasan"],
            kategori=entri["kategori"],
            unit_kerja=units[entri["unit"]],
            penanggung_jawab=entri["penanggung_jawab"],
            tanggal_pembuatan=date.fromisoformat(entri["tanggal_pembuatan"]),
            tempat_pembuatan=entri["tempat_pembuatan"],
            bentuk=entri["bentuk"],
            retensi=entri["retensi"],
            tahun=entri["tahun"],
            status=Informasi.Status.TERBIT,
            diterbitkan_pada=terbit,
            terakhir_ditinjau=terbit.date(),
        )
        if "berlaku_hari" in entri:
            informasi.berlaku_sampai = terbit + timedelta(days=entri["berlaku_hari"])
        # Some entries come out overdue for review, as on any real portal.
        informasi.tinjau_berikutnya = informasi.jadwal_tinjau(informasi.terakhir_ditinjau)
        informasi.full_clean()
        informasi.save()
        informasi.topik.set([topik[t] for t in entri["topik"]])
        for urutan, (judul, fmt) in enumerate(entri["dokumen"]):
            ekstensi, isi = _isi_berkas(judul, fmt, informasi)
            berkas = ContentFile(isi, name=f"{entri['slug'][:80]}-{urutan + 1}.{ekstensi}")
            services.simpan_dokumen(
                dokumen=Dokumen(informasi=informasi, judul=judul, berkas=berkas, urutan=urutan),
                hasil=periksa_berkas(berkas),
            )
        baru.append(informasi.pk)
    perbarui_vektor(baru)


def isi() -> None:
    units = isi_unit_kerja()
    isi_petugas(units)
    isi_katalog(units)
