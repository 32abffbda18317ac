from django.contrib.sitemaps import Sitemap

from informasi.models import Informasi


class InformasiSitemap(Sitemap):
    changefreq = "monthly"
    limit = 10000

    def items(self):
        return Informasi.objects.publik().only("slug", "diperbarui_pada").order_by("id")

    def lastmod(self, item):
        return item.diperbarui_pada
