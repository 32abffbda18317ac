"""Stored public pages (portal/cache_halaman.py): served to anonymous visitors with one
query, never stale after a change, never for staff, requesters or forms with errors."""

import datetime as dt

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from informasi.akses import EDITOR_BERITA
from informasi.models import Informasi
from informasi.pencarian import perbarui_vektor
from permohonan.models import HariLibur
from portal import cache_halaman
from portal.models import Berita, KategoriBerita
from tests.factories import InformasiFactory, UnitKerjaFactory, UserFactory, permohonan_baru

pytestmark = pytest.mark.django_db
DAFTAR = reverse("informasi:daftar")
BERANDA = reverse("portal:beranda")


@pytest.fixture
def unit():
    return UnitKerjaFactory(slug="kpu-kota-semarang", nama="KPU Kota Semarang")


@pytest.fixture
def entri(unit):
    return InformasiFactory(
        judul="Daftar Pemilih Tetap Kota Semarang", slug="dpt-semarang", unit_kerja=unit
    )


def _tersimpan(client, url, django_assert_num_queries, kueri=1) -> str:
    """The page, asserting the second view comes from the store: the same bytes, one query
    (two on an entry's page: its view is counted)."""
    pertama = client.get(url)
    assert pertama.status_code == 200
    with django_assert_num_queries(kueri):
        kedua = client.get(url)
    assert kedua.content == pertama.content
    return kedua.content.decode()


def _dibangun(client, url) -> str:
    """The page, asserting it was built afresh (not served from the store)."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200 and len(ctx) > 1
    return response.content.decode()


def test_second_view_is_one_query_and_revalidates_with_an_etag(
    client, entri, django_assert_num_queries
):
    html = _tersimpan(client, DAFTAR, django_assert_num_queries)
    assert "Daftar Pemilih Tetap Kota Semarang" in html
    response = client.get(DAFTAR)
    assert response["Cache-Control"] == "public, no-cache"
    assert "Cookie" in response["Vary"]
    assert response["Last-Modified"] and response["ETag"].startswith('"')
    # A browser or proxy that kept the page asks again and gets a 304 without the body.
    with django_assert_num_queries(1):
        ulang = client.get(DAFTAR, HTTP_IF_NONE_MATCH=response["ETag"])
    assert ulang.status_code == 304 and ulang.content == b""


def test_publishing_editing_and_withdrawing_an_entry_show_at_once(
    client, unit, entri, django_assert_num_queries
):
    url = entri.get_absolute_url()
    _tersimpan(client, url, django_assert_num_queries, kueri=2)
    for halaman in (DAFTAR, BERANDA, reverse("feed_informasi")):
        _tersimpan(client, halaman, django_assert_num_queries)

    baru = InformasiFactory(judul="Rekapitulasi Hasil Pemilu Kota", unit_kerja=unit)
    assert "Rekapitulasi Hasil Pemilu Kota" in client.get(DAFTAR).content.decode()
    assert "Rekapitulasi Hasil Pemilu Kota" in client.get(BERANDA).content.decode()
    assert (
        "Rekapitulasi Hasil Pemilu Kota" in client.get(reverse("feed_informasi")).content.decode()
    )

    entri.judul = "Daftar Pemilih Tetap Kota Semarang (perbaikan)"
    entri.save()
    perbarui_vektor([entri.pk])
    assert "(perbaikan)" in client.get(url).content.decode()
    assert "(perbaikan)" in client.get(DAFTAR).content.decode()

    entri.status = Informasi.Status.DITARIK
    entri.save()
    assert client.get(url).status_code == 410
    assert "(perbaikan)" not in client.get(DAFTAR).content.decode()
    # The other entry's page was stored before and is still served from the store.
    _tersimpan(client, baru.get_absolute_url(), django_assert_num_queries, kueri=2)


def test_an_entry_scheduled_for_later_appears_when_its_time_comes(
    client, unit, monkeypatch, django_assert_num_queries
):
    InformasiFactory(
        judul="Jadwal Tahapan Pilkada",
        unit_kerja=unit,
        diterbitkan_pada=timezone.now() + dt.timedelta(minutes=10),
    )
    assert "Jadwal Tahapan Pilkada" not in _tersimpan(client, DAFTAR, django_assert_num_queries)
    nanti = timezone.now() + dt.timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: nanti)  # no job runs, no row changes
    assert "Jadwal Tahapan Pilkada" in client.get(DAFTAR).content.decode()


def test_a_news_item_goes_live_at_its_scheduled_time_in_every_stored_page(
    client, unit, monkeypatch, django_assert_num_queries
):
    berita = Berita.objects.create(
        judul="Rapat Pleno Terbuka",
        slug="rapat-pleno-terbuka",
        lead="Rekapitulasi suara.",
        isi="Di aula kantor.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=unit,
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() + dt.timedelta(minutes=30),
    )
    halaman = [reverse("portal:berita"), BERANDA, reverse("feed_berita"), "/sitemap-berita.xml"]
    for url in halaman:
        assert "rapat-pleno-terbuka" not in _tersimpan(client, url, django_assert_num_queries)
    nanti = timezone.now() + dt.timedelta(minutes=31)
    monkeypatch.setattr(timezone, "now", lambda: nanti)
    for url in halaman:
        assert "rapat-pleno-terbuka" in client.get(url).content.decode(), url
    assert client.get(berita.get_absolute_url()).status_code == 200


def test_switching_language_never_serves_the_other_languages_page(
    client, entri, django_assert_num_queries
):
    html = _tersimpan(client, DAFTAR, django_assert_num_queries)
    assert 'lang="id"' in html and "Informasi Publik" in html
    # The header's switch is a link (no CSRF token in a stored page) that comes back here.
    tautan = reverse("bahasa", args=["en"]) + "?next=" + DAFTAR
    assert f'href="{tautan}"' in html
    response = client.get(tautan)
    assert response.status_code == 302 and response["Location"] == DAFTAR
    html_en = _tersimpan(client, DAFTAR, django_assert_num_queries)
    assert 'lang="en"' in html_en and "Public Information" in html_en
    client.get(reverse("bahasa", args=["id"]) + "?next=" + DAFTAR)
    assert 'lang="id"' in client.get(DAFTAR).content.decode()


def test_the_language_switch_only_goes_back_to_this_site(client):
    response = client.get(reverse("bahasa", args=["en"]) + "?next=https://evil.example/")
    assert response["Location"] == "/"
    assert response.cookies["django_language"].value == "en"
    assert client.get(reverse("bahasa", args=["xx"])).status_code == 404


def test_each_query_string_is_its_own_page(client, unit, django_assert_num_queries):
    InformasiFactory(judul="Anggaran Kantor", unit_kerja=unit, tahun=2024)
    InformasiFactory(judul="Laporan Keuangan", unit_kerja=unit, tahun=2025)
    html_2024 = _tersimpan(client, DAFTAR + "?tahun=2024", django_assert_num_queries)
    html_2025 = _tersimpan(client, DAFTAR + "?tahun=2025", django_assert_num_queries)
    assert "Anggaran Kantor" in html_2024 and "Laporan Keuangan" not in html_2024
    assert "Laporan Keuangan" in html_2025 and "Anggaran Kantor" not in html_2025


def test_staff_see_fresh_pages_and_get_no_stored_page(client, entri, django_assert_num_queries):
    _tersimpan(client, DAFTAR, django_assert_num_queries)
    Informasi.objects.filter(pk=entri.pk).update(judul="Diubah tanpa sinyal")
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    response = client.get(DAFTAR)
    assert "Diubah tanpa sinyal" in response.content.decode()
    assert "ETag" not in response


def test_a_filter_with_errors_is_not_stored(client, entri):
    url = DAFTAR + "?tahun=bukan-angka"
    pertama = client.get(url)
    assert pertama.status_code == 200
    assert "ETag" not in pertama and "ETag" not in client.get(url)


def test_requester_pages_and_forms_are_never_stored(client, unit):
    for url in (
        reverse("permohonan:ajukan"),
        reverse("permohonan:lacak"),
        reverse("keberatan:ajukan"),
        reverse("survei:konsultasi"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        # Each has a form (a CSRF token) or depends on the visitor: never stored.
        assert "ETag" not in response
        assert "ETag" not in client.get(url)
    # The empty request form is kept by the visitor's browser only, whatever its cookies
    # become (its own CSRF cookie included), so Back restores it when sending fails.
    response = client.get(reverse("permohonan:ajukan"))
    assert response["Cache-Control"] == "private"
    assert "Cookie" not in response.get("Vary", "")


def test_a_new_request_and_holiday_changes_show_in_the_register(
    client, unit, django_assert_num_queries
):
    register = reverse("permohonan:register")
    _tersimpan(client, register, django_assert_num_queries)
    permohonan = permohonan_baru(unit)
    assert permohonan.nomor in client.get(register).content.decode()
    # Deadlines move with the holiday table, also when staff switch days in bulk (the admin
    # action uses update(), which sends no signal).
    _tersimpan(client, register, django_assert_num_queries)
    libur = HariLibur.objects.create(tanggal=dt.date(2030, 1, 2), nama="Cuti bersama")
    _tersimpan(client, register, django_assert_num_queries)  # rebuilt, then stored again
    admin.site._registry[HariLibur].nonaktifkan(None, HariLibur.objects.filter(pk=libur.pk))
    _dibangun(client, register)


def test_views_are_still_counted_when_the_page_comes_from_the_store(
    client, entri, django_assert_num_queries
):
    url = entri.get_absolute_url()
    _tersimpan(client, url, django_assert_num_queries, kueri=2)
    client.get(url)
    entri.refresh_from_db()
    assert entri.jumlah_dilihat == 3


def test_views_of_stored_pages_are_written_together(
    client, unit, entri, settings, django_assert_num_queries
):
    from informasi.services import dilihat_tertunda
    from portal.views_berita import pembaca_tertunda

    berita = Berita.objects.create(
        judul="Bimtek KPPS",
        slug="bimtek-kpps",
        lead="Pelatihan.",
        isi="Di aula.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=unit,
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() - dt.timedelta(hours=1),
    )
    settings.PORTAL_HITUNGAN_TERTUNDA_DETIK = 3600
    dilihat_tertunda.tulis_sekarang()
    pembaca_tertunda.tulis_sekarang()
    pembaca = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux) Firefox/140"}
    url_berita = berita.get_absolute_url()
    client.get(entri.get_absolute_url())  # built: counted at once
    client.get(url_berita, **pembaca)
    for _ in range(3):
        with django_assert_num_queries(1):  # stored: only the cache read
            client.get(entri.get_absolute_url())
    for agen in ("Mozilla/5.0 (X11; Linux) Firefox/140", "Mozilla/5.0 (Android) Chrome/130"):
        with django_assert_num_queries(1):
            client.get(url_berita, HTTP_USER_AGENT=agen)
    entri.refresh_from_db()
    berita.refresh_from_db()
    assert (entri.jumlah_dilihat, berita.dilihat) == (1, 1)
    with django_assert_num_queries(2):  # one statement each
        dilihat_tertunda.tulis_sekarang()
        pembaca_tertunda.tulis_sekarang()
    entri.refresh_from_db()
    berita.refresh_from_db()
    # Every view of the entry; the article: the reader counted within the hour is not
    # counted again, the new reader is.
    assert (entri.jumlah_dilihat, berita.dilihat) == (4, 2)


def test_a_new_release_never_serves_pages_of_the_old_one(
    client, entri, settings, django_assert_num_queries
):
    _tersimpan(client, DAFTAR, django_assert_num_queries)
    settings.PORTAL_RILIS = "2027.1"
    cache_halaman.rilis.cache_clear()
    try:
        _dibangun(client, DAFTAR)
    finally:
        cache_halaman.rilis.cache_clear()


def test_bookkeeping_rows_renew_no_page_and_are_deleted_in_one_statement(
    client, entri, django_assert_num_queries
):
    from informasi.batas_laju import hapus_kedaluwarsa
    from informasi.models import PenghitungLaju

    _tersimpan(client, DAFTAR, django_assert_num_queries)
    lalu = timezone.now() - dt.timedelta(hours=1)
    PenghitungLaju.objects.bulk_create(
        PenghitungLaju(kunci=f"uji:{n}", jumlah=1, berakhir_pada=lalu) for n in range(500)
    )
    # Only the page signals are connected per content model, so Django still deletes
    # these counters with one DELETE instead of loading and signalling each row.
    with django_assert_num_queries(1):
        assert hapus_kedaluwarsa() == 500
    with django_assert_num_queries(1):
        client.get(DAFTAR)  # still the stored page


def test_pages_are_rebuilt_when_the_day_changes(
    client, unit, monkeypatch, django_assert_num_queries
):
    """Deadlines and 'this year' count from today: a page stored yesterday is not served."""
    register = reverse("permohonan:register")
    _tersimpan(client, register, django_assert_num_queries)
    besok = timezone.now() + dt.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: besok)
    _dibangun(client, register)


def test_made_up_parameters_cannot_make_every_statistics_view_a_first_view(
    client, unit, django_assert_num_queries
):
    """/statistik/ aggregates a whole year: an address with parameters it does not read is
    redirected (no query) to the one without them, which is stored."""
    url = reverse("statistik:statistik")
    _tersimpan(client, url + "?tahun=2026", django_assert_num_queries)
    with django_assert_num_queries(0):
        response = client.get(url + "?x=1&tahun=2026&_=%00")
    assert response.status_code == 302 and response["Location"] == url + "?tahun=2026"
    assert client.get(url + "?acak=1")["Location"] == url
