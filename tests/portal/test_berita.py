"""News (berita): scheduling, the view counter, feeds, Open Graph, images, roles, queries."""

import datetime as dt
import xml.etree.ElementTree as ET
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from informasi.akses import EDITOR_BERITA
from portal.models import Berita, KategoriBerita
from tests.factories import PetugasFactory, UnitKerjaFactory, UserFactory

pytestmark = pytest.mark.django_db
DAFTAR = reverse("portal:berita")
ATOM = "{http://www.w3.org/2005/Atom}"
WIB = ZoneInfo("Asia/Jakarta")


def _jpeg(lebar=1600, tinggi=900) -> bytes:
    keluaran = BytesIO()
    Image.new("RGB", (lebar, tinggi), "#1e3a8a").save(keluaran, "JPEG")
    return keluaran.getvalue()


@pytest.fixture
def unit():
    return UnitKerjaFactory(slug="kpu-kota-semarang", nama="KPU Kota Semarang")


def _berita(unit, judul="Sosialisasi Pemilih Pemula", menit=-60, **kwargs):
    data = {
        "judul": judul,
        "slug": judul.lower().replace(" ", "-"),
        "lead": "Siswa SMA belajar cara memilih.",
        "isi": "Kegiatan berlangsung di aula sekolah.",
        "kategori": KategoriBerita.objects.get(slug="kegiatan"),
        "unit_kerja": unit,
        "status": Berita.Status.TERBIT,
        "terbit_pada": timezone.now() + dt.timedelta(minutes=menit),
        **kwargs,
    }
    return Berita.objects.create(**data)


def test_scheduled_item_appears_by_itself_when_its_time_comes(client, unit, monkeypatch):
    berita = _berita(unit, "Rapat Pleno Terbuka", menit=30)
    url = berita.get_absolute_url()
    assert "Rapat Pleno Terbuka" not in client.get(DAFTAR).content.decode()
    assert client.get(url).status_code == 404
    assert "Rapat Pleno Terbuka" not in client.get(reverse("feed_berita")).content.decode()

    nanti = timezone.now() + dt.timedelta(minutes=31)
    monkeypatch.setattr(timezone, "now", lambda: nanti)  # time passes; no job runs

    assert "Rapat Pleno Terbuka" in client.get(DAFTAR).content.decode()
    assert client.get(url).status_code == 200
    assert "Rapat Pleno Terbuka" in client.get(reverse("feed_berita")).content.decode()
    assert "Rapat Pleno Terbuka" in client.get(reverse("portal:beranda")).content.decode()


def test_drafts_are_hidden_but_staff_can_preview_them(client, unit):
    draf = _berita(unit, "Draf Berita", status=Berita.Status.DRAF)
    assert client.get(draf.get_absolute_url()).status_code == 404
    pratinjau = reverse("portal:berita_pratinjau", args=[draf.pk])
    assert client.get(pratinjau).status_code == 302  # to the admin login
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    html = client.get(pratinjau).content.decode()
    assert "Pratinjau draf" in html and "Draf Berita" in html
    assert 'name="robots" content="noindex"' in html


def test_view_counter_counts_readers_not_reloads_or_bots(client, unit):
    berita = _berita(unit)
    url = berita.get_absolute_url()
    pembaca = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130"}
    html = client.get(url, **pembaca).content.decode()
    assert "Telah dilihat 1 kali" in html
    client.get(url, **pembaca)  # a reload within the hour
    client.get(url, HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)")
    client.get(url, HTTP_USER_AGENT="WhatsApp/2.23.20.0")
    berita.refresh_from_db()
    assert berita.dilihat == 1
    client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Firefox/132")  # another reader
    berita.refresh_from_db()
    assert berita.dilihat == 2


def test_article_has_indonesian_date_credits_share_links_and_open_graph(client, unit):
    berita = _berita(
        unit,
        terbit_pada=dt.datetime(2025, 11, 28, 9, 0, tzinfo=WIB),
        inisial="rhd/ed",
        kredit_foto="awh/KPU Kota Semarang",
        isi='Paragraf.\n\n<script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    )
    html = client.get(berita.get_absolute_url()).content.decode()
    assert "Jumat, 28 November 2025" in html
    assert "(rhd/ed)" in html
    assert "<script>alert" not in html and "javascript:alert" not in html
    for tujuan in ("wa.me", "facebook.com/sharer", "x.com/intent", "t.me/share", "mailto:"):
        assert tujuan in html
    assert '<meta property="og:title" content="Sosialisasi Pemilih Pemula">' in html
    assert '<meta property="og:type" content="article">' in html
    assert 'name="twitter:card"' in html


def test_cover_image_is_checked_and_renditions_are_made_once(client, unit):
    client.force_login(
        PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[EDITOR_BERITA])).user
    )
    tambah = reverse("admin:portal_berita_add")
    data = {
        "judul": "Simulasi Pemungutan Suara",
        "slug": "simulasi-pemungutan-suara",
        "lead": "Warga mencoba tata cara di TPS.",
        "isi": "Isi berita.",
        "kategori": KategoriBerita.objects.get(slug="kegiatan").pk,
        "unit_kerja": unit.pk,
        "status": "terbit",
        "terbit_pada_0": "2026-11-20",
        "terbit_pada_1": "10:00:00",
        "alt_gambar": "",
    }
    palsu = SimpleUploadedFile("foto.jpg", b"bukan gambar sama sekali", "image/jpeg")
    html = client.post(tambah, {**data, "gambar": palsu}).content.decode()
    assert "Unggah gambar yang valid" in html  # refused by its content, not its name
    html = client.post(
        tambah, {**data, "gambar": SimpleUploadedFile("foto.jpg", _jpeg(), "image/jpeg")}
    ).content.decode()
    assert "Tulis teks alternatif foto" in html
    data["alt_gambar"] = "Warga antre di depan bilik suara."
    response = client.post(
        tambah, {**data, "gambar": SimpleUploadedFile("foto.jpg", _jpeg(), "image/jpeg")}
    )
    assert response.status_code == 302
    berita = Berita.objects.get()
    assert (berita.kecil_lebar, berita.kecil_tinggi) == (480, 270)
    assert (berita.halaman_lebar, berita.halaman_tinggi) == (1200, 675)
    with Image.open(berita.gambar_sosial) as sosial:
        assert sosial.size == (1200, 630)
    html = client.get(berita.get_absolute_url()).content.decode()
    assert f'src="{berita.gambar_halaman.url}"' in html and 'width="1200"' in html
    assert f"http://testserver{berita.gambar_sosial.url}" in html  # og:image, absolute


def test_editors_cannot_touch_requests_or_the_catalogue(client):
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    assert client.get(reverse("admin:portal_berita_add")).status_code == 200
    assert client.get(reverse("admin:permohonan_permohonan_changelist")).status_code == 403
    assert client.get(reverse("admin:informasi_informasi_add")).status_code == 403
    assert client.get(reverse("admin:permohonan_keberatan_changelist")).status_code == 403


def test_feeds_parse_and_narrow_to_a_category(client, unit):
    _berita(unit, "Kegiatan Satu")
    _berita(unit, "Pengumuman Dua", kategori=KategoriBerita.objects.get(slug="pengumuman"))
    atom = ET.fromstring(client.get(reverse("feed_berita")).content)
    judul = [e.findtext(f"{ATOM}title") for e in atom.iter(f"{ATOM}entry")]
    assert set(judul) == {"Kegiatan Satu", "Pengumuman Dua"}
    rss = ET.fromstring(client.get(reverse("feed_berita_rss")).content)
    assert len(rss.findall("./channel/item")) == 2
    per_kategori = ET.fromstring(
        client.get(reverse("feed_berita_kategori", args=["pengumuman"])).content
    )
    assert [e.findtext(f"{ATOM}title") for e in per_kategori.iter(f"{ATOM}entry")] == [
        "Pengumuman Dua"
    ]
    per_kategori_rss = ET.fromstring(
        client.get(reverse("feed_berita_kategori_rss", args=["pengumuman"])).content
    )
    assert [i.findtext("title") for i in per_kategori_rss.iter("item")] == ["Pengumuman Dua"]
    # Each entry links to its article, with its publication date.
    (entri,) = per_kategori.iter(f"{ATOM}entry")
    berita = Berita.objects.get(judul="Pengumuman Dua")
    assert entri.find(f"{ATOM}link").get("href") == f"http://testserver{berita.get_absolute_url()}"
    assert entri.findtext(f"{ATOM}published").startswith(f"{berita.terbit_pada:%Y-%m-%d}"[:7])
    (item,) = per_kategori_rss.iter("item")
    assert item.findtext("link") == f"http://testserver{berita.get_absolute_url()}"
    assert item.findtext("pubDate") and item.findtext("category") == "Pengumuman"
    assert client.get(reverse("feed_berita_kategori", args=["tidak-ada"])).status_code == 404
    peta = client.get(reverse("sitemap_bagian", args=["berita"])).content.decode()
    assert "kegiatan-satu" in peta


def test_list_filters_by_category_month_tag_and_searches_in_indonesian(client, unit):
    # Three months back, on the 5th: another month than the newest item's.
    kini = timezone.localtime()
    bulan = kini.year * 12 + kini.month - 1 - 3
    lalu = dt.datetime(bulan // 12, bulan % 12 + 1, 5, 9, tzinfo=WIB)
    _berita(unit, "Rapat Koordinasi Data Pemilih", isi="Pemutakhiran daftar pemilih.")
    lama = _berita(
        unit,
        "Lomba Video Pendek",
        terbit_pada=lalu,
        kategori=KategoriBerita.objects.get(slug="pendidikan-pemilih"),
    )
    lama.tag.create(nama="politik uang", slug="politik-uang")

    def judul(**params):
        return [b.judul for b in client.get(DAFTAR, params).context["berita_list"]]

    assert judul(kategori="pendidikan-pemilih") == ["Lomba Video Pendek"]
    assert judul(bulan=f"{lalu:%Y-%m}") == ["Lomba Video Pendek"]
    assert judul(tag="politik-uang") == ["Lomba Video Pendek"]
    assert judul(q="pemutakhiran") == ["Rapat Koordinasi Data Pemilih"]
    assert judul(q="memutakhirkan") == ["Rapat Koordinasi Data Pemilih"]  # stemmed
    assert f"{DAFTAR}?bulan={lalu:%Y-%m}" in client.get(DAFTAR).content.decode()  # archive


def test_query_counts_are_fixed(client, unit, django_assert_max_num_queries, tanpa_cache_halaman):
    for n in range(15):
        berita = _berita(unit, f"Berita Nomor {n}")
        berita.tag.create(nama=f"tag {n}", slug=f"tag-{n}")
    # archive, count, page, site profile, pages, and the two option lists of the filter form
    with django_assert_max_num_queries(7):
        assert client.get(DAFTAR).status_code == 200
    saring = {"kategori": "kegiatan", "tag": "tag-3", "bulan": f"{timezone.localdate():%Y-%m}"}
    with django_assert_max_num_queries(8):  # + the chosen category
        assert client.get(DAFTAR, {**saring, "q": "berita"}).status_code == 200
    # item, counter (one statement), tags, Berita Lainnya, site profile, pages
    pembaca = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130"}
    with django_assert_max_num_queries(6):
        assert client.get(berita.get_absolute_url(), **pembaca).status_code == 200
    berita.refresh_from_db()
    assert berita.dilihat == 1  # the counting path was measured
    # serta-merta, catalogue, news, service figures, units, site profile, pages
    with django_assert_max_num_queries(7):
        assert client.get(reverse("portal:beranda")).status_code == 200


@pytest.mark.parametrize(
    ("format_", "ukuran", "pesan"),
    [
        ("GIF", (1600, 900), "Format foto harus JPEG, PNG, atau WebP"),
        ("PNG", (800, 450), "lebar minimal 1200 piksel"),
    ],
)
def test_only_large_enough_jpeg_png_or_webp_pictures_are_accepted(format_, ukuran, pesan):
    from django.core.exceptions import ValidationError

    from portal.gambar import periksa_gambar

    keluaran = BytesIO()
    Image.new("RGB", ukuran, "#7a0f12").save(keluaran, format_)
    berkas = SimpleUploadedFile(f"foto.{format_.lower()}", keluaran.getvalue())
    with pytest.raises(ValidationError, match=pesan):
        periksa_gambar(berkas)
    periksa_gambar(SimpleUploadedFile("foto.webp", _webp()))  # accepted


def _webp() -> bytes:
    keluaran = BytesIO()
    Image.new("RGB", (1400, 800), "#14532d").save(keluaran, "WEBP")
    return keluaran.getvalue()


def test_synthetic_data_for_the_benchmark_keeps_the_pages_working(
    client, unit, django_assert_max_num_queries, tanpa_cache_halaman
):
    from django.core.management import call_command

    call_command("berita_sintetis", count=40, verbosity=0)
    call_command("permohonan_sintetis", count=60, verbosity=0)
    call_command("berita_sintetis", count=40, verbosity=0)  # idempotent per label
    assert Berita.objects.tayang().count() == 40
    with django_assert_max_num_queries(8):
        assert client.get(DAFTAR, {"page": 2}).status_code == 200
    with django_assert_max_num_queries(8):
        response = client.get(reverse("permohonan:register"), {"page": 2})
    assert response.status_code == 200 and "Xa-" in response.content.decode()


def test_many_readers_do_not_evict_the_request_forms_rate_limits(unit):
    """Counted readers are not kept in the shared cache: filling the database cache (which
    culls its oldest keys when full) would reset the request forms' spam limits."""
    from django.test import RequestFactory

    from informasi.batas_laju import melebihi_batas
    from portal.views_berita import _hitung_dilihat

    berita = _berita(unit)
    melebihi_batas("uji", "10.0.0.9", batas=5, detik=3600)
    for n in range(400):  # more than the default cache's 300 entries
        request = RequestFactory().get("/", HTTP_USER_AGENT=f"Mozilla/5.0 Chrome/{n}")
        _hitung_dilihat(request, berita)
    berita.refresh_from_db()
    assert berita.dilihat == 400
    assert melebihi_batas("uji", "10.0.0.9", batas=1, detik=3600)  # 2nd use: still counted


def test_a_reader_counts_again_after_an_hour_and_old_readers_are_forgotten(
    client, unit, monkeypatch
):
    from portal.models import PembacaBerita

    berita = _berita(unit)
    url = berita.get_absolute_url()
    awal = timezone.now()
    for n, menit in enumerate((0, 59, 61, 62)):
        monkeypatch.setattr(
            timezone, "now", lambda menit=menit: awal + dt.timedelta(minutes=menit)
        )
        client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/132")
        if n == 0:
            client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Safari/18")  # another reader
    berita.refresh_from_db()
    assert berita.dilihat == 3  # Firefox at 0 and 61 min, Safari at 0 min
    # The Safari reader of more than an hour ago is forgotten; no address is stored.
    assert PembacaBerita.objects.filter(berita=berita).count() == 1
    assert "127.0.0.1" not in PembacaBerita.objects.get().pengunjung


def test_readers_of_items_no_longer_read_are_forgotten_too(client, unit):
    from portal.models import PembacaBerita

    lama, baru = _berita(unit, "Berita Lama"), _berita(unit, "Berita Baru")
    dua_jam_lalu = timezone.now() - dt.timedelta(hours=2)
    PembacaBerita.objects.bulk_create(
        PembacaBerita(berita=lama, pengunjung=f"{n:064x}", pada=dua_jam_lalu) for n in range(70)
    )
    client.get(baru.get_absolute_url(), HTTP_USER_AGENT="Mozilla/5.0 Firefox/132")
    assert PembacaBerita.objects.filter(berita=lama).count() == 20  # 50 per view
    client.get(baru.get_absolute_url(), HTTP_USER_AGENT="Mozilla/5.0 Safari/18")
    assert not PembacaBerita.objects.filter(berita=lama).exists()
    assert PembacaBerita.objects.filter(berita=baru).count() == 2


def test_view_counter_tells_readers_apart_behind_a_proxy(client, unit, settings):
    settings.DJANGO_BEHIND_PROXY = True
    berita = _berita(unit)
    url = berita.get_absolute_url()
    sama = {
        "HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130",
        "REMOTE_ADDR": "10.0.0.1",
    }
    client.get(url, HTTP_X_FORWARDED_FOR="36.80.1.1", **sama)
    client.get(url, HTTP_X_FORWARDED_FOR="36.80.1.1", **sama)  # reload
    client.get(url, HTTP_X_FORWARDED_FOR="114.4.2.2", **sama)  # another reader, same phone
    client.get(url, HTTP_X_FORWARDED_FOR="182.1.3.3", HTTP_SEC_PURPOSE="prefetch", **sama)
    client.head(url, HTTP_X_FORWARDED_FOR="182.1.3.4", **sama)
    crawler = "Mozilla/5.0 (compatible; Qwantify/2.4w; +https://www.qwant.com/)"
    client.get(url, HTTP_X_FORWARDED_FOR="182.1.3.5", HTTP_USER_AGENT=crawler)
    berita.refresh_from_db()
    assert berita.dilihat == 2


def test_article_address_follows_a_rescheduled_item_and_bad_months_are_404(client, unit):
    berita = _berita(unit, terbit_pada=dt.datetime(2025, 11, 28, 9, 0, tzinfo=WIB))
    lama = berita.get_absolute_url()
    assert lama == "/berita/2025/11/sosialisasi-pemilih-pemula/"
    berita.terbit_pada = dt.datetime(2025, 12, 2, 9, 0, tzinfo=WIB)
    berita.save()
    response = client.get(lama)
    assert response.status_code == 301
    assert response["Location"] == "/berita/2025/12/sosialisasi-pemilih-pemula/"
    assert client.get("/berita/2025/ab/sosialisasi-pemilih-pemula/").status_code == 404
    assert client.get("/berita/2025/13/sosialisasi-pemilih-pemula/").status_code == 404
    assert client.get("/berita/2025/12/tidak-ada/").status_code == 404


def test_open_graph_uses_the_canonical_address_and_names_site_section_and_tags(client, unit):
    from tests.factories import ProfilSitusFactory

    ProfilSitusFactory(nama_ppid="PPID KPU Kota Semarang")
    berita = _berita(unit)
    berita.tag.create(nama="pemilih pemula", slug="pemilih-pemula")
    html = " ".join(
        client.get(berita.get_absolute_url(), {"utm_source": "wa"}).content.decode().split()
    )
    kanonik = f"http://testserver{berita.get_absolute_url()}"
    assert f'<link rel="canonical" href="{kanonik}">' in html
    assert f'<meta property="og:url" content="{kanonik}">' in html
    assert '<meta property="og:site_name" content="PPID KPU Kota Semarang">' in html
    assert '<meta property="article:section" content="Kegiatan">' in html
    assert '<meta property="article:tag" content="pemilih pemula">' in html
    bagikan = html[html.index('<nav class="bagikan"') :]
    assert "sosialisasi-pemilih-pemula" in bagikan and "utm_source" not in bagikan
    assert '<meta name="twitter:card" content="summary">' in html  # no picture, small card


def test_month_archive_follows_local_time(client, unit):
    # 00:30 on 1 December in Jakarta is still 30 November in UTC.
    _berita(unit, "Awal Desember", terbit_pada=dt.datetime(2025, 12, 1, 0, 30, tzinfo=WIB))
    _berita(unit, "Akhir November", terbit_pada=dt.datetime(2025, 11, 30, 23, 30, tzinfo=WIB))

    def judul(bulan):
        return [b.judul for b in client.get(DAFTAR, {"bulan": bulan}).context["berita_list"]]

    assert judul("2025-12") == ["Awal Desember"]
    assert judul("2025-11") == ["Akhir November"]
    assert judul("2025-13") == [] and judul("Desember") == []
    html = client.get(DAFTAR, {"bulan": "Desember"}).content.decode()
    assert "Tulis bulan sebagai tahun-bulan, mis. 2025-11." in html


def test_category_list_offers_the_category_feeds(client, unit):
    html = client.get(DAFTAR, {"kategori": "pengumuman"}).content.decode()
    assert f'href="{reverse("feed_berita_kategori", args=["pengumuman"])}"' in html
    assert f'href="{reverse("feed_berita_kategori_rss", args=["pengumuman"])}"' in html
    assert (
        reverse("feed_berita_kategori", args=["kegiatan"])
        not in client.get(DAFTAR).content.decode()
    )


def test_editors_see_drafts_scheduled_and_published_items_apart_in_the_admin(client, unit):
    _berita(unit, "Sudah Terbit")
    _berita(unit, "Masih Terjadwal", menit=120)
    draf = _berita(unit, "Masih Draf", status=Berita.Status.DRAF)
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    daftar = reverse("admin:portal_berita_changelist")

    def judul(tayang):
        return {b.judul for b in client.get(daftar, {"tayang": tayang}).context["cl"].result_list}

    assert judul("draf") == {"Masih Draf"}
    assert judul("terjadwal") == {"Masih Terjadwal"}
    assert judul("terbit") == {"Sudah Terbit"}
    # "Lihat di situs" of a draft or scheduled item opens the preview, not a 404.
    html = client.get(reverse("admin:portal_berita_change", args=[draf.pk])).content.decode()
    pratinjau = reverse("portal:berita_pratinjau", args=[draf.pk])
    assert f'<a href="{pratinjau}" class="viewsitelink">' in html
    assert "Lihat seperti di situs" in html


def test_huge_pictures_are_refused_before_they_are_decoded():
    from django.core.exceptions import ValidationError

    from portal.gambar import periksa_gambar

    keluaran = BytesIO()
    Image.new("1", (9000, 7000)).save(keluaran, "PNG")  # 63 megapixels in a few kilobytes
    assert len(keluaran.getvalue()) < 100_000
    with pytest.raises(ValidationError, match="paling banyak 25 megapiksel"):
        periksa_gambar(SimpleUploadedFile("foto.png", keluaran.getvalue()))


def test_editors_cannot_touch_units_site_profile_or_pages(client):
    from tests.factories import ProfilSitusFactory

    profil = ProfilSitusFactory()
    unit = UnitKerjaFactory()
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    assert (
        client.get(reverse("admin:informasi_unitkerja_change", args=[unit.pk])).status_code == 200
    )
    assert client.post(
        reverse("admin:informasi_unitkerja_change", args=[unit.pk]), {"nama": "Diubah"}
    ).status_code == 403  # fmt: skip
    assert (
        client.get(reverse("admin:portal_profilsitus_change", args=[profil.pk])).status_code == 403
    )
    assert client.get(reverse("admin:portal_halaman_add")).status_code == 403
    assert client.get(reverse("admin:portal_kategoriberita_add")).status_code == 403


def test_an_office_lists_the_news_of_its_bureaus_and_lower_offices(client, pohon):
    biro = UnitKerjaFactory(slug="biro-logistik", nama="Biro Logistik", induk=pohon["ri"])
    biro.jenis = "biro"
    biro.save()
    _berita(biro, "Uji Kotak Suara")
    _berita(pohon["semarang"], "Kelas Demokrasi")
    _berita(pohon["dki"], "Cek DPT di Kelurahan")

    def judul(unit):
        return {b.judul for b in client.get(DAFTAR, {"unit": unit}).context["berita_list"]}

    assert judul("kpu-jateng") == {"Kelas Demokrasi"}
    assert judul("kpu-dki") == {"Cek DPT di Kelurahan"}
    assert judul("kpu-ri") == {"Uji Kotak Suara", "Kelas Demokrasi", "Cek DPT di Kelurahan"}
    response = client.get(DAFTAR, {"unit": "biro-logistik"})  # not an office: refused
    assert list(response.context["berita_list"]) == []
    assert "Masukkan pilihan yang valid" in response.content.decode()


def test_demo_news_covers_sections_and_units_with_placeholder_pictures_and_is_idempotent(
    settings,
):
    from django.core.management import call_command

    from portal.models import TagBerita

    settings.DEBUG = True  # demo_data refuses to run in production mode
    call_command("demo_data", verbosity=0)
    sebelum = (Berita.objects.count(), TagBerita.objects.count())
    call_command("demo_data", verbosity=0)
    assert (Berita.objects.count(), TagBerita.objects.count()) == sebelum

    tayang = Berita.objects.tayang()
    assert tayang.count() >= 36
    assert set(tayang.values_list("kategori__slug", flat=True)) == {
        slug for _nama, slug in KategoriBerita.AWAL
    }
    assert tayang.values("unit_kerja").distinct().count() >= 8
    assert Berita.objects.filter(status=Berita.Status.DRAF).count() == 1
    assert sum(b.terjadwal for b in Berita.objects.all()) == 1
    for berita in tayang:
        assert berita.alt_gambar and (berita.kecil_lebar, berita.kecil_tinggi) == (480, 270)
        with Image.open(berita.gambar_sosial) as sosial:
            assert sosial.size == (1200, 630)


def test_replaced_removed_and_deleted_pictures_leave_no_files(
    client, unit, settings, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    data = {
        "judul": "Rapat Pleno",
        "slug": "rapat-pleno",
        "lead": "Rapat terbuka.",
        "isi": "Isi.",
        "kategori": KategoriBerita.objects.get(slug="kegiatan").pk,
        "unit_kerja": unit.pk,
        "status": "terbit",
        "terbit_pada_0": "2026-11-20",
        "terbit_pada_1": "10:00:00",
        "alt_gambar": "Meja rapat pleno.",
    }

    def foto():
        return SimpleUploadedFile("IMG_20261120_101500.jpg", _jpeg(), "image/jpeg")

    def berkas():
        return sorted(
            str(p.relative_to(settings.MEDIA_ROOT)) for p in settings.MEDIA_ROOT.rglob("*.jpg")
        )

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:portal_berita_add"), {**data, "gambar": foto()})
    berita = Berita.objects.get()
    pertama = berkas()
    assert len(pertama) == 4 and "IMG_2026" not in " ".join(pertama)  # name not guessable
    ubah = reverse("admin:portal_berita_change", args=[berita.pk])

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(ubah, {**data, "gambar": foto()}).status_code == 302
    kedua = berkas()
    assert len(kedua) == 4 and not set(pertama) & set(kedua)  # the old four are gone

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(ubah, {**data, "gambar-clear": "on"}).status_code == 302
    assert berkas() == []
    berita.refresh_from_db()
    assert not berita.gambar_sosial and berita.kecil_lebar is None
    assert "<figure" not in client.get(berita.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(ubah, {**data, "gambar": foto()})
    assert len(berkas()) == 4
    hapus = reverse("admin:portal_berita_delete", args=[berita.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(hapus, {"post": "yes"}).status_code == 302
    assert berkas() == [] and not Berita.objects.exists()


def test_a_form_error_keeps_the_chosen_cover_picture(
    client, unit, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage

    client.force_login(
        PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[EDITOR_BERITA])).user
    )
    tambah = reverse("admin:portal_berita_add")
    data = {
        "judul": "Rapat Koordinasi Persiapan Pemungutan Suara Ulang di Tiga TPS Kecamatan Tugu",
        "slug": "rapat-koordinasi-psu",
        "isi": "KPU Kota Semarang menggelar rapat koordinasi.\n\nRapat diikuti PPK.",
        "kategori": KategoriBerita.objects.get(slug="berita-terkini").pk,
        "unit_kerja": unit.pk,
        "status": "terbit",
        "terbit_pada_0": "2026-11-20",
        "terbit_pada_1": "10:00:00",
        "alt_gambar": "",
    }
    response = client.post(
        tambah, {**data, "gambar": SimpleUploadedFile("IMG_2041.jpg", _jpeg(), "image/jpeg")}
    )
    html = response.content.decode()
    assert "Tulis teks alternatif foto" in html
    assert "Foto yang Anda pilih sudah diterima" in html
    tanda = response.context["adminform"].form.data["gambar_tersimpan"]
    (sementara,) = default_storage.listdir("sementara/berita")[1]

    data["alt_gambar"] = "Peserta rapat koordinasi di aula KPU Kota Semarang."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(tambah, {**data, "gambar_tersimpan": tanda})
    assert response.status_code == 302
    berita = Berita.objects.get()
    assert berita.gambar and berita.gambar_halaman  # saved, with its renditions
    assert "IMG_2041" not in berita.gambar.name
    assert not default_storage.exists(f"sementara/berita/{sementara}")  # the copy is gone


def test_a_forged_kept_picture_reference_is_ignored(client, unit):
    client.force_login(
        PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[EDITOR_BERITA])).user
    )
    data = {
        "judul": "Uji",
        "slug": "uji",
        "isi": "Isi.",
        "kategori": KategoriBerita.objects.get(slug="kegiatan").pk,
        "unit_kerja": unit.pk,
        "status": "draf",
        "terbit_pada_0": "2026-11-20",
        "terbit_pada_1": "10:00:00",
        "gambar_tersimpan": "sementara/berita/../../private/x.jpg:palsu",
    }
    assert client.post(reverse("admin:portal_berita_add"), data).status_code == 302
    assert not Berita.objects.get().gambar


def test_dateline_and_lead_read_like_the_original_articles(client, unit):
    berita = _berita(
        unit,
        judul="KPU Kota Semarang Gelar Rapat Pleno",
        lead="",
        isi="KPU Kota Semarang menggelar rapat pleno terbuka.\n\nRapat dihadiri Bawaslu.",
        dateline="Semarang, kota-semarang.kpu.go.id –",
        kredit_foto="Foto: awh/KPU Kota Semarang",
        inisial="rhd/ed",
    )
    html = client.get(berita.get_absolute_url()).content.decode()
    assert (
        '<p><strong class="dateline">Semarang, kota-semarang.kpu.go.id –</strong> '
        "KPU Kota Semarang menggelar rapat pleno terbuka.</p>"
    ) in html
    assert 'class="lead"' not in html  # no lead typed: the first paragraph is read once
    assert '<meta property="og:description" content="KPU Kota Semarang menggelar' in html
    assert "(rhd/ed)" in html
    assert "Foto: Foto:" not in html
    # A lead that merely repeats the first paragraph is not shown twice either.
    berita.lead = "KPU Kota Semarang menggelar rapat pleno terbuka."
    berita.save()
    assert 'class="lead"' not in client.get(berita.get_absolute_url()).content.decode()


@pytest.mark.parametrize("bulan", ["9999-12", "0000-01", "10000-01", "2026-13"])
def test_an_impossible_month_is_an_error_on_the_filter_not_a_500(client, unit, bulan):
    response = client.get(reverse("portal:berita"), {"bulan": bulan})
    assert response.status_code == 200
    assert "Tulis bulan sebagai tahun-bulan" in response.content.decode()


def test_feed_of_items_without_a_lead_takes_no_query_per_item(
    client, unit, django_assert_num_queries, tanpa_cache_halaman
):
    """Issue 15: the summary of an item without a lead comes from its body, read with the
    item (it was one query per item)."""
    for n in range(5):
        _berita(unit, f"Tanpa Lead {n}", lead="", isi=f"Paragraf pembuka {n}.\n\nLainnya.")
    with django_assert_num_queries(1):
        body = client.get(reverse("feed_berita")).content.decode()
    assert "Paragraf pembuka 3." in body
