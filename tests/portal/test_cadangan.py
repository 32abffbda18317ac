"""Backup and restore (`cadangkan`, `pulihkan`) on the test cluster: the round trip into a
fresh database and empty folders gives the same rows and the same files; anything but an
empty target is refused."""

import hashlib
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from informasi.demo_berkas import buat_pdf
from informasi.models import Dokumen
from permohonan.models import Permohonan
from portal import cadangan
from tests.factories import InformasiFactory, UnitKerjaFactory
from tests.permohonan.test_ajukan import AJUKAN, _data

pytestmark = pytest.mark.django_db(transaction=True)


def _isi_portal(settings):
    """A request with its identity scan (private), a catalogue document (public), and an
    abandoned temporary upload (not worth a backup)."""
    cache.clear()  # rate-limit counters of earlier transactional tests
    call_command("perbarui_hari_libur", verbosity=0)
    unit = UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")
    assert Client().post(AJUKAN, {**_data(unit), "konfirmasi": "1"}).status_code == 302
    Dokumen.objects.create(
        informasi=InformasiFactory(unit_kerja=unit),
        judul="Rekap DPT",
        berkas=ContentFile(buat_pdf("Rekap DPT", []), name="rekap-dpt.pdf"),
    )
    sementara = Path(settings.PRIVATE_MEDIA_ROOT) / "sementara"
    sementara.mkdir(parents=True)
    (sementara / "abc-ktp.pdf").write_bytes(b"%PDF tertinggal")


def _checksum_berkas(settings) -> dict[str, str]:
    hasil = {}
    for nama, dasar in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        for path in Path(dasar).rglob("*"):
            if path.is_file() and "sementara" not in path.parts:
                rel = f"{nama}/{path.relative_to(dasar).as_posix()}"
                hasil[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hasil


def _jumlah_baris() -> dict[str, int]:
    with cadangan.buka_koneksi() as conn:
        return cadangan.hitung_tabel(conn)


@pytest.fixture
def basis_data_baru():
    """Point the connection at a new, empty database on the test cluster (as an operator
    would with DATABASE_URL), and back afterwards."""
    asal = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        cursor.execute("DROP DATABASE IF EXISTS ppid_pulih")
        cursor.execute("CREATE DATABASE ppid_pulih")

    def pindah():
        connection.close()
        connection.settings_dict["NAME"] = "ppid_pulih"

    yield pindah
    connection.close()
    connection.settings_dict["NAME"] = asal
    with connection.cursor() as cursor:
        cursor.execute("DROP DATABASE ppid_pulih")


def test_a_backup_restored_into_a_fresh_database_gives_the_same_rows_and_files(
    settings, tmp_path, basis_data_baru
):
    _isi_portal(settings)
    folder = tmp_path / "cadangan"
    call_command("cadangkan", str(folder), verbosity=0)
    baris_asal = _jumlah_baris()
    berkas_asal = _checksum_berkas(settings)
    assert baris_asal["public.permohonan_permohonan"] == 1
    assert any(n.startswith("private/identitas/") for n in berkas_asal)
    assert any(n.startswith("media/") for n in berkas_asal)
    # The manifest covers the dump and every file, in sha256sum's format.
    manifest = (folder / cadangan.MANIFEST).read_text()
    assert f"  {cadangan.DUMP}\n" in manifest
    for nama, h in berkas_asal.items():
        assert f"{h}  {nama}\n" in manifest
    assert "sementara" not in manifest

    # Everything is gone: a new empty database, new empty folders.
    basis_data_baru()
    settings.MEDIA_ROOT = tmp_path / "media-baru"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-baru"
    call_command("pulihkan", str(folder), verbosity=0)

    assert _jumlah_baris() == baris_asal
    assert _checksum_berkas(settings) == berkas_asal
    permohonan = Permohonan.objects.get()
    assert permohonan.pemohon.berkas_identitas.read().startswith(b"%PDF")
    assert Dokumen.objects.get().berkas.read().startswith(b"%PDF")


def test_restore_refuses_a_database_that_is_not_empty(settings, tmp_path):
    _isi_portal(settings)
    folder = tmp_path / "cadangan"
    call_command("cadangkan", str(folder), verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "media-baru"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-baru"
    with pytest.raises(CommandError, match=r"tidak kosong .* tabel.*basis data baru yang kosong"):
        call_command("pulihkan", str(folder), verbosity=0)
    assert not settings.MEDIA_ROOT.exists()  # nothing was copied


def test_restore_refuses_folders_that_are_not_empty(settings, tmp_path, basis_data_baru):
    _isi_portal(settings)
    folder = tmp_path / "cadangan"
    call_command("cadangkan", str(folder), verbosity=0)
    basis_data_baru()
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-baru"
    with pytest.raises(CommandError, match=r"MEDIA_ROOT.*tidak kosong"):
        call_command("pulihkan", str(folder), verbosity=0)  # MEDIA_ROOT still has the files
    assert _jumlah_baris() == {}  # the database was left alone


def test_a_damaged_backup_is_refused_before_anything_is_restored(
    settings, tmp_path, basis_data_baru
):
    _isi_portal(settings)
    folder = tmp_path / "cadangan"
    call_command("cadangkan", str(folder), verbosity=0)
    (rusak,) = list((folder / "media").rglob("*.pdf"))
    rusak.write_bytes(b"%PDF diubah")
    basis_data_baru()
    settings.MEDIA_ROOT = tmp_path / "media-baru"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-baru"
    with pytest.raises(CommandError, match="Cadangan rusak"):
        call_command("pulihkan", str(folder), verbosity=0)
    assert _jumlah_baris() == {}


def test_a_backup_is_only_written_to_an_empty_folder(tmp_path):
    (tmp_path / "lama.txt").write_text("cadangan lama")
    with pytest.raises(CommandError, match="tidak kosong"):
        call_command("cadangkan", str(tmp_path), verbosity=0)
