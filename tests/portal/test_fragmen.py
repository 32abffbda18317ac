"""Fragments shared by the first views of many addresses (portal/cache_halaman.py,
{% tetap %}): list rows, the menu and the footer are built once per version of their data
and language, never stale after a change, never used for staff."""

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

from informasi.akses import EDITOR_BERITA
from informasi.models import Informasi
from portal.models import Halaman
from tests.factories import (
    InformasiFactory,
    ProfilSitusFactory,
    UnitKerjaFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
DAFTAR = reverse("informasi:daftar")


@pytest.fixture(autouse=True)
def _fragmen_kosong():
    caches["fragmen"].clear()


@pytest.fixture
def unit():
    return UnitKerjaFactory(slug="kpu-kota-semarang", nama="KPU Kota Semarang")


@pytest.fixture
def entri(unit):
    return InformasiFactory(
        judul="Daftar Pemilih Tetap Kota Semarang", slug="dpt-semarang", unit_kerja=unit
    )


def _halaman(client, url: str, **kwargs) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    return response.content.decode()


def test_list_rows_are_built_once_and_reused_by_other_addresses(client, entri):
    _halaman(client, DAFTAR + "?tahun=" + str(entri.tahun))
    disimpan = len(caches["fragmen"]._cache)
    assert disimpan == 4  # the row, the menu (open and behind "Menu"), the footer
    # Another filter combination showing the same row: the page is built, its pieces are not.
    html = _halaman(client, DAFTAR + "?unit=kpu-kota-semarang")
    assert "Daftar Pemilih Tetap Kota Semarang" in html
    assert len(caches["fragmen"]._cache) == disimpan
    # Another address: its own menu (it marks the current page) and filter form, the same
    # footer.
    _halaman(client, reverse("portal:berita"))
    assert len(caches["fragmen"]._cache) == disimpan + 3


def test_an_edited_entry_and_a_renamed_unit_show_at_once_in_other_lists(client, unit, entri):
    assert "Daftar Pemilih Tetap Kota Semarang" in _halaman(client, DAFTAR + "?a=1")
    entri.judul = "DPT Kota Semarang (perbaikan)"
    entri.save()
    html = _halaman(client, DAFTAR + "?a=2")
    assert "DPT Kota Semarang (perbaikan)" in html
    assert "Daftar Pemilih Tetap Kota Semarang" not in html
    unit.nama = "KPU Kota Semarang Raya"
    unit.save()
    assert "KPU Kota Semarang Raya" in _halaman(client, DAFTAR + "?a=3")


def test_a_new_footer_and_menu_show_at_once(client, entri):
    _halaman(client, DAFTAR + "?a=1")
    profil = ProfilSitusFactory()
    _halaman(client, DAFTAR + "?a=2")
    profil.telepon = "024 7654321"
    profil.save()
    Halaman.objects.create(
        judul="Maklumat Pelayanan", slug="maklumat", isi="Isi", diterbitkan=True, di_menu=True
    )
    html = _halaman(client, DAFTAR + "?a=3")
    assert "024 7654321" in html
    assert html.count("Maklumat Pelayanan") >= 3  # both menus and the footer


def test_the_menu_marks_the_page_it_is_on(client, entri):
    def aktif(html: str) -> list[str]:
        html = html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]
        return [
            potongan.split(">", 1)[1].split("<", 1)[0]
            for potongan in html.split('aria-current="page"')[1:]
        ]

    assert aktif(_halaman(client, DAFTAR)) == ["Informasi Publik"] * 2
    assert aktif(_halaman(client, reverse("portal:berita"))) == ["Berita"] * 2
    assert aktif(_halaman(client, DAFTAR + "?a=1")) == ["Informasi Publik"] * 2


def test_each_language_has_its_own_rows(client, entri):
    id_html = _halaman(client, DAFTAR + "?a=2")
    with translation.override("en"):
        label_en = str(Informasi.Kategori(entri.kategori).label)
    with translation.override("id"):
        label_id = str(Informasi.Kategori(entri.kategori).label)
    assert label_en != label_id
    assert f">{label_id}</span>" in id_html
    client.cookies["django_language"] = "en"
    en_html = _halaman(client, DAFTAR + "?a=3")
    assert f">{label_en}</span>" in en_html and f">{label_id}</span>" not in en_html


def test_staff_pages_neither_use_nor_fill_fragments(client, entri):
    _halaman(client, DAFTAR + "?a=1")
    sebelum = dict(caches["fragmen"]._cache)
    Informasi.objects.filter(pk=entri.pk).update(judul="Diubah tanpa sinyal")
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    assert "Diubah tanpa sinyal" in _halaman(client, DAFTAR + "?a=2")
    assert dict(caches["fragmen"]._cache) == sebelum
