"""The catalogue in the Django admin: unit scoping, uploads, versions, review cycle."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA, PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from informasi.models import Dokumen, Informasi
from tests.factories import InformasiFactory, PetugasFactory, UserFactory

pytestmark = pytest.mark.django_db

UBAH = "admin:informasi_informasi_change"
TAMBAH = reverse("admin:informasi_informasi_add")
DAFTAR = reverse("admin:informasi_informasi_changelist")


def _petugas(unit, peran):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def _data(informasi=None, **ubah):
    """The admin form's POST data for an entry (+ empty document inlines)."""
    data = {
        "judul": "Laporan Keuangan 2025",
        "slug": "laporan-keuangan-2025",
        "ringkasan": "Neraca dan realisasi anggaran.",
        "kategori": "berkala",
        "unit_kerja": "",
        "penanggung_jawab": "Subbagian Keuangan",
        "tanggal_pembuatan": "2026-02-01",
        "tempat_pembuatan": "Semarang",
        "bentuk": "elektronik",
        "retensi": "10 tahun",
        "tahun": "2025",
        "status": "terbit",
        "diterbitkan_pada_0": "2026-02-02",
        "diterbitkan_pada_1": "08:00:00",
        "dokumen-TOTAL_FORMS": "1",
        "dokumen-INITIAL_FORMS": "0",
        "dokumen-MIN_NUM_FORMS": "0",
        "dokumen-MAX_NUM_FORMS": "1000",
        "dokumen-0-judul": "",
        "dokumen-0-tautan": "",
        "dokumen-0-urutan": "0",
        "dokumen-2-TOTAL_FORMS": "0",
        "dokumen-2-INITIAL_FORMS": "0",
        "dokumen-2-MIN_NUM_FORMS": "0",
        "dokumen-2-MAX_NUM_FORMS": "0",
    }
    if informasi is not None:
        data.update(
            judul=informasi.judul,
            slug=informasi.slug,
            unit_kerja=str(informasi.unit_kerja_id),
        )
    data.update(ubah)
    return data


def test_pelaksana_sees_only_their_unit_subtree(client, pohon):
    InformasiFactory(judul="Milik Jateng", unit_kerja=pohon["jateng"])
    InformasiFactory(judul="Milik Semarang", unit_kerja=pohon["semarang"])
    dki = InformasiFactory(judul="Milik DKI", unit_kerja=pohon["dki"])

    client.force_login(_petugas(pohon["jateng"], PPID_PELAKSANA))
    html = client.get(DAFTAR).content.decode()
    assert "Milik Jateng" in html and "Milik Semarang" in html
    assert "Milik DKI" not in html
    # Another unit's entry: not found, for reading and for writing.
    assert client.get(reverse(UBAH, args=[dki.pk])).status_code == 302  # admin: "not exist"
    response = client.post(reverse(UBAH, args=[dki.pk]), _data(dki, judul="Diubah"))
    dki.refresh_from_db()
    assert dki.judul == "Milik DKI"
    assert response.status_code == 302


def test_pelaksana_of_a_city_does_not_see_the_province(client, pohon):
    InformasiFactory(judul="Milik Jateng", unit_kerja=pohon["jateng"])
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    assert "Milik Jateng" not in client.get(DAFTAR).content.decode()


def test_pelaksana_cannot_file_an_entry_under_another_unit(client, pohon):
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    response = client.post(TAMBAH, _data(unit_kerja=str(pohon["dki"].pk)))
    assert response.status_code == 200
    assert "Masukkan pilihan yang valid" in response.content.decode()
    assert not Informasi.objects.exists()


def test_ppid_utama_sees_everything(client, pohon):
    InformasiFactory(judul="Milik DKI", unit_kerja=pohon["dki"])
    InformasiFactory(judul="Milik Semarang", unit_kerja=pohon["semarang"])
    client.force_login(_petugas(pohon["ri"], PPID_UTAMA))
    html = client.get(DAFTAR).content.decode()
    assert "Milik DKI" in html and "Milik Semarang" in html


def test_upload_checks_content_and_keeps_what_was_typed(client, pohon):
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    renamed_executable = SimpleUploadedFile("laporan.pdf", b"MZ\x90\x00" + b"\x00" * 300)
    response = client.post(
        TAMBAH,
        _data(
            unit_kerja=str(pohon["semarang"].pk),
            ringkasan="Ringkasan yang tidak boleh hilang.",
            **{"dokumen-0-judul": "Laporan", "dokumen-0-berkas": renamed_executable},
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Isi berkas tidak sesuai dengan namanya" in html
    assert "Ringkasan yang tidak boleh hilang." in html
    assert not Informasi.objects.exists()


def test_upload_of_a_real_pdf_fills_metadata_and_search(client, pohon, settings, tmp_path):
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    pdf = buat_pdf("Laporan", ["isi"])
    response = client.post(
        TAMBAH,
        _data(
            unit_kerja=str(pohon["semarang"].pk),
            **{
                "dokumen-0-judul": "Lampiran rekapitulasi suara",
                "dokumen-0-berkas": SimpleUploadedFile("lampiran.pdf", pdf),
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    dokumen = Dokumen.objects.get()
    assert (dokumen.format, dokumen.ukuran, dokumen.tipe_mime) == (
        "pdf",
        len(pdf),
        "application/pdf",
    )
    assert (settings.MEDIA_ROOT / dokumen.berkas.name).read_bytes() == pdf
    informasi = dokumen.informasi
    # The search vector includes the document title, and the next review is scheduled.
    assert Informasi.objects.filter(vektor_pencarian="rekapitulasi").get() == informasi
    assert informasi.tinjau_berikutnya is not None


def test_replacing_a_file_keeps_the_old_version_as_superseded(client, pohon, settings):
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    client.post(
        TAMBAH,
        _data(
            unit_kerja=str(pohon["semarang"].pk),
            **{
                "dokumen-0-judul": "DPT",
                "dokumen-0-berkas": SimpleUploadedFile("dpt.pdf", buat_pdf("DPT v1", [])),
            },
        ),
    )
    informasi = Informasi.objects.get()
    dokumen = Dokumen.objects.get()
    lama_nama = dokumen.berkas.name

    response = client.post(
        reverse(UBAH, args=[informasi.pk]),
        _data(
            informasi,
            **{
                "dokumen-INITIAL_FORMS": "1",
                "dokumen-0-id": str(dokumen.pk),
                "dokumen-0-informasi": str(informasi.pk),
                "dokumen-0-judul": "DPT",
                "dokumen-0-berkas": SimpleUploadedFile("dpt.pdf", buat_pdf("DPT v2", [])),
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    baru = Dokumen.objects.get(digantikan_oleh__isnull=True)
    lama = Dokumen.objects.get(digantikan_oleh=baru)
    assert lama.berkas.name == lama_nama
    assert (settings.MEDIA_ROOT / lama_nama).exists()
    assert baru.berkas.name != lama_nama
    html = client.get(informasi.get_absolute_url()).content.decode()
    assert "Versi sebelumnya" in html


def test_review_filter_and_mark_reviewed_action(client, pohon):
    hari_ini = timezone.localdate()
    terlambat = InformasiFactory(
        judul="Sudah Lewat Tinjau",
        unit_kerja=pohon["jateng"],
        tinjau_berikutnya=hari_ini - timedelta(days=1),
    )
    InformasiFactory(
        judul="Masih Terkini",
        unit_kerja=pohon["jateng"],
        tinjau_berikutnya=hari_ini + timedelta(days=30),
    )
    client.force_login(_petugas(pohon["jateng"], PPID_PELAKSANA))

    html = client.get(DAFTAR, {"tinjauan": "perlu"}).content.decode()
    assert "Sudah Lewat Tinjau" in html and "Masih Terkini" not in html

    client.post(DAFTAR, {"action": "tandai_ditinjau", "_selected_action": [terlambat.pk]})
    terlambat.refresh_from_db()
    assert terlambat.terakhir_ditinjau == hari_ini
    # Berkala: the next review is six months later (UU 14/2008 Pasal 9).
    bulan = (hari_ini.month + 5) % 12 + 1
    assert terlambat.tinjau_berikutnya.month == bulan
    assert "Sudah Lewat Tinjau" not in client.get(DAFTAR, {"tinjauan": "perlu"}).content.decode()


def test_serta_merta_needs_an_end_of_highlighting(client, pohon):
    client.force_login(_petugas(pohon["ri"], PPID_UTAMA))
    response = client.post(TAMBAH, _data(unit_kerja=str(pohon["ri"].pk), kategori="serta_merta"))
    assert response.status_code == 200
    assert "wajib diberi batas waktu penonjolan" in response.content.decode()


@pytest.mark.parametrize(
    ("mulai", "bulan", "hasil"),
    [
        (date(2026, 1, 31), 6, date(2026, 7, 31)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
    ],
)
def test_review_dates_add_calendar_months(mulai, bulan, hasil):
    from informasi.models import tambah_bulan

    assert tambah_bulan(mulai, bulan) == hasil
