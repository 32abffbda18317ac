"""Demo data for the units and staff of a KPU-style body (used by `manage.py demo_data`).

Idempotent: units are matched by slug and accounts by username; what exists is left as it
is (edits made in the admin survive another run). Addresses and names are written for this project.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, User

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from informasi.models import Petugas, UnitKerja

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


def isi() -> None:
    isi_petugas(isi_unit_kerja())
