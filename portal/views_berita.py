"""News and activity pages (berita): list with filters and search, article, staff preview."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.db.models import Count, F
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import ListView

from portal.filters import BeritaFilter
from portal.models import Berita

PER_HALAMAN = 12
# Crawlers, link previewers and monitors do not count as readers.
_BOT = re.compile(
    r"bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|curl|wget|python|"
    r"monitor|headless",
    re.IGNORECASE,
)
_JEDA_DETIK = 3600  # a reload by the same visitor within an hour is not a new view


class BeritaListView(ListView):
    """Newest first. Template `portal/berita_list.html`; context: `berita_list`, `filter`,
    `arsip` (the last 12 months with items, for the month archive), `page_obj`."""

    template_name = "portal/berita_list.html"
    context_object_name = "berita_list"
    paginate_by = PER_HALAMAN

    def get_queryset(self):
        self.filterset = BeritaFilter(
            self.request.GET,
            queryset=Berita.objects.tayang().select_related("kategori", "unit_kerja").defer("isi"),
        )
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs,
            filter=self.filterset,
            arsip=list(
                # The last 12 months only: an index range, not a scan of every item.
                Berita.objects.tayang()
                .filter(terbit_pada__gte=_awal_arsip())
                .annotate(bulan=TruncMonth("terbit_pada"))
                .values("bulan")
                .annotate(jumlah=Count("id"))
                .order_by("-bulan")[:12]
            ),
        )


def _awal_arsip():
    """The first day of the month eleven months ago, local time."""
    hari_ini = timezone.localdate()
    bulan = hari_ini.year * 12 + hari_ini.month - 1 - 11
    return datetime(bulan // 12, bulan % 12 + 1, 1, tzinfo=timezone.get_current_timezone())


def _hitung_dilihat(request, berita: Berita) -> None:
    """One atomic increment per reader per hour; obvious bots are not counted."""
    agen = request.headers.get("User-Agent", "")
    if not agen or _BOT.search(agen):
        return
    pengunjung = hashlib.sha256(
        f"{berita.pk}|{request.META.get('REMOTE_ADDR', '')}|{agen}".encode()
    ).hexdigest()
    if cache.add(f"berita-dilihat:{pengunjung}", 1, _JEDA_DETIK):
        Berita.objects.filter(pk=berita.pk).update(dilihat=F("dilihat") + 1)
        berita.dilihat += 1


def _lainnya(berita: Berita) -> list[Berita]:
    return list(
        Berita.objects.tayang()
        .filter(kategori_id=berita.kategori_id)
        .exclude(pk=berita.pk)
        .select_related("kategori")
        .only("judul", "slug", "terbit_pada", "kategori__nama", "gambar_kecil", "kecil_lebar",
              "kecil_tinggi", "alt_gambar")[:4]
    )  # fmt: skip


def berita_detail(request, tahun: int, bulan: str, slug: str):
    """An article. Template `portal/berita_detail.html`; context: `berita`, `lainnya`."""
    berita = get_object_or_404(
        Berita.objects.tayang().select_related("kategori", "unit_kerja"),
        slug=slug,
        terbit_pada__year=tahun,
        terbit_pada__month=int(bulan),
    )
    _hitung_dilihat(request, berita)
    return render(
        request,
        "portal/berita_detail.html",
        {
            "berita": berita,
            "tag_list": list(berita.tag.all()),
            "lainnya": _lainnya(berita),
            "crumbs": [(_("Berita"), reverse("portal:berita"))],
        },
    )


@staff_member_required
def berita_pratinjau(request, pk: int):
    """A draft or scheduled item exactly as it will look, for staff only (not counted)."""
    berita = get_object_or_404(Berita.objects.select_related("kategori", "unit_kerja"), pk=pk)
    return render(
        request,
        "portal/berita_detail.html",
        {
            "berita": berita,
            "tag_list": list(berita.tag.all()),
            "lainnya": _lainnya(berita),
            "pratinjau": True,
            "crumbs": [(_("Berita"), reverse("portal:berita"))],
        },
    )
