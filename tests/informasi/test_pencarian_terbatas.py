"""A search ranks, counts and splits into facets a bounded set of candidates (issue 15):
titles matching first, then the newest matches, similar titles only for a typo. The bound
is set low here (PENCARIAN_KANDIDAT) so a handful of entries exceed it."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from informasi.models import Informasi, KataJudul
from informasi.pencarian import cari, perbarui_vektor, tanpa_aksen
from portal.filters import cari_berita
from portal.models import Berita, KategoriBerita
from tests.factories import InformasiFactory, TopikFactory, UnitKerjaFactory, dokumen_pdf

pytestmark = pytest.mark.django_db

DAFTAR = reverse("informasi:daftar")


def _hari_lalu(n):
    return timezone.now() - dt.timedelta(days=n)


def _judul(response):
    return [i.judul for i in response.context["informasi_list"]]


@pytest.fixture
def banyak_cocok(settings):
    """Twelve entries mentioning "daftar pemilih" in their summary, all newer than the one
    entry carrying the words in its title."""
    settings.PENCARIAN_KANDIDAT = 5
    terbaik = InformasiFactory(
        judul="Daftar Pemilih Tetap Kota Semarang",
        ringkasan="Rekapitulasi per kecamatan.",
        diterbitkan_pada=_hari_lalu(400),
        tahun=2020,
    )
    for n in range(12):
        InformasiFactory(
            judul=f"Agenda Rapat Pleno {n}",
            ringkasan="Pembahasan daftar pemilih sementara.",
            diterbitkan_pada=_hari_lalu(n + 1),
            tahun=2024 + n % 2,
        )
    return terbaik


def test_best_title_comes_first_though_matches_exceed_the_candidates(client, banyak_cocok):
    response = client.get(DAFTAR, {"q": "daftar pemilih"})
    assert _judul(response)[0] == "Daftar Pemilih Tetap Kota Semarang"
    html = response.content.decode()
    assert "Lebih dari 5 informasi" in html
    assert "sekitar 5 hasil teratas" in html
    # Titles first, then the newest: the five newest summaries fill the rest.
    assert _judul(response)[1:] == [f"Agenda Rapat Pleno {n}" for n in range(5)]


def test_the_count_is_exact_up_to_the_bound(client, settings):
    settings.PENCARIAN_KANDIDAT = 5
    for n in range(5):
        InformasiFactory(judul=f"Jadwal Kampanye {n}")
    InformasiFactory(judul="Laporan Keuangan")
    response = client.get(DAFTAR, {"q": "kampanye"})
    assert response.context["jumlah_hasil"] == 5
    assert not response.context["hasil_terbatas"]
    html = response.content.decode()
    assert "5 informasi" in html and "Lebih dari" not in html
    InformasiFactory(judul="Jadwal Kampanye 5")
    response = client.get(DAFTAR, {"q": "kampanye"})
    assert response.context["hasil_terbatas"]
    assert "Lebih dari 5 informasi" in response.content.decode()


def test_english_page_says_more_than(client, banyak_cocok):
    client.cookies.load({"django_language": "en"})
    html = client.get(DAFTAR, {"q": "daftar pemilih"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "More than 5 items" in html
    assert "about the top 5 results" in html


def test_facets_count_the_candidates_only(client, banyak_cocok):
    faset = {
        f["param"]: {i["label"]: i["jumlah"] for i in f["items"]}
        for f in client.get(DAFTAR, {"q": "daftar pemilih"}).context["faset_list"]
    }
    # One more candidate than the bound says "more than"; the facets count those six.
    assert sum(faset["tahun"].values()) == 6
    assert faset["tahun"]["2020"] == 1  # the title match is among them
    assert sum(faset["kategori"].values()) == 6


def test_other_filters_choose_the_candidates(client, banyak_cocok):
    """A filter narrows the whole match set, not only the candidates of the unfiltered
    search: the 2024 entries beyond the bound are still found."""
    response = client.get(DAFTAR, {"q": "daftar pemilih", "tahun": 2024})
    assert response.context["jumlah_hasil"] == 6
    assert sorted(_judul(response)) == sorted(f"Agenda Rapat Pleno {n}" for n in range(0, 12, 2))
    assert response.context["hasil_terbatas"]  # six: one more than the bound
    unit = UnitKerjaFactory(slug="kpu-lama")
    InformasiFactory(
        judul="Arsip", ringkasan="Daftar pemilih 2004.", diterbitkan_pada=_hari_lalu(9000),
        unit_kerja=unit,
    )  # fmt: skip
    response = client.get(DAFTAR, {"q": "daftar pemilih", "unit": "kpu-lama"})
    assert _judul(response) == ["Arsip"]
    assert not response.context["hasil_terbatas"]
    # A filter that is invalid does not drop the search.
    response = client.get(DAFTAR, {"q": "daftar pemilih", "tahun": "lama"})
    assert _judul(response)[0] == "Daftar Pemilih Tetap Kota Semarang"
    assert "Lebih dari 5 informasi" in response.content.decode()


def test_typo_with_many_similar_titles_is_bounded_too(client, settings):
    settings.PENCARIAN_KANDIDAT = 3
    for n in range(6):
        InformasiFactory(judul=f"Formulir Permohonan Informasi {n}")
    InformasiFactory(judul="Laporan Keuangan")
    response = client.get(DAFTAR, {"q": "permohonnan"})
    assert response.context["jumlah_hasil"] == 4
    assert all(j.startswith("Formulir Permohonan") for j in _judul(response))
    assert "Lebih dari 3 informasi" in response.content.decode()


def test_similar_titles_are_added_only_when_the_words_match_few(settings):
    """Beyond the bound the words' own matches fill the candidates; a title that is only
    similar ("Pemilih" for "pemilu") is not read then."""
    settings.PENCARIAN_KANDIDAT = 3
    InformasiFactory(judul="Pemilih Tetap", ringkasan="Tahapan.")
    for n in range(2):
        InformasiFactory(judul=f"Rapat {n}", ringkasan="Logistik pemilu.")

    def judul():
        return sorted(i.judul for i in cari(Informasi.objects.publik(), "pemilu"))

    assert judul() == ["Pemilih Tetap", "Rapat 0", "Rapat 1"]  # few: similar titles too
    for n in range(2, 5):
        InformasiFactory(judul=f"Rapat {n}", ringkasan="Logistik pemilu.")
    assert judul() == ["Rapat 1", "Rapat 2", "Rapat 3", "Rapat 4"]


def test_a_mistyped_word_is_corrected_against_the_words_of_the_titles():
    InformasiFactory(judul="Formulir Permohonan Informasi Publik")
    InformasiFactory(judul="Permohonan Data Pemilih")
    InformasiFactory(judul="Laporan Keuangan")

    def judul(kata):
        return [i.judul for i in cari(Informasi.objects.publik(), kata).order_by("-peringkat")]

    # Each word typed is replaced by the similar title words; all of them are asked for.
    assert judul("permohonnan infromasi") == ["Formulir Permohonan Informasi Publik"]
    assert sorted(judul("permohonnan")) == [
        "Formulir Permohonan Informasi Publik",
        "Permohonan Data Pemilih",
    ]
    # A title changed by staff brings its words (perbarui_vektor runs after every change).
    entri = InformasiFactory(judul="Jadwal Kampanye")
    Informasi.objects.filter(pk=entri.pk).update(judul="Jadwal Sosialisasi Tahapan")
    perbarui_vektor([entri.pk])
    assert KataJudul.objects.filter(kata="sosialisasi").exists()
    assert judul("sosialisassi") == ["Jadwal Sosialisasi Tahapan"]


def test_query_count_is_pinned_beyond_the_bound(
    client, settings, django_assert_max_num_queries, tanpa_cache_halaman
):
    settings.PENCARIAN_KANDIDAT = 5
    settings.INFORMASI_PER_HALAMAN = 10
    topik = TopikFactory()
    for n in range(40):
        informasi = InformasiFactory(judul=f"Daftar Pemilih Kecamatan {n}", topik=[topik])
        if n % 5 == 0:
            dokumen_pdf(informasi)
    # As without a search: site profile + static pages, units, stored facets (read; on a
    # miss also counted and stored), rows, documents, topic labels.
    with django_assert_max_num_queries(9):
        pertama = client.get(DAFTAR, {"q": "daftar pemilih"})
    assert "Lebih dari 5 informasi" in pertama.content.decode()
    with django_assert_max_num_queries(7):
        kedua = client.get(DAFTAR, {"q": "daftar pemilih", "page": 1})
    assert len(kedua.context["informasi_list"]) == 6
    with django_assert_max_num_queries(8):
        assert client.get(reverse("portal:cari"), {"q": "daftar pemilih"}).status_code == 200


def test_accents_are_dropped_as_unaccent_does():
    assert tanpa_aksen("Café Straße Øresund Łódź") == "Cafe Strasse Oresund Lodz"
    assert tanpa_aksen("permohonan") == "permohonan"


def test_news_search_ranks_the_newest_matches_and_filters_come_first(client, settings):
    settings.PENCARIAN_KANDIDAT = 3
    unit = UnitKerjaFactory(slug="kpu-kota-semarang")
    kegiatan = KategoriBerita.objects.get(slug="kegiatan")
    pendidikan = KategoriBerita.objects.get(slug="pendidikan-pemilih")

    def berita(judul, hari, kategori=kegiatan):
        return Berita.objects.create(
            judul=judul, slug=judul.lower().replace(" ", "-"), lead="Sosialisasi pemilih.",
            isi="Isi.", kategori=kategori, unit_kerja=unit, status=Berita.Status.TERBIT,
            terbit_pada=timezone.now() - dt.timedelta(days=hari),
        )  # fmt: skip

    berita("Pemilih Pemula Lama", 300, kategori=pendidikan)
    for n in range(6):
        berita(f"Kunjungan {n}", n + 1)
    kandidat = cari_berita(Berita.objects.tayang(), "pemilih")
    assert kandidat.count() == 4  # the bound + 1
    assert [b.judul for b in kandidat][:4] == [f"Kunjungan {n}" for n in range(4)]
    response = client.get(
        reverse("portal:berita"), {"q": "pemilih", "kategori": "pendidikan-pemilih"}
    )
    assert [b.judul for b in response.context["berita_list"]] == ["Pemilih Pemula Lama"]
