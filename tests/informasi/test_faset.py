"""The stored facet counts are bounded: one row per normalised filter state, at most
INFORMASI_FASET_MAKS rows, and expired rows really go."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from informasi.models import FasetTersimpan
from tests.factories import InformasiFactory

pytestmark = pytest.mark.django_db
DAFTAR = reverse("informasi:daftar")


def test_a_flood_of_distinct_searches_does_not_grow_the_table(client, settings):
    settings.INFORMASI_FASET_MAKS = 10
    InformasiFactory(judul="Anggaran KPU 2024")
    for i in range(30):
        assert client.get(DAFTAR, {"q": f"anggaran {i}"}).status_code == 200
        assert FasetTersimpan.objects.count() <= 10
    assert FasetTersimpan.objects.count() == 10
    # The newest states are the ones kept.
    assert client.get(DAFTAR, {"q": "anggaran 29"}).status_code == 200
    assert FasetTersimpan.objects.count() == 10


def test_spelling_variants_and_stray_parameters_share_one_row(client):
    InformasiFactory(judul="Anggaran KPU 2024")
    for params in (
        {"q": "Anggaran  2024"},
        {"q": " anggaran 2024 ", "x": "1"},
        {"q": "ANGGARAN 2024", "page": "1", "urut": "judul"},
        {"q": "anggaran 2024", "utm_source": "surel"},
    ):
        assert client.get(DAFTAR, params).status_code == 200
    assert FasetTersimpan.objects.count() == 1


def test_an_invalid_filter_state_is_not_stored(client):
    assert client.get(DAFTAR, {"kategori": "bukan-kategori"}).status_code == 200
    assert FasetTersimpan.objects.count() == 0


def test_expired_rows_are_deleted(client, settings):
    settings.INFORMASI_FASET_DETIK = 300
    InformasiFactory(judul="Anggaran KPU 2024")
    client.get(DAFTAR, {"q": "lama"})
    FasetTersimpan.objects.update(dibuat_pada=timezone.now() - dt.timedelta(seconds=301))
    (lama,) = FasetTersimpan.objects.values_list("kunci", flat=True)

    client.get(DAFTAR, {"q": "baru"})

    assert not FasetTersimpan.objects.filter(kunci=lama).exists()
    assert FasetTersimpan.objects.count() == 1
