from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, register_converter

from informasi.feeds import InformasiTerbaruFeed
from informasi.sitemaps import InformasiSitemap
from permohonan.views import uji_konsekuensi
from portal import masuk, views, views_berita, views_cari
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

situs_patterns = [
    path("", views.BerandaView.as_view(), name="beranda"),
    path("berita/", views_berita.BeritaListView.as_view(), name="berita"),
    path(
        "berita/<int:tahun>/<bulan:bulan>/<slug:slug>/",
        views_berita.berita_detail,
        name="berita_detail",
    ),
    path("berita/pratinjau/<int:pk>/", views_berita.berita_pratinjau, name="berita_pratinjau"),
    path("halaman/<slug:slug>/", views.HalamanDetailView.as_view(), name="halaman"),
    path("cari/", views_cari.cari_semua, name="cari"),
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
    path("informasi/dikecualikan/", uji_konsekuensi.DikView.as_view(), name="dik"),
    path("informasi/dikecualikan/<int:pk>/", uji_konsekuensi.lembar_uji, name="dik_lembar"),
    path("informasi/", include("informasi.urls")),
    path("keberatan/", include("permohonan.urls_keberatan")),
    path("permohonan/", include("permohonan.urls")),
    path("statistik/", include("permohonan.urls_statistik")),
    path("survei/", include("permohonan.urls_survei")),
    path("feed/informasi/", InformasiTerbaruFeed(), name="feed_informasi"),
    path("feed/berita/", BeritaAtomFeed(), name="feed_berita"),
    path("feed/berita/rss/", BeritaRssFeed(), name="feed_berita_rss"),
    path("feed/berita/<slug:kategori>/", BeritaAtomFeed(), name="feed_berita_kategori"),
    path("feed/berita/<slug:kategori>/rss/", BeritaRssFeed(), name="feed_berita_kategori_rss"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_bagian"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps, "template_name": "sitemap_bagian.xml"},
        name="sitemap_bagian",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("healthz/pekerja", views.healthz_pekerja, name="healthz_pekerja"),
    path("media/<path:path>", views.media_publik, name="media"),
    # Browsers ask for /favicon.ico on pages without an icon link (the admin).
    path("favicon.ico", views.favicon),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/keamanan/dua-langkah/", masuk.atur_2fa, name="atur_2fa"),
    path("admin/", admin.site.urls),
]

# The 500 page, except for an absent database or a full disk (portal.middleware).
handler500 = "portal.views.galat_server"
