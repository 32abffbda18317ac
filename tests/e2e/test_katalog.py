"""Citizen journey through the catalogue in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.factories import (
    InformasiFactory,
    ProfilSitusFactory,
    TopikFactory,
    UnitKerjaFactory,
    dokumen_pdf,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def katalog():
    ProfilSitusFactory()
    jateng = UnitKerjaFactory(slug="kpu-jateng", nama="KPU Provinsi Jawa Tengah", jenis="provinsi")
    semarang = UnitKerjaFactory(slug="kpu-kota-semarang", nama="KPU Kota Semarang", induk=jateng)
    dki = UnitKerjaFactory(slug="kpu-dki", nama="KPU Provinsi DKI Jakarta", jenis="provinsi")
    layanan = TopikFactory(nama="Layanan Informasi", slug="layanan-informasi")
    target = InformasiFactory(
        judul="Register Permohonan Informasi Publik Tahun 2025",
        ringkasan="Daftar seluruh permohonan informasi yang diterima beserta jawabannya.",
        unit_kerja=semarang,
        tahun=2025,
        topik=[layanan],
    )
    dokumen_pdf(target, judul="Register permohonan 2025")
    InformasiFactory(
        judul="Register Permohonan Informasi Publik Tahun 2024", unit_kerja=semarang, tahun=2024
    )
    InformasiFactory(judul="Formulir Permohonan Informasi", unit_kerja=dki, tahun=2025)
    InformasiFactory(judul="Laporan Keuangan 2025", unit_kerja=jateng, tahun=2025)
    return target


def test_search_narrow_open_and_download(page, live_server, katalog, periksa_halaman):
    page.goto(live_server.url + "/")
    page.locator("#cari-beranda").fill("register permohonnan")  # typo
    page.locator("#cari-beranda").press("Enter")
    # The site-wide search groups what it found; the catalogue group leads to its own search.
    expect(page.get_by_role("heading", name="Informasi publik", exact=True)).to_be_visible()
    periksa_halaman(page, "cari-semua")
    page.get_by_role("link", name="Semua hasil di Daftar Informasi Publik").click()

    hasil = page.locator(".results__list .result")
    expect(hasil).to_have_count(2)
    expect(page.get_by_role("heading", name="2 informasi")).to_be_visible()
    periksa_halaman(page, "katalog-cari")

    faset = page.locator(".facets")
    faset.get_by_role("link", name="KPU Provinsi Jawa Tengah").click()
    expect(hasil).to_have_count(2)
    faset.get_by_role("link", name="2025").click()
    expect(hasil).to_have_count(1)
    assert "unit=kpu-jateng" in page.url and "tahun=2025" in page.url
    periksa_halaman(page, "katalog-saring")

    page.get_by_role("link", name=katalog.judul).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(katalog.judul)
    expect(page.get_by_text("KPU Kota Semarang")).to_be_visible()
    periksa_halaman(page, "katalog-detail")

    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Register permohonan 2025").click(modifiers=["Alt"])
    path = unduhan.value.path()
    with open(path, "rb") as fh:
        assert fh.read(5) == b"%PDF-"


@pytest.mark.parametrize("lebar", [360, 1280])
def test_catalogue_pages_at_phone_and_desktop_width(
    page, live_server, katalog, periksa_halaman, lebar
):
    page.set_viewport_size({"width": lebar, "height": 900})
    for path, nama in [
        ("/informasi/", "daftar"),
        ("/informasi/kategori/berkala/", "kategori"),
        ("/informasi/?q=zzzz", "kosong"),
    ]:
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= lebar
        periksa_halaman(page, f"katalog-{nama}-{lebar}")
