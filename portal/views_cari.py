"""One search over the whole site (DESIGN.md "Pages": `/cari/`): published catalogue
entries, news and static pages, grouped by kind, each group linking to its own full,
paginated search."""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import F, Prefetch
from django.shortcuts import render
from django.urls import reverse

from informasi.models import Dokumen, Informasi
from informasi.pencarian import bersihkan_kata, cari
from portal.filters import cari_berita
from portal.models import Berita, Halaman

PER_JENIS = 5


def cari_semua(request):
    """Template `portal/cari.html`; context: `q`, `informasi`, `berita`, `halaman` (at most
    five of each, best first), `url_informasi` and `url_berita` (the full searches)."""
    q = bersihkan_kata(request.GET.get("q", ""))
    context = {"q": q}
    if q:
        informasi = list(
            cari(Informasi.objects.publik(), q)
            .select_related("unit_kerja")
            .prefetch_related(
                Prefetch(
                    "dokumen",
                    queryset=Dokumen.objects.filter(digantikan_oleh__isnull=True).only(
                        "informasi_id", "format"
                    ),
                )
            )
            .order_by("-peringkat", "-diterbitkan_pada")[:PER_JENIS]
        )
        query = SearchQuery(q, config="indonesian", search_type="websearch")
        vektor_halaman = SearchVector("judul", weight="A", config="indonesian") + SearchVector(
            "ringkasan", "isi", weight="B", config="indonesian"
        )
        context.update(
            informasi=informasi,
            berita=list(
                cari_berita(Berita.objects.tayang().select_related("kategori"), q)[:PER_JENIS]
            ),
            halaman=list(
                Halaman.objects.terbit()
                .annotate(vektor_halaman=vektor_halaman)
                .filter(vektor_halaman=query)
                .annotate(peringkat=SearchRank(F("vektor_halaman"), query))
                .order_by("-peringkat")[:PER_JENIS]
            ),
            url_informasi=reverse("informasi:daftar") + "?" + request.GET.urlencode(),
            url_berita=reverse("portal:berita") + "?" + request.GET.urlencode(),
        )
    return render(request, "portal/cari.html", context)
