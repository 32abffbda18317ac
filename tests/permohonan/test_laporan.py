"""The annual service report (Perki 1/2021 Pasal 56; DOMAIN.md §8): drafts only for the
unit's staff, publishing lists it in the catalogue, the dashboard reminder from 1 January,
and the PDF with the unit's letterhead."""

import datetime as dt
import subprocess
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse

from informasi.akses import ATASAN_PPID, PPID_PELAKSANA, PPID_UTAMA
from informasi.models import Informasi
from permohonan import akses, dasbor
from permohonan.models import LaporanTahunan, Permohonan
from permohonan.services import TransisiDitolak, terbitkan_laporan, terima_permohonan
from scripts.localpg import PROJECT_DIR
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru
from tests.surat_pdf import unduh_pdf

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", tahun=[2025, 2026, 2027], verbosity=0)


def _petugas(unit, peran):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def _laporan(unit, tahun=2025, **isi):
    data = {
        "kebijakan_umum": "Layanan informasi publik diselenggarakan PPID setiap hari kerja.",
        "kendala": "Jaringan internet di kantor sering terputus.",
        **isi,
    }
    return LaporanTahunan.objects.create(tahun=tahun, unit_kerja=unit, **data)


def _permohonan(unit, tanggal):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime.combine(tanggal, dt.time(10), tzinfo=WIB),
    ).permohonan


def _url(laporan):
    return laporan.get_absolute_url()


def test_a_draft_is_hidden_from_the_public_and_previewed_by_its_units_staff(client, pohon):
    laporan = _laporan(pohon["semarang"])
    url = _url(laporan)
    assert url == "/statistik/laporan/2025/?unit=kpu-semarang"
    assert client.get(url).status_code == 404
    client.force_login(_petugas(pohon["dki"], PPID_PELAKSANA))
    assert client.get(url).status_code == 404  # another unit's staff
    client.force_login(_petugas(pohon["jateng"], PPID_PELAKSANA))  # the unit above
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "DRAF" in html and "Jaringan internet di kantor" in html
    # Odd years and units are a 404, never a 500.
    for alamat in ("/statistik/laporan/0/", "/statistik/laporan/99999/", url + "\x00"):
        assert client.get(alamat).status_code == 404


def test_publishing_makes_it_public_and_lists_it_in_the_catalogue(client, pohon):
    _permohonan(pohon["semarang"], dt.date(2025, 3, 3))
    _permohonan(pohon["semarang"], dt.date(2025, 4, 7))
    _permohonan(pohon["dki"], dt.date(2025, 4, 7))  # another unit: not in this report
    laporan = _laporan(pohon["semarang"])
    with pytest.raises(akses.TidakDitemukan):
        terbitkan_laporan(laporan_id=laporan.pk, oleh=_petugas(pohon["dki"], PPID_PELAKSANA))
    with pytest.raises(akses.TidakDitemukan):  # the Atasan PPID does not handle reports
        terbitkan_laporan(laporan_id=laporan.pk, oleh=_petugas(pohon["semarang"], ATASAN_PPID))
    pelaksana = _petugas(pohon["semarang"], PPID_PELAKSANA)
    terbitkan_laporan(laporan_id=laporan.pk, oleh=pelaksana)
    laporan.refresh_from_db()
    assert laporan.terbit and laporan.diterbitkan_oleh == pelaksana
    entri = Informasi.objects.publik().get(pk=laporan.informasi_id)
    assert entri.kategori == Informasi.Kategori.BERKALA
    assert entri.unit_kerja == pohon["semarang"] and entri.tahun == 2025
    (dokumen,) = entri.dokumen.all()
    assert dokumen.tautan.endswith("/statistik/laporan/2025/?unit=kpu-semarang")
    with pytest.raises(TransisiDitolak):
        terbitkan_laporan(laporan_id=laporan.pk, oleh=pelaksana)
    # Public now, with its figures (two requests in Semarang in 2025) and the narrative.
    client.logout()
    response = client.get(_url(laporan))
    assert response.status_code == 200
    assert response.context["statistik"].ringkasan["jumlah"] == 2
    html = response.content.decode()
    assert "DRAF" not in html and "LAPORAN LAYANAN INFORMASI PUBLIK" in html
    assert 'role="img"' in html
    assert client.get(entri.get_absolute_url()).status_code == 200


def test_the_year_must_be_over_before_its_report_is_published(pohon):
    from django.utils import timezone

    laporan = _laporan(pohon["semarang"], tahun=timezone.localdate().year)
    with pytest.raises(TransisiDitolak, match="setelah tahunnya berakhir"):
        terbitkan_laporan(laporan_id=laporan.pk, oleh=_petugas(pohon["semarang"], PPID_PELAKSANA))


def test_staff_publish_from_the_admin(client, pohon):
    laporan = _laporan(pohon["semarang"])
    client.force_login(_petugas(pohon["ri"], PPID_UTAMA))
    url = reverse("admin:permohonan_laporantahunan_changelist")
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"action": "terbitkan", "_selected_action": [laporan.pk]}, follow=True
    )
    assert response.status_code == 200
    laporan.refresh_from_db()
    assert laporan.terbit
    # One report per year and unit.
    tambah = client.post(
        reverse("admin:permohonan_laporantahunan_add"),
        {"tahun": 2025, "unit_kerja": pohon["semarang"].pk},
    )
    assert tambah.status_code == 200 and LaporanTahunan.objects.count() == 1


def test_the_dashboard_reminds_from_1_january_of_the_reports_not_published(pohon):
    # Jateng's PPID reaches KPU Jateng and KPU Kota Semarang: two offices, two reports due.
    pelaksana = _petugas(pohon["jateng"], PPID_PELAKSANA)

    def baris(hari_ini):
        (blok,) = [
            b for b in dasbor.blok_untuk(pelaksana, hari_ini) if b.judul.startswith("Laporan")
        ]
        return blok.baris[0]

    b = baris(dt.date(2026, 1, 1))
    assert (b.label, b.jumlah, b.penting) == ("Laporan tahunan 2025 belum terbit", 2, False)
    assert b.url == reverse("admin:permohonan_laporantahunan_changelist") + "?tahun=2025"
    draf = _laporan(pohon["semarang"])
    assert baris(dt.date(2026, 1, 1)).jumlah == 2  # a draft is not published
    terbitkan_laporan(laporan_id=draf.pk, oleh=pelaksana)
    _laporan(pohon["dki"])  # outside Jateng: not counted either way
    assert baris(dt.date(2026, 1, 1)).jumlah == 1
    assert baris(dt.date(2026, 4, 1)).penting  # past 31 March
    # The PPID Utama counts every office: RI, Jateng, Semarang, DKI.
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    (blok,) = [
        b for b in dasbor.blok_untuk(utama, dt.date(2026, 1, 1)) if b.judul.startswith("Laporan")
    ]
    assert blok.baris[0].jumlah == 3


def test_the_report_pdf_has_the_letterhead_and_every_section(client, pohon, antrean, tmp_path):
    _permohonan(pohon["semarang"], dt.date(2025, 3, 3))
    # The top unit's report (its address has no ?unit=): the whole body's figures.
    laporan = _laporan(pohon["ri"])
    terbitkan_laporan(laporan_id=laporan.pk, oleh=_petugas(pohon["ri"], PPID_UTAMA))
    assert _url(laporan) == "/statistik/laporan/2025/"
    _response, isi = unduh_pdf(client, _url(laporan), antrean)
    assert isi.startswith(b"%PDF-")
    berkas = tmp_path / "laporan.pdf"
    berkas.write_bytes(isi)
    teks = subprocess.run(
        ["pdftotext", str(berkas), "-"], capture_output=True, check=True, text=True
    ).stdout
    # Pages as pictures for people to look at (test-artifacts/laporan/).
    folder = PROJECT_DIR / "test-artifacts" / "laporan"
    folder.mkdir(parents=True, exist_ok=True)
    for lama in folder.glob("laporan-*.png"):
        lama.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(berkas), str(folder / "laporan")], check=True
    )
    for bagian in (
        "LAPORAN LAYANAN INFORMASI",
        "KPU RI",
        "1. Gambaran umum kebijakan",
        "Jumlah permohonan",
        "Permohonan ditolak menurut alasan pengecualian",
        "Sengketa informasi menurut tahap",
        "8. Rekomendasi",
        "Jaringan internet di kantor",
    ):
        assert bagian in teks, bagian
    assert list(folder.glob("laporan-*.png"))
