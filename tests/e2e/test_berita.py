"""An editor writes and schedules a news item with a picture; at its time it is on the home
page and in the feed, and the article is accessible at 360 and 1280 px."""

import datetime as dt
from io import BytesIO

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from informasi.akses import EDITOR_BERITA
from portal.cache_halaman import konten_berubah
from portal.models import Berita
from tests.factories import PetugasFactory, ProfilSitusFactory, UnitKerjaFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
JUDUL = "Simulasi Pemungutan Suara di Rumah Susun"


@pytest.fixture
def foto(tmp_path):
    keluaran = BytesIO()
    Image.new("RGB", (1600, 900), "#1e3a8a").save(keluaran, "JPEG")
    path = tmp_path / "simulasi.jpg"
    path.write_bytes(keluaran.getvalue())
    return path


def test_editor_schedules_an_item_that_appears_by_itself(
    page, browser, live_server, foto, periksa_halaman
):
    from portal.models import KategoriBerita

    ProfilSitusFactory()
    for urutan, (nama, slug) in enumerate(KategoriBerita.AWAL):
        KategoriBerita.objects.get_or_create(slug=slug, defaults={"nama": nama, "urutan": urutan})
    unit = UnitKerjaFactory(
        slug="kpu-kota-semarang", nama="KPU Kota Semarang", jenis="kabupaten_kota"
    )
    editor = UserFactory(username="editor.uji", groups=[EDITOR_BERITA])
    PetugasFactory(user=editor, unit_kerja=unit)

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("editor.uji")
    page.locator("#id_password").fill("rahasia-uji-123")
    page.locator("input[type=submit]").click()
    page.goto(live_server.url + "/admin/portal/berita/add/")
    page.locator("#id_judul").fill(JUDUL)
    page.get_by_label("Teras berita").fill("Warga rumah susun mencoba tata cara di TPS.")
    page.locator("#id_isi").fill("Simulasi menguji lama waktu **pemungutan suara**.")
    page.locator("#id_gambar").set_input_files(str(foto))
    page.get_by_label("Teks alternatif foto").fill("Warga antre di depan bilik suara.")
    page.get_by_label("Kredit foto").fill("awh/KPU Kota Semarang")
    page.locator("#id_kategori").select_option(label="Kegiatan")
    page.locator("#id_unit_kerja").select_option(label="KPU Kota Semarang")
    page.locator("#id_status").select_option(value="terbit")
    besok = timezone.localdate() + dt.timedelta(days=1)
    page.locator("input[name=terbit_pada_0]").fill(besok.isoformat())
    page.locator("input[name=terbit_pada_1]").fill("08:00:00")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text(JUDUL)
    expect(page.locator("#result_list")).to_contain_text("Terjadwal")

    # The editor previews it as it will look on the site.
    page.locator("#result_list").get_by_role("link", name=JUDUL).click()
    page.get_by_role("link", name="Lihat seperti di situs").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(JUDUL)
    expect(page.get_by_text("Pratinjau — terjadwal tampil")).to_be_visible()
    expect(page.locator("figcaption")).to_contain_text("Foto: awh/KPU Kota Semarang")

    # Citizens do not see it yet.
    # A reader's browser (headless Chromium's own user agent is not counted as a reader).
    warga = browser.new_page(user_agent="Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile")
    warga.goto(live_server.url + "/")
    expect(warga.get_by_role("heading", name="Layanan Informasi Publik")).to_be_visible()
    expect(warga.get_by_text(JUDUL)).to_have_count(0)

    # Its time comes (the clock moves on; nothing is run). Moving the time back stands for
    # the clock; update() sends no signal, so the stored pages' token is renewed as it would
    # expire at the scheduled moment (that expiry: tests/portal/test_cache_halaman.py).
    Berita.objects.update(terbit_pada=timezone.now() - dt.timedelta(minutes=1))
    konten_berubah("portal")

    warga.goto(live_server.url + "/")
    warga.get_by_role("link", name=JUDUL).click()
    expect(warga.get_by_role("heading", level=1)).to_have_text(JUDUL)
    expect(warga.get_by_text("Telah dilihat 1 kali")).to_be_visible()
    gambar = warga.locator("figure img")
    assert gambar.get_attribute("width") == "1200" and gambar.get_attribute("height") == "675"
    expect(warga.locator("figcaption")).to_contain_text("Foto: awh/KPU Kota Semarang")
    for lebar in (360, 1280):
        warga.set_viewport_size({"width": lebar, "height": 900})
        periksa_halaman(warga, f"berita-{lebar}")
        assert warga.evaluate("document.documentElement.scrollWidth") <= lebar
    warga.goto(live_server.url + "/berita/")
    periksa_halaman(warga, "berita-daftar")

    feed = warga.request.get(live_server.url + "/feed/berita/")
    assert JUDUL in feed.text()
    warga.close()  # ends its keep-alive connections before the live server stops
