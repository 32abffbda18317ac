from django.urls import reverse

from informasi.models import Informasi
from portal.sitemaps import SitemapBlok


class InformasiSitemap(SitemapBlok):
    changefreq = "monthly"
    kolom = ("slug",)

    def items(self):
        return Informasi.objects.publik()

    def lokasi(self, row) -> str:
        # Informasi.get_absolute_url, one reverse() per part (only the slug varies).
        if not hasattr(self, "_pola"):
            self._pola = reverse("informasi:detail", kwargs={"slug": "slug-contoh"})
        return self._pola.replace("slug-contoh", row[3], 1)
