"""Indonesian full-text search: matching, typo tolerance, ranking, highlighting."""

import pytest
from django.urls import reverse

from informasi.models import Informasi
from informasi.pencarian import cari
from tests.factories import InformasiFactory, TopikFactory, dokumen_pdf

pytestmark = pytest.mark.django_db


def _judul(queryset):
    return [i.judul for i in queryset]


def _cari(kata):
    return cari(Informasi.objects.publik(), kata).order_by("-peringkat")


def test_typo_in_a_title_still_finds_it():
    InformasiFactory(judul="Formulir Permohonan Informasi Publik")
    InformasiFactory(judul="Laporan Keuangan Tahun 2025")
    assert _judul(_cari("permohonnan")) == ["Formulir Permohonan Informasi Publik"]


def test_title_match_ranks_above_summary_match():
    InformasiFactory(judul="Agenda Rapat Pleno", ringkasan="Rekapitulasi daftar pemilih tetap.")
    InformasiFactory(judul="Daftar Pemilih Tetap Kota Semarang", ringkasan="Data per kecamatan.")
    InformasiFactory(judul="Laporan Keuangan", ringkasan="Realisasi anggaran.")
    assert _judul(_cari("daftar pemilih")) == [
        "Daftar Pemilih Tetap Kota Semarang",
        "Agenda Rapat Pleno",
    ]


def test_topics_and_document_titles_are_searched():
    logistik = TopikFactory(nama="Logistik Pemilu", slug="logistik")
    InformasiFactory(judul="Rencana Kerja", topik=[logistik])
    dokumen_pdf(
        InformasiFactory(judul="Laporan Tahunan"), judul="Berita acara distribusi kotak suara"
    )
    assert _judul(_cari("logistik")) == ["Rencana Kerja"]
    assert _judul(_cari("kotak suara")) == ["Laporan Tahunan"]


def test_accents_are_ignored():
    InformasiFactory(
        judul="Kerja sama dengan Lembaga Pemantau", ringkasan="Nota kesepahaman café."
    )
    assert _judul(_cari("cafe")) == ["Kerja sama dengan Lembaga Pemantau"]


def test_snippet_highlights_matches_and_escapes_markup(client):
    InformasiFactory(
        judul="Jadwal Tahapan Pilkada",
        ringkasan="Tahapan <b>kampanye</b> dimulai <script>alert(1)</script> setelah penetapan.",
    )
    html = client.get(reverse("informasi:daftar"), {"q": "kampanye"}).content.decode()
    assert "<mark>kampanye</mark>" in html
    assert "<b>kampanye" not in html
    assert "<script>alert" not in html


def test_search_words_the_user_typed_with_operators_do_not_break_the_page(client):
    InformasiFactory(judul="Laporan Dana Kampanye")
    for kata in ['"dana', "kampanye -", "& | !", "a" * 300, "'; DROP TABLE x; --"]:
        assert client.get(reverse("informasi:daftar"), {"q": kata}).status_code == 200
