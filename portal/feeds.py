"""RSS and Atom feeds of the news, of all items and per category."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.models import Berita, KategoriBerita


class BeritaRssFeed(Feed):
    """Latest 30 published items; /feed/berita/<kategori>/ narrows to one category."""

    def get_object(self, request, kategori=None):
        return get_object_or_404(KategoriBerita, slug=kategori) if kategori else None

    def title(self, obj):
        return _("Berita: %(kategori)s") % {"kategori": obj.nama} if obj else _("Berita")

    def link(self, obj):
        url = reverse("portal:berita")
        return f"{url}?kategori={obj.slug}" if obj else url

    def description(self, obj):
        return _("Berita dan kegiatan terbaru")

    def items(self, obj):
        # Not deferring `isi`: an item without a lead is summarised from its body
        # (Berita.ringkasan), which would be one more query per item.
        berita = Berita.objects.tayang().select_related("kategori", "unit_kerja")
        if obj:
            berita = berita.filter(kategori=obj)
        return berita[:30]

    def item_title(self, item):
        return item.judul

    def item_description(self, item):
        return item.ringkasan

    def item_pubdate(self, item):
        return item.terbit_pada

    def item_updateddate(self, item):
        return item.diperbarui_pada

    def item_author_name(self, item):
        return item.unit_kerja.nama

    def item_categories(self, item):
        return [item.kategori.nama]


class BeritaAtomFeed(BeritaRssFeed):
    feed_type = Atom1Feed
    subtitle = BeritaRssFeed.description
