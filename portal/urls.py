from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, register_converter

from informasi.feeds import InformasiTerbaruFeed
from informasi.sitemaps import InformasiSitemap
from permohonan.views import uji_konsekuensi
from portal import masuk, views, views_berita, views_cari
from portal.cache_halaman import tersimpan
from portal.feeds import BeritaAtomFeed, BeritaRssFeed
from portal.sitemaps import BeritaSitemap, HalamanSitemap, StatisSitemap


class BulanConverter:
    """A month in a news address: two digits, 01–12 (anything else is a 404, not an error)."""

    regex = "0[1-9]|1[0-2]"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return f"{int(value):02d}"


register_converter(BulanConverter, "bulan")

# Pages stored for anonymous visitors (portal/cache_halaman.py), by the data they show: the
# site's chrome and unit names are "portal" and "informasi" on every page.
situs = tersimpan("informasi", "portal")
situs_permohonan = tersimpan("informasi", "permohonan", "portal")

situs_patterns = [
    path("", situs_permohonan(views.BerandaView.as_view()), name="beranda"),
    path("berita/", situs(views_berita.BeritaListView.as_view()), name="berita"),
    path(
        "berita/<int:tahun>/<bulan:bulan>/<slug:slug>/",
        tersimpan("informasi", "portal", saat_hit=views_berita.dilihat_dari_cache)(
            views_berita.berita_detail
        ),
        name="berita_detail",
    ),
    path("berita/pratinjau/<int:pk>/", views_berita.berita_pratinjau, name="berita_pratinjau"),
    path("halaman/<slug:slug>/", situs(views.HalamanDetailView.as_view()), name="halaman"),
    path("cari/", situs(views_cari.cari_semua), name="cari"),
]

sitemaps = {
    "statis": StatisSitemap,
    "halaman": HalamanSitemap,
    "informasi": InformasiSitemap,
    "berita": BeritaSitemap,
}

urlpatterns = [
    path("", include((situs_patterns, "portal"))),
    # The DIK is served by permohonan, where consequence tests live (DESIGN.md "Pages").
    path(
        "informasi/dikecualikan/",
        situs_permohonan(uji_konsekuensi.DikView.as_view()),
        name="dik",
    ),
    path(
        "informasi/dikecualikan/<int:pk>/",
        situs_permohonan(uji_konsekuensi.lembar_uji),
        name="dik_lembar",
    ),
    path("informasi/", include("informasi.urls")),
    path("keberatan/", include("permohonan.urls_keberatan")),
    path("permohonan/", include("permohonan.urls")),
    path("statistik/", include("permohonan.urls_statistik")),
    path("survei/", include("permohonan.urls_survei")),
    path("feed/informasi/", situs(InformasiTerbaruFeed()), name="feed_informasi"),
    path("feed/berita/", situs(BeritaAtomFeed()), name="feed_berita"),
    path("feed/berita/rss/", situs(BeritaRssFeed()), name="feed_berita_rss"),
    path("feed/berita/<slug:kategori>/", situs(BeritaAtomFeed()), name="feed_berita_kategori"),
    path(
        "feed/berita/<slug:kategori>/rss/", situs(BeritaRssFeed()), name="feed_berita_kategori_rss"
    ),
    path(
        "sitemap.xml",
        situs(sitemap_views.index),
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_bagian"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        situs(sitemap_views.sitemap),
        {"sitemaps": sitemaps, "template_name": "sitemap_bagian.xml"},
        name="sitemap_bagian",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("healthz/pekerja", views.healthz_pekerja, name="healthz_pekerja"),
    path("media/<path:path>", views.media_publik, name="media"),
    # Browsers ask for /favicon.ico on pages without an icon link (the admin).
    path("favicon.ico", views.favicon),
    path("bahasa/<str:kode>/", views.pilih_bahasa, name="bahasa"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/keamanan/dua-langkah/", masuk.atur_2fa, name="atur_2fa"),
    path("admin/", admin.site.urls),
]

# The 500 page, except for an absent database or a full disk (portal.middleware).
handler500 = "portal.views.galat_server"

if settings.PORTAL_BENCH_HALO:
    urlpatterns.append(path("bench/halo", views.halo))
