"""The home page in a real browser, on a phone and on a desktop screen."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations, html_errors

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(settings):
    settings.DEBUG = True  # demo_data refuses to run in production mode
    call_command("demo_data", verbosity=0)
    settings.DEBUG = False


@pytest.mark.parametrize("lebar", [360, 1280])
def test_beranda_accessible_and_valid(page, live_server, demo, periksa_halaman, lebar):
    page.set_viewport_size({"width": lebar, "height": 800})
    page.goto(live_server.url + "/")

    expect(page.get_by_role("heading", level=1)).to_contain_text("Layanan Informasi Publik")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.get_by_role("link", name="Profil PPID").first).to_be_visible()
    expect(page.get_by_role("contentinfo")).to_contain_text("Senin–Kamis")
    # Nothing sticks out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    periksa_halaman(page, f"beranda-{lebar}")


def test_skip_link_and_language_switch(page, live_server, demo, periksa_halaman):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Langsung ke konten utama")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page).to_have_url(live_server.url + "/#konten")

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="Home")).to_be_visible()
    periksa_halaman(page, "beranda-en")

    page.get_by_role("link", name="PPID profile").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Profil PPID")
    periksa_halaman(page, "profil-ppid-en")

    page.get_by_role("link", name="Bahasa Indonesia").click()
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_checkers_catch_broken_pages(page, vnu_url):
    """The axe and HTML checks used above really fail on a broken page."""
    broken = (
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        '<img src="a.png"><p id="d">a</p><p id="d">b</p><span><div>c</div></span>'
        "</body></html>"
    )
    page.set_content(broken)
    violations = " ".join(axe_violations(page))
    assert "image-alt" in violations
    assert "html-has-lang" in violations
    errors = " ".join(html_errors(vnu_url, broken))
    assert "Duplicate ID" in errors
    assert "not allowed as child of element" in errors


def test_on_a_phone_the_first_screen_holds_search_and_the_request_button(
    page, live_server, demo, periksa_halaman
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/")
    for penanda in ("#cari-beranda", ".cta-row .button >> nth=0"):
        kotak = page.locator(penanda).bounding_box()
        assert kotak["y"] + kotak["height"] <= 740, penanda
    # The menu is one row behind "Menu", and opens without JavaScript (<details>).
    menu = page.locator(".site-nav")
    assert menu.bounding_box()["height"] <= 60
    ringkas = page.locator(".site-nav__ringkas")
    expect(ringkas.get_by_role("link", name="Berita")).to_be_hidden()
    ringkas.locator("summary").click()
    expect(ringkas.get_by_role("link", name="Berita")).to_be_visible()
    expect(ringkas.get_by_role("searchbox")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    periksa_halaman(page, "beranda-menu-terbuka-360")
    ringkas.get_by_role("link", name="Berita").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Berita dan kegiatan")
