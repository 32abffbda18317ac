from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from informasi.models import Informasi


class InformasiTerbaruFeed(Feed):
    """Atom feed of newly published catalogue entries."""

    feed_type = Atom1Feed
    title = _("Informasi publik terbaru")
    subtitle = _("Entri baru Daftar Informasi Publik")
    link = reverse_lazy("informasi:daftar")

    def items(self):
        return Informasi.objects.publik().select_related("unit_kerja")[:30]

    def item_title(self, item):
        return item.judul

    def item_description(self, item):
        return item.ringkasan

    def item_pubdate(self, item):
        return item.diterbitkan_pada

    def item_updateddate(self, item):
        return item.diperbarui_pada

    def item_author_name(self, item):
        return item.unit_kerja.nama

    def item_categories(self, item):
        return [item.get_kategori_display()]
