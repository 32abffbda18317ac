"""The sitemaps at scale (issue 15): parts by blocks of ids, a fixed number of queries per
part and for the index whatever the number of entries, valid XML, the right lastmod."""

import datetime as dt
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django.utils.http import http_date

from informasi.models import Informasi
from informasi.sitemaps import InformasiSitemap
from portal.models import Berita, KategoriBerita
from tests.factories import InformasiFactory, UnitKerjaFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Far above any id the sequences reach in the suite, so the blocks are known.
DASAR = 9_000_000


def _lokasi(response) -> list[str]:
    assert response.status_code == 200
    akar = ET.fromstring(response.content)
    assert akar.tag == f"{{{NS['s']}}}urlset"
    return [u.find("s:loc", NS).text for u in akar.findall("s:url", NS)]


def _indeks(client) -> list[str]:
    akar = ET.fromstring(client.get("/sitemap.xml").content)
    return [s.find("s:loc", NS).text for s in akar.findall("s:sitemap", NS)]


def _entri(offset, **kwargs):
    return InformasiFactory(id=DASAR + offset, slug=f"entri-peta-{offset}", **kwargs)


def test_parts_are_blocks_of_ids_and_none_is_empty(client, monkeypatch):
    monkeypatch.setattr(InformasiSitemap, "limit", 3)
    # Block 0: ids +0, +1; block 1: +3..+5; block 2: only a draft and an exempt entry;
    # block 3: +9.
    for offset in (0, 1, 3, 4, 5, 9):
        _entri(offset)
    _entri(6, status=Informasi.Status.DRAF, diterbitkan_pada=None)
    _entri(7, kategori=Informasi.Kategori.DIKECUALIKAN)
    _entri(8, diterbitkan_pada=timezone.now() + dt.timedelta(days=1))  # scheduled
    assert Informasi.objects.publik().count() == 6

    bagian = [u for u in _indeks(client) if "sitemap-informasi" in u]
    assert bagian == [
        "http://testserver/sitemap-informasi.xml",
        "http://testserver/sitemap-informasi.xml?p=2",
        "http://testserver/sitemap-informasi.xml?p=3",
    ]
    isi = [
        _lokasi(client.get("/sitemap-informasi.xml")),
        _lokasi(client.get("/sitemap-informasi.xml", {"p": 2})),
        _lokasi(client.get("/sitemap-informasi.xml", {"p": 3})),
    ]
    assert isi == [
        [f"http://testserver/informasi/entri-peta-{o}/" for o in (0, 1)],
        [f"http://testserver/informasi/entri-peta-{o}/" for o in (3, 4, 5)],
        ["http://testserver/informasi/entri-peta-9/"],
    ]
    assert client.get("/sitemap-informasi.xml", {"p": 4}).status_code == 404
    assert client.get("/sitemap-informasi.xml", {"p": "x"}).status_code == 404


def test_part_lastmod_is_the_entries_local_date_and_the_newest_change(client):
    lama = _entri(0)
    baru = _entri(1)
    # 20:30 UTC is already the next day in Jakarta: the date is the local one.
    malam = dt.datetime(2026, 3, 9, 20, 30, tzinfo=dt.UTC)
    Informasi.objects.filter(pk=lama.pk).update(diperbarui_pada=malam - dt.timedelta(days=5))
    Informasi.objects.filter(pk=baru.pk).update(diperbarui_pada=malam)

    response = client.get("/sitemap-informasi.xml")
    akar = ET.fromstring(response.content)
    tanggal = {
        u.find("s:loc", NS).text: u.find("s:lastmod", NS).text for u in akar.findall("s:url", NS)
    }
    assert tanggal == {
        "http://testserver/informasi/entri-peta-0/": "2026-03-05",
        "http://testserver/informasi/entri-peta-1/": "2026-03-10",
    }
    assert response["Last-Modified"] == http_date(malam.timestamp())

    indeks = ET.fromstring(client.get("/sitemap.xml").content)
    lastmod = {
        s.find("s:loc", NS).text: s.find("s:lastmod", NS) for s in indeks.findall("s:sitemap", NS)
    }
    assert (
        dt.datetime.fromisoformat(lastmod["http://testserver/sitemap-informasi.xml"].text) == malam
    )


def test_news_part_has_the_articles_addresses_in_local_months(client):
    unit = UnitKerjaFactory()
    # 31 January 20:00 UTC is 1 February in Jakarta: the address says 02.
    terbit = dt.datetime(2026, 1, 31, 20, 0, tzinfo=dt.UTC)
    berita = Berita.objects.create(
        judul="Rapat Pleno",
        slug="rapat-pleno",
        lead="Rapat pleno terbuka.",
        isi="Isi.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=unit,
        status=Berita.Status.TERBIT,
        terbit_pada=terbit,
    )
    assert timezone.localtime(terbit, ZoneInfo("Asia/Jakarta")).month == 2
    assert _lokasi(client.get("/sitemap-berita.xml")) == [
        "http://testserver" + berita.get_absolute_url()
    ]
    assert "/berita/2026/02/rapat-pleno/" in berita.get_absolute_url()


@pytest.mark.parametrize("jumlah", [3, 30])
def test_query_counts_do_not_depend_on_the_number_of_entries(
    client, django_assert_num_queries, jumlah, monkeypatch, tanpa_cache_halaman
):
    monkeypatch.setattr(InformasiSitemap, "limit", 10)
    for offset in range(jumlah):
        _entri(offset)
    # Index: pages (2: lastmod by looping, count), catalogue and news (2 each: the
    # newest lastmod through its index, the non-empty blocks).
    with django_assert_num_queries(6):
        client.get("/sitemap.xml")
    # A part: the non-empty blocks, then its rows.
    with django_assert_num_queries(2):
        assert len(_lokasi(client.get("/sitemap-informasi.xml"))) == min(jumlah, 10)
