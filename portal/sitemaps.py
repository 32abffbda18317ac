from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import Berita, Halaman


class HalamanSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Halaman.objects.terbit().only("slug", "diperbarui_pada")

    def lastmod(self, item):
        return item.diperbarui_pada


class StatisSitemap(Sitemap):
    """Fixed pages: home, the catalogue's lists, the news, the service statistics."""

    changefreq = "daily"

    def items(self):
        return ["portal:beranda", "informasi:daftar", "portal:berita", "statistik:statistik"]

    def location(self, item):
        return reverse(item)


class BeritaSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Berita.objects.tayang().only("slug", "terbit_pada", "diperbarui_pada")

    def lastmod(self, item):
        return item.diperbarui_pada
