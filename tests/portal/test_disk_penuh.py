"""A disk that fills up during an upload (a real, tiny tmpfs mounted for the test; the suite
runs as root, as CI does): no half-written file stays, and the citizen gets a clear page with
what they typed."""

import errno
import subprocess

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from informasi.penyimpanan import PenyimpananLokal
from permohonan.models import Pemohon, Permohonan
from tests.factories import UnitKerjaFactory
from tests.permohonan.test_ajukan import AJUKAN, _data
from tests.portal.test_gangguan import _isian_tersembunyi

UKURAN_DISK = 128 * 1024


@pytest.fixture
def disk_kecil(tmp_path):
    """A 128 KB file system of its own."""
    titik = tmp_path / "disk-kecil"
    titik.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={UKURAN_DISK}", "tmpfs", str(titik)],
        check=True,
    )
    yield titik
    subprocess.run(["umount", str(titik)], check=True)


def _berkas(path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())


def _pdf_besar() -> bytes:
    # A PDF by its content (libmagic reads the header), bigger than the whole disk.
    return b"%PDF-1.4\n" + b"0" * (2 * UKURAN_DISK) + b"\n%%EOF\n"


def test_a_file_cut_short_by_a_full_disk_is_deleted(disk_kecil):
    penyimpanan = PenyimpananLokal(location=str(disk_kecil))
    with pytest.raises(OSError) as exc:
        penyimpanan.save("informasi/laporan.pdf", ContentFile(_pdf_besar()))
    assert exc.value.errno == errno.ENOSPC
    assert _berkas(disk_kecil) == []
    # A file that fits is still written whole.
    assert penyimpanan.save("kecil.txt", ContentFile(b"muat")) == "kecil.txt"
    assert (disk_kecil / "kecil.txt").read_bytes() == b"muat"


@pytest.mark.django_db(transaction=True)
def test_a_request_whose_scan_fills_the_disk_explains_it_and_keeps_the_text(disk_kecil, settings):
    cache.clear()  # rate-limit counters of earlier transactional tests
    call_command("perbarui_hari_libur", verbosity=0)
    unit = UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")
    settings.PRIVATE_MEDIA_ROOT = disk_kecil
    ktp = SimpleUploadedFile("ktp.pdf", _pdf_besar(), content_type="application/pdf")
    data = _data(unit, berkas_identitas=ktp)

    response = Client().post(AJUKAN, data)

    assert response.status_code == 503
    html = response.content.decode()
    assert "Ruang penyimpanan server sedang penuh" in html
    assert "Tidak ada yang tercatat" in html
    assert "Berkas yang Anda lampirkan (ktp.pdf) tidak dapat disimpan saat ini" in html
    isian = _isian_tersembunyi(html)
    assert isian["nama"] == data["nama"] and isian["rincian"] == data["rincian"]
    assert _berkas(disk_kecil) == []  # no partial scan left
    assert Permohonan.objects.count() == 0 and Pemohon.objects.count() == 0
