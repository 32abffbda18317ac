"""The admin home's dashboard (permohonan.dasbor): counts per role and unit, each equal to
the list it links to, one query per block whatever the data size; the queue's query count
does not grow with its rows; the similar-requests helper."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from permohonan import dasbor
from permohonan.models import Permohonan
from permohonan.serupa import permohonan_serupa
from permohonan.services import terima_permohonan
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", verbosity=0)


def _petugas(unit, peran):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def _terima(unit, rincian="Rekap DPT per kecamatan.", **ubah):
    p = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit, rincian=rincian),
        kanal=Permohonan.Kanal.ONLINE,
    ).permohonan
    if ubah:
        Permohonan.objects.filter(pk=p.pk).update(**ubah)
    return Permohonan.objects.get(pk=p.pk)


def _angka(blok) -> dict:
    return {b.url.rsplit("=", 1)[1]: b.jumlah for b in blok.baris}


def _antrean(pohon, hari_ini):
    lewat = hari_ini - dt.timedelta(days=2)
    _terima(pohon["semarang"], status="diproses", jatuh_tempo=lewat)
    _terima(pohon["semarang"], status="diproses", jatuh_tempo=hari_ini)
    _terima(pohon["semarang"])  # new, due in 10 working days
    _terima(pohon["dki"], status="diproses", jatuh_tempo=lewat)  # another unit
    _terima(pohon["semarang"], status="selesai", hasil="ditolak", jatuh_tempo=lewat)  # closed


def test_counts_are_scoped_to_the_units_and_match_the_lists_they_link_to(client, pohon):
    hari_ini = timezone.localdate()
    _antrean(pohon, hari_ini)
    pelaksana = _petugas(pohon["jateng"], PPID_PELAKSANA)
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    (blok,) = [b for b in dasbor.blok_untuk(pelaksana) if b.judul == "Permohonan informasi"]
    n = _angka(blok)
    assert (n["terlambat"], n["hari_ini"], n["baru"]) == (1, 1, 1)
    (blok,) = [b for b in dasbor.blok_untuk(utama) if b.judul == "Permohonan informasi"]
    assert _angka(blok)["terlambat"] == 2  # DKI too
    # Every count links to a list with exactly that many rows.
    client.force_login(pelaksana)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Perlu perhatian" in html
    (blok,) = [b for b in dasbor.blok_untuk(pelaksana) if b.judul == "Permohonan informasi"]
    for baris in blok.baris:
        assert f'href="{baris.url}"' in html
        hasil = client.get(baris.url).context["cl"].result_count
        assert hasil == baris.jumlah, baris.label
    # An odd value in the urgency filter lists everything instead of failing.
    assert client.get(reverse("admin:permohonan_permohonan_changelist"), {"tenggat": "x\x00"})


@pytest.mark.parametrize(
    ("peran", "blok"),
    [
        (
            PPID_UTAMA,
            ["Permohonan informasi", "Keberatan", "Uji konsekuensi", "Laporan tahunan", "Daftar"],
        ),
        (
            PPID_PELAKSANA,
            ["Permohonan informasi", "Keberatan", "Uji konsekuensi", "Laporan tahunan", "Daftar"],
        ),
        (ATASAN_PPID, ["Keberatan", "Permohonan informasi"]),
        (EDITOR_BERITA, ["Berita"]),
    ],
)
def test_each_role_gets_its_blocks_in_one_query_each(pohon, peran, blok):
    hari_ini = dt.date(2026, 3, 2)  # its 30 working days stay within the year
    _antrean(pohon, hari_ini)
    user = _petugas(pohon["jateng"], peran)
    user._nama_grup = frozenset({peran})  # roles read (one query) before counting
    with CaptureQueriesContext(connection) as kueri:
        hasil = dasbor.blok_untuk(user, hari_ini)
    assert [b.judul[: len(j)] for b, j in zip(hasil, blok, strict=True)] == blok
    # One aggregate per block, plus the user's permissions (2) and the year of holidays the
    # deadlines fall in (1).
    assert len(kueri) == len(blok) + 3, [q["sql"][:120] for q in kueri]


def test_the_queue_costs_the_same_queries_for_5_or_15_requests(client, pohon):
    user = _petugas(pohon["ri"], PPID_UTAMA)
    client.force_login(user)
    url = reverse("admin:permohonan_permohonan_changelist")

    def jumlah_kueri():
        client.get(url)  # warm: sessions, holiday years
        with CaptureQueriesContext(connection) as kueri:
            assert client.get(url).status_code == 200
        return len(kueri)

    for _ in range(5):
        _terima(pohon["semarang"])
    sedikit = jumlah_kueri()
    for _ in range(10):
        _terima(pohon["dki"])
    assert jumlah_kueri() == sedikit


def test_similar_decided_requests_are_offered_with_their_decision(client, pohon):
    user = _petugas(pohon["ri"], PPID_UTAMA)
    mirip = _terima(
        pohon["semarang"], rincian="Salinan DPT Pilkada 2024 Kecamatan Tembalang.", hasil="ditolak"
    )
    _terima(pohon["semarang"], rincian="Anggaran sosialisasi 2026.", hasil="ditolak")
    _terima(pohon["semarang"], rincian="DPT Pilkada Kecamatan Candisari.")  # not decided
    baru = _terima(pohon["semarang"], rincian="DPT Pilkada 2024 untuk Kecamatan Tembalang")
    assert [p.pk for p in permohonan_serupa(user, baru)] == [mirip.pk]
    # Other units' requests stay out of reach of a PPID Pelaksana.
    assert permohonan_serupa(_petugas(pohon["dki"], PPID_PELAKSANA), baru) == []
    client.force_login(user)
    html = client.get(reverse("admin:permohonan_permohonan_change", args=[baru.pk])).content
    assert mirip.nomor.encode() in html and b"Ditolak" in html
