"""One search over the site: catalogue, news and pages, grouped by kind."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.models import Berita, Halaman, KategoriBerita
from tests.factories import InformasiFactory

pytestmark = pytest.mark.django_db
CARI = reverse("portal:cari")


@pytest.fixture
def isi(pohon):
    InformasiFactory(unit_kerja=pohon["semarang"], judul="Daftar Pemilih Tetap Kota Semarang")
    Berita.objects.create(
        judul="Rapat Pleno Rekapitulasi Daftar Pemilih",
        slug="rapat-pleno-rekapitulasi",
        lead="KPU Kota Semarang menggelar rapat pleno.",
        isi="Rapat pleno terbuka rekapitulasi daftar pemilih.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=pohon["semarang"],
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() - dt.timedelta(hours=1),
    )
    Halaman.objects.create(
        judul="Maklumat Pelayanan",
        slug="maklumat-pelayanan-uji",
        ringkasan="Janji layanan kami.",
        isi="Kami melayani permohonan informasi tanpa biaya.",
    )


def test_a_news_title_searched_from_the_home_page_is_found(client, isi):
    beranda = client.get(reverse("portal:beranda")).content.decode()
    assert f'action="{CARI}"' in beranda  # the home page's search is the site-wide one
    html = client.get(CARI, {"q": "rapat pleno"}).content.decode()
    assert "Rapat Pleno Rekapitulasi Daftar Pemilih" in html
    assert 'id="hasil-berita"' in html


def test_results_are_grouped_by_kind_with_links_to_each_full_search(client, isi):
    html = client.get(CARI, {"q": "daftar pemilih"}).content.decode()
    assert html.index('id="hasil-informasi"') < html.index('id="hasil-berita"')
    assert "Daftar Pemilih Tetap Kota Semarang" in html
    assert f"{reverse('informasi:daftar')}?q=daftar+pemilih" in html
    assert f"{reverse('portal:berita')}?q=daftar+pemilih" in html
    halaman = client.get(CARI, {"q": "biaya"}).content.decode()
    assert "Maklumat Pelayanan" in halaman and 'id="hasil-halaman"' in halaman


def test_nothing_found_offers_to_request_it_and_odd_input_is_harmless(client, isi):
    html = client.get(CARI, {"q": "anggaran helikopter"}).content.decode()
    assert "Tidak ada informasi, berita, atau halaman yang cocok" in html
    assert "rincian=anggaran%20helikopter" in html
    for q in ("", "   ", "\x00", "a" * 5000, "'); DROP TABLE x; --", "& | ! :*"):
        assert client.get(CARI, {"q": q}).status_code == 200


def test_search_query_count_is_fixed(
    client, isi, django_assert_max_num_queries, tanpa_cache_halaman
):
    for n in range(10):
        InformasiFactory(judul=f"Daftar Pemilih Kecamatan {n}")
    with django_assert_max_num_queries(8):
        client.get(CARI, {"q": "daftar pemilih"})
