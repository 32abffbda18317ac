"""Every picture, stylesheet and script a public page references loads (and the og:image
shared to WhatsApp/Facebook), on every public page reachable from the home page."""

import datetime as dt
from html.parser import HTMLParser
from io import BytesIO
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from portal.gambar import buat_rendisi
from portal.models import Berita, KategoriBerita
from tests.factories import InformasiFactory, ProfilSitusFactory, dokumen_pdf

pytestmark = pytest.mark.django_db
BATAS_HALAMAN = 150


class _Halaman(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tautan: list[str] = []
        self.aset: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.tautan.append(a["href"])
        elif tag in ("img", "script") and a.get("src"):
            self.aset.append(a["src"])
        elif tag == "link" and a.get("rel") in ("stylesheet", "icon") and a.get("href"):
            self.aset.append(a["href"])
        elif tag == "meta" and a.get("content") and a.get("property") == "og:image":
            self.aset.append(a["content"])  # og:image
        elif tag == "meta" and a.get("content") and a.get("name") == "twitter:image":
            self.aset.append(a["content"])


def _lokal(url: str, dasar: str) -> str | None:
    bagian = urlsplit(urljoin("http://testserver" + dasar, url))
    if bagian.netloc != "testserver" or bagian.scheme not in ("http", "https"):
        return None
    return bagian.path + (f"?{bagian.query}" if bagian.query else "")


@pytest.fixture
def situs(pohon):
    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    entri = InformasiFactory(unit_kerja=pohon["semarang"], judul="Daftar Pemilih Tetap 2024")
    dokumen_pdf(entri, "Rekapitulasi DPT")
    foto = BytesIO()
    Image.new("RGB", (1600, 900), "#1e3a8a").save(foto, "JPEG")
    berita = Berita.objects.create(
        judul="Sosialisasi Pemilih Pemula",
        slug="sosialisasi-pemilih-pemula",
        lead="Siswa SMA belajar cara memilih.",
        isi="Kegiatan berlangsung di aula sekolah.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=pohon["semarang"],
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() - dt.timedelta(hours=1),
        gambar=ContentFile(foto.getvalue(), name="foto.jpg"),
        alt_gambar="Siswa antre di depan bilik suara.",
        kredit_foto="Foto: awh/KPU Kota Semarang",
    )
    buat_rendisi(berita)
    berita.save()
    return berita


def test_every_asset_of_every_public_page_loads(client, situs):
    antre, dikunjungi, aset = ["/"], set(), {}
    while antre and len(dikunjungi) < BATAS_HALAMAN:
        url = antre.pop(0)
        if url in dikunjungi:
            continue
        dikunjungi.add(url)
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        halaman = _Halaman()
        halaman.feed(response.content.decode())
        for src in halaman.aset:
            lokal = _lokal(src, url)
            assert lokal, f"{url} loads {src} from elsewhere (no CDN: every asset is ours)"
            aset.setdefault(lokal, url)
        for href in halaman.tautan:
            lokal = _lokal(href, url)
            # Public pages only: not the admin, downloads, feeds or the language switch.
            if (
                lokal
                and not lokal.startswith(("/admin/", "/i18n/", "/feed/"))
                and "/unduh/" not in lokal
                and not lokal.endswith((".csv", ".json", ".xml"))
            ):
                antre.append(lokal.split("#")[0])
    assert len(dikunjungi) > 20
    media = [a for a in aset if a.startswith("/media/")]
    assert len(media) >= 3, "the news picture's renditions are on the pages"
    gagal = {}
    for a, dari in aset.items():
        response = client.get(a)
        if response.status_code != 200:
            gagal[a] = (response.status_code, dari)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert gagal == {}


def test_only_public_renditions_are_served_from_media(client, situs):
    """The original upload, catalogue documents (which go through their download view, so
    a withdrawn entry's file is not public) and anything outside MEDIA_ROOT are not."""
    assert client.get(situs.gambar_halaman.url).status_code == 200
    assert client.get(situs.gambar_halaman.url)["Cache-Control"].startswith("public")
    assert client.get("/media/" + situs.gambar.name).status_code == 404
    dokumen = situs.unit_kerja.informasi.first().dokumen.first()
    assert client.get("/media/" + dokumen.berkas.name).status_code == 404
    for jalan in ("berita/r/../../private/x", "berita/r/%2e%2e/x", "/etc/passwd"):
        assert client.get("/media/" + jalan).status_code == 404
