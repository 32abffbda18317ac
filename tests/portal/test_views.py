from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    HalamanFactory,
    InformasiFactory,
    ProfilSitusFactory,
    UnitKerjaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def situs():
    profil = ProfilSitusFactory(
        jam_layanan="Senin–Kamis: 08.00–16.00 WIB\nJumat: 08.00–16.30 WIB",
        sambutan="Informasi publik adalah **hak Anda**.",
    )
    halaman = HalamanFactory(slug="profil-ppid", judul="Profil PPID", urutan=0)
    return profil, halaman


def test_beranda_shows_body_profile_pages_and_units(client, situs):
    induk = UnitKerjaFactory(nama="KPU Provinsi Contoh", jenis="provinsi")
    UnitKerjaFactory(nama="KPU Kota Contoh", induk=induk)
    HalamanFactory(slug="maklumat-pelayanan", judul="Maklumat Pelayanan", urutan=1)

    response = client.get(reverse("portal:beranda"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>hak Anda</strong>" in html
    assert "Komisi Pemilihan Umum Kabupaten Contoh" in html
    assert "KPU Provinsi Contoh" in html and "KPU Kota Contoh" in html
    assert 'href="/halaman/maklumat-pelayanan/"' in html
    # Footer: contact details and service hours come from the database.
    assert "ppid@contoh.go.id" in html
    assert "Jumat: 08.00–16.30 WIB" in html
    # The navigation links the profile page once it exists.
    assert html.count('href="/halaman/profil-ppid/"') >= 1


def test_beranda_query_count_is_fixed(
    client, situs, django_assert_max_num_queries, tanpa_cache_halaman
):
    for n in range(20):
        UnitKerjaFactory(nama=f"KPU Kabupaten {n}")
        HalamanFactory(slug=f"sop-{n}")
    for n in range(8):
        InformasiFactory(
            kategori="serta_merta", berlaku_sampai=timezone.now() + timedelta(days=n + 1)
        )
    # profile, pages, serta-merta, latest entries, latest news, service figures, units
    with django_assert_max_num_queries(7):
        assert client.get(reverse("portal:beranda")).status_code == 200


def test_navigation_hides_profile_link_until_the_page_exists(client):
    html = client.get(reverse("portal:beranda")).content.decode()
    assert "/halaman/profil-ppid/" not in html


def test_halaman_detail_renders_markdown_with_breadcrumbs(client, situs):
    _, halaman = situs
    halaman.isi = "## Tugas\n\n- Menyusun DIP\n\n<script>alert(1)</script>"
    halaman.save()

    response = client.get(halaman.get_absolute_url())

    html = response.content.decode()
    assert "<h2>Tugas</h2>" in html
    assert "<li>Menyusun DIP</li>" in html
    assert "<script>alert" not in html
    assert 'aria-current="page">Profil PPID</span>' in html


def test_unpublished_halaman_is_404(client):
    halaman = HalamanFactory(diterbitkan=False)
    assert client.get(halaman.get_absolute_url()).status_code == 404


def test_english_interface(client, situs):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("portal:beranda")).content.decode()
    assert '<html lang="en">' in html
    assert ">Home</a>" in html
    assert "Skip to main content" in html


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content.startswith(b"ok\n")


def test_healthz_reports_database_failure(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_security_headers(client):
    response = client.get(reverse("portal:beranda"))
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_indonesian_even_when_the_browser_prefers_english(client):
    html = client.get(reverse("portal:beranda"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="id">' in html.content.decode()


def test_favicon_ico_points_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


def test_footer_reaches_the_office_on_every_channel(client, situs):
    profil, _halaman = situs
    profil.whatsapp = "0811-1000-2024"
    profil.peta = "https://www.openstreetmap.org/?mlat=-6.1985&mlon=106.8317"
    profil.instagram = "https://www.instagram.com/kpu_ri/"
    profil.tiktok = "https://www.tiktok.com/@kpu_ri"
    profil.save()
    html = client.get(reverse("portal:beranda")).content.decode()
    assert 'href="https://wa.me/6281110002024"' in html  # click to chat
    assert 'href="https://www.openstreetmap.org/?mlat=-6.1985&amp;mlon=106.8317"' in html
    assert '<a href="https://www.instagram.com/kpu_ri/" rel="noopener">Instagram</a>' in html
    assert ">TikTok</a>" in html and ">YouTube</a>" not in html  # only the channels it runs


def test_english_visitors_read_the_intro_and_hours_staff_translated(client, situs):
    profil, _halaman = situs
    profil.sambutan_en = "Public information is **your right**."
    profil.jam_layanan_en = "Monday–Thursday: 08.00–16.00 WIB"
    profil.save()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("portal:beranda")).content.decode()
    assert 'lang="en"><p>Public information is <strong>your right</strong>' in html
    assert "Monday–Thursday: 08.00–16.00 WIB" in html and "Senin–Kamis" not in html
    client.post(reverse("set_language"), {"language": "id", "next": "/"})
    assert "Senin–Kamis" in client.get(reverse("portal:beranda")).content.decode()


def test_pages_staff_put_in_the_menu_are_in_the_menu(client, situs):
    standar = HalamanFactory(slug="standar-layanan", judul="Standar Layanan", di_menu=True)
    HalamanFactory(slug="sop-lain", judul="SOP Dokumentasi")
    html = client.get(reverse("portal:beranda")).content.decode()
    menu = html[html.index('aria-label="Menu utama"') : html.index("</nav>")]
    assert f'href="{standar.get_absolute_url()}"' in menu
    assert "SOP Dokumentasi" not in menu
    assert "SOP Dokumentasi" in html  # in the footer's service standards


def test_whatsapp_numbers_as_people_write_them():
    from informasi.models import tautan_whatsapp

    assert tautan_whatsapp("0812-3456-7890") == "https://wa.me/6281234567890"
    assert tautan_whatsapp("+62 812 3456 7890") == "https://wa.me/6281234567890"
    assert tautan_whatsapp("") == "" and tautan_whatsapp("-") == ""
