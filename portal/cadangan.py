"""Backup and restore of the whole portal: the database and the uploaded files
(`manage.py cadangkan <folder>`, `manage.py pulihkan <folder>`; docs/operations.md "Backups").

A backup folder holds:

    basis-data.dump    pg_dump's custom format (pg_restore reads it)
    media/ private/    copies of MEDIA_ROOT and PRIVATE_MEDIA_ROOT (without the temporary
                       uploads of re-shown forms, private/sementara/)
    tabel.json         the row count of every table, as dumped, and the backup's facts
    SHA256SUMS         a checksum of every other file (`sha256sum -c SHA256SUMS` checks it)

Consistency: the dump and the list of referenced files come from one exported snapshot
(REPEATABLE READ, `pg_dump --snapshot`), the files are copied while that snapshot is held,
the referenced ones first, and the backup fails unless every file a row of the dump refers
to was copied. Uploads are written before the row that refers to them commits, and only
deleted after, so a file newer than the snapshot is at worst an unreferenced extra, never a
missing one — except a file deleted between the snapshot and its copy, which fails the
backup (run it again).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from glob import glob
from pathlib import Path

import psycopg
from django.apps import apps
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection, models
from django.utils import timezone

from permohonan.penyimpanan import PenyimpananPrivat

DUMP = "basis-data.dump"
TABEL = "tabel.json"
MANIFEST = "SHA256SUMS"
FOLDER_BERKAS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}
DILEWATI = {("private", "sementara")}  # abandoned uploads of re-shown forms (deleted daily)


def akar(nama: str) -> Path:
    return Path(getattr(settings, FOLDER_BERKAS[nama]))


def periksa_penyimpanan_lokal() -> None:
    if getattr(settings, "S3_BUCKET", ""):
        raise CommandError(
            "Berkas disimpan di object storage (S3_BUCKET): perintah ini hanya menyalin folder "
            "lokal. Cadangkan bucket dengan versioning/replikasi penyedianya "
            "(docs/operations.md)."
        )


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for blok in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(blok)
    return h.hexdigest()


def kosong(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


# --- PostgreSQL ---------------------------------------------------------------------------


def _parameter_koneksi() -> dict[str, str]:
    db = connection.settings_dict
    return {
        k: str(v)
        for k, v in {
            "host": db.get("HOST"),
            "port": db.get("PORT"),
            "user": db.get("USER"),
            "password": db.get("PASSWORD"),
            "dbname": db["NAME"],
            "sslmode": (db.get("OPTIONS") or {}).get("sslmode"),
        }.items()
        if v
    }


def env_pg() -> dict[str, str]:
    """libpq's environment for pg_dump/pg_restore (the password never on a command line)."""
    nama = {
        "host": "PGHOST",
        "port": "PGPORT",
        "user": "PGUSER",
        "password": "PGPASSWORD",
        "dbname": "PGDATABASE",
        "sslmode": "PGSSLMODE",
    }
    return {**os.environ, **{nama[k]: v for k, v in _parameter_koneksi().items()}}


def buka_koneksi() -> psycopg.Connection:
    return psycopg.connect(**_parameter_koneksi())


def versi_server(conn: psycopg.Connection) -> int:
    return int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000


def cari_program(nama: str, versi: int) -> Path:
    """pg_dump/pg_restore of the server's major version (as scripts/localpg.py finds the
    binaries: /usr/lib/postgresql/<major>/bin), else the newest newer one (they read older
    servers and dumps); never an older one, which refuses or loses data."""
    calon: list[tuple[int, Path]] = []
    for bindir in glob("/usr/lib/postgresql/*/bin"):
        mayor = Path(bindir).parent.name
        if mayor.isdigit() and (Path(bindir) / nama).exists():
            calon.append((int(mayor), Path(bindir) / nama))
    di_path = shutil.which(nama)
    if di_path:
        keluaran = subprocess.run(  # noqa: S603
            [di_path, "--version"], capture_output=True, text=True, check=False
        ).stdout
        angka = keluaran.split()[-1].split(".")[0] if keluaran else ""
        if angka.isdigit():
            calon.append((int(angka), Path(di_path)))
    cocok = sorted((m, p) for m, p in calon if m >= versi)
    for mayor, path in cocok:
        if mayor == versi:
            return path
    if cocok:
        return cocok[-1][1]
    raise CommandError(
        f"{nama} untuk PostgreSQL {versi} (atau lebih baru) tidak ditemukan. Pasang paket "
        f"postgresql-client-{versi} (Debian) lalu ulangi."
    )


def hitung_tabel(conn: psycopg.Connection) -> dict[str, int]:
    """Row count of every table of the database (outside the system schemas)."""
    tabel = conn.execute(
        "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
    ).fetchall()
    return {
        nama: conn.execute(f"SELECT count(*) FROM {nama}").fetchone()[0]  # noqa: S608
        for (nama,) in tabel
    }


def berkas_dirujuk(conn: psycopg.Connection) -> set[str]:
    """Every uploaded file a row refers to, as "media/<name>" or "private/<name>"."""
    dirujuk = set()
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if not isinstance(field, models.FileField):
                continue
            folder = "private" if isinstance(field.storage, PenyimpananPrivat) else "media"
            tabel = connection.ops.quote_name(model._meta.db_table)
            kolom = connection.ops.quote_name(field.column)
            baris = conn.execute(
                f"SELECT DISTINCT {kolom} FROM {tabel} WHERE {kolom} <> ''"  # noqa: S608
            ).fetchall()
            dirujuk.update(f"{folder}/{nama}" for (nama,) in baris)
    return dirujuk


# --- Backup -------------------------------------------------------------------------------


def _salin(asal: Path, tujuan: Path) -> str:
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(asal, tujuan)
    return sha256(tujuan)


def cadangkan(tujuan: Path, tulis=print) -> dict:
    periksa_penyimpanan_lokal()
    tujuan = tujuan.resolve()
    if not kosong(tujuan):
        raise CommandError(f"{tujuan} tidak kosong. Cadangan hanya ditulis ke folder baru/kosong.")
    tujuan.mkdir(parents=True, exist_ok=True)
    checksum: dict[str, str] = {}
    with buka_koneksi() as conn:
        # One snapshot for the dump, the row counts and the list of referenced files.
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        versi = versi_server(conn)
        pg_dump = cari_program("pg_dump", versi)
        tulis(f"pg_dump ({pg_dump}) …")
        hasil = subprocess.run(  # noqa: S603
            [
                str(pg_dump),
                "--format=custom",
                f"--snapshot={snapshot}",
                "--file",
                str(tujuan / DUMP),
            ],
            env=env_pg(),
            capture_output=True,
            text=True,
            check=False,
        )
        if hasil.returncode != 0:
            raise CommandError(f"pg_dump gagal:\n{hasil.stderr}")
        checksum[DUMP] = sha256(tujuan / DUMP)
        jumlah = hitung_tabel(conn)
        dirujuk = berkas_dirujuk(conn)
        # The referenced files first, while the snapshot is held, then all the others.
        for relatif in sorted(dirujuk):
            folder, nama = relatif.split("/", 1)
            asal = akar(folder) / nama
            if asal.is_file():
                checksum[relatif] = _salin(asal, tujuan / relatif)
        for folder in FOLDER_BERKAS:
            dasar = akar(folder)
            if not dasar.is_dir():
                continue
            for asal in sorted(p for p in dasar.rglob("*") if p.is_file()):
                bagian = asal.relative_to(dasar).parts
                if (folder, bagian[0]) in DILEWATI:
                    continue
                relatif = f"{folder}/{asal.relative_to(dasar).as_posix()}"
                if relatif not in checksum:
                    checksum[relatif] = _salin(asal, tujuan / relatif)
        conn.rollback()
    hilang = sorted(dirujuk - checksum.keys())
    if hilang:
        raise CommandError(
            f"{len(hilang)} berkas yang dirujuk basis data tidak ada, mis. {hilang[0]}: cadangan "
            f"{tujuan} TIDAK lengkap. Ulangi; bila tetap, berkas itu memang hilang dari disk."
        )
    info = {
        "dibuat_pada": timezone.now().isoformat(),
        "versi_postgresql": versi,
        "basis_data": connection.settings_dict["NAME"],
        "jumlah_baris": jumlah,
        "berkas_dirujuk": len(dirujuk),
    }
    (tujuan / TABEL).write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
    checksum[TABEL] = sha256(tujuan / TABEL)
    (tujuan / MANIFEST).write_text(
        "".join(f"{h}  {nama}\n" for nama, h in sorted(checksum.items()))
    )
    return info


# --- Restore ------------------------------------------------------------------------------


def baca_manifest(folder: Path) -> dict[str, str]:
    if not (folder / MANIFEST).is_file():
        raise CommandError(f"{folder / MANIFEST} tidak ada: ini bukan folder cadangan.")
    checksum = {}
    for baris in (folder / MANIFEST).read_text().splitlines():
        h, nama = baris.split("  ", 1)
        checksum[nama] = h
    return checksum


def periksa_cadangan(folder: Path) -> dict[str, str]:
    """Every file of the manifest is there with its checksum, and nothing else is."""
    checksum = baca_manifest(folder)
    rusak = [
        n for n, h in checksum.items() if not (folder / n).is_file() or sha256(folder / n) != h
    ]
    if rusak:
        raise CommandError(
            f"Cadangan rusak: {len(rusak)} berkas hilang atau berubah, mis. {rusak[0]}. "
            "Tidak ada yang dipulihkan."
        )
    return checksum


def pulihkan(folder: Path, tulis=print) -> dict:
    periksa_penyimpanan_lokal()
    folder = folder.resolve()
    checksum = periksa_cadangan(folder)
    info = json.loads((folder / TABEL).read_text())
    for nama in FOLDER_BERKAS:
        if not kosong(akar(nama)):
            raise CommandError(
                f"{akar(nama)} ({FOLDER_BERKAS[nama]}) tidak kosong. Pulihkan hanya ke folder "
                "kosong, agar tidak ada berkas yang tertimpa atau tercampur."
            )
    with buka_koneksi() as conn:
        (tabel,) = conn.execute(
            "SELECT count(*) FROM pg_tables "
            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()
        if tabel:
            raise CommandError(
                f"Basis data {connection.settings_dict['NAME']} tidak kosong ({tabel} tabel). "
                "Pulihkan hanya ke basis data baru yang kosong (createdb, lalu arahkan "
                "DATABASE_URL ke sana); jangan jalankan migrate sebelumnya."
            )
        versi = versi_server(conn)
    pg_restore = cari_program("pg_restore", max(versi, info["versi_postgresql"]))
    tulis(f"pg_restore ({pg_restore}) …")
    hasil = subprocess.run(  # noqa: S603
        [
            str(pg_restore),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            "--no-comments",
            "--dbname",
            connection.settings_dict["NAME"],
            str(folder / DUMP),
        ],
        env=env_pg(),
        capture_output=True,
        text=True,
        check=False,
    )
    if hasil.returncode != 0:
        raise CommandError(f"pg_restore gagal (basis data tetap kosong):\n{hasil.stderr}")
    for relatif, h in checksum.items():
        folder_berkas, _sep, nama = relatif.partition("/")
        if folder_berkas not in FOLDER_BERKAS:
            continue
        tujuan = akar(folder_berkas) / nama
        if _salin(folder / relatif, tujuan) != h:
            raise CommandError(f"Salinan {tujuan} tidak sama dengan cadangannya.")
    with buka_koneksi() as conn:
        jumlah = hitung_tabel(conn)
    if jumlah != info["jumlah_baris"]:
        beda = sorted(
            k
            for k in jumlah.keys() | info["jumlah_baris"].keys()
            if jumlah.get(k) != info["jumlah_baris"].get(k)
        )
        raise CommandError(f"Jumlah baris setelah pemulihan berbeda: {', '.join(beda)}")
    return info
