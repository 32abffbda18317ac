"""News and activity pages (berita): list with filters and search, article, staff preview."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.views.generic import ListView

from informasi.batas_laju import ip_klien
from portal.filters import BeritaFilter
from portal.models import Berita
from portal.tertunda import HitunganTertunda

PER_HALAMAN = 12
# Crawlers, link previewers and monitors do not count as readers; a web address in the user
# agent is the mark of a crawler ("+http://www.google.com/bot.html"), never of a browser.
_BOT = re.compile(
    r"bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|curl|wget|python|"
    r"monitor|headless|lighthouse|https?://",
    re.IGNORECASE,
)
_JEDA_DETIK = 3600  # a reload by the same visitor within an hour is not a new view


class BeritaListView(ListView):
    """Newest first. Template `portal/berita_list.html`; context: `berita_list`, `filter`,
    `kategori` (the chosen category or None), `arsip` (the last 12 months with items, for
    the month archive), `page_obj`."""

    template_name = "portal/berita_list.html"
    context_object_name = "berita_list"
    paginate_by = PER_HALAMAN

    def get_queryset(self):
        self.filterset = BeritaFilter(
            self.request.GET,
            queryset=Berita.objects.tayang().select_related("kategori", "unit_kerja").defer("isi"),
        )
        # An unknown category or unit shows nothing (with the field's error), not everything.
        return self.filterset.qs if self.filterset.is_valid() else Berita.objects.none()

    def get_context_data(self, **kwargs):
        form = self.filterset.form
        return super().get_context_data(
            **kwargs,
            filter=self.filterset,
            # The chosen category (already read by the filter), for its own feed links.
            kategori=form.cleaned_data.get("kategori") if self.filterset.is_valid() else None,
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


# One statement, so the check and the increment are atomic and cost one round trip:
# - forget up to 50 readers (of any item) counted more than an hour ago — more than each view
#   can add, so the table stays about the size of the last hour's readers, with no job;
#   rows another request is already deleting are skipped, not waited for;
# - record this reader, unless they were counted within the hour;
# - add one to the counter only when they were recorded.
_SQL_DILIHAT = """
WITH lama AS (
    DELETE FROM portal_pembacaberita WHERE id IN (
        SELECT id FROM portal_pembacaberita
        WHERE pada < %(batas)s AND NOT (berita_id = %(berita)s AND pengunjung = %(pengunjung)s)
        ORDER BY pada LIMIT 50 FOR UPDATE SKIP LOCKED
    )
), baru AS (
    INSERT INTO portal_pembacaberita (berita_id, pengunjung, pada)
    VALUES (%(berita)s, %(pengunjung)s, %(sekarang)s)
    ON CONFLICT (berita_id, pengunjung) DO UPDATE SET pada = EXCLUDED.pada
        WHERE portal_pembacaberita.pada < %(batas)s
    RETURNING berita_id
)
UPDATE portal_berita SET dilihat = dilihat + 1
WHERE id IN (SELECT berita_id FROM baru)
RETURNING dilihat
"""


def _pembaca(request) -> str | None:
    """A reader is a keyed hash (HMAC with the secret key) of the client address and user
    agent: the same on every app server, and not reversible to an address. Obvious bots,
    browser prefetches and HEAD requests are not readers (None)."""
    agen = request.headers.get("User-Agent", "")
    if request.method != "GET" or not agen or _BOT.search(agen):
        return None
    if "prefetch" in request.headers.get("Sec-Purpose", request.headers.get("Purpose", "")):
        return None
    return salted_hmac("portal.berita.dilihat", f"{ip_klien(request)}|{agen}").hexdigest()


def _hitung_dilihat(request, berita: Berita) -> None:
    """One atomic increment per reader per hour."""
    pengunjung = _pembaca(request)
    if pengunjung is None:
        return
    sekarang = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            _SQL_DILIHAT,
            {
                "berita": berita.pk,
                "pengunjung": pengunjung,
                "sekarang": sekarang,
                "batas": sekarang - timedelta(seconds=_JEDA_DETIK),
            },
        )
        baris = cursor.fetchone()
    if baris:
        berita.dilihat = baris[0]


# The same for the readers of stored articles of the last seconds (portal/tertunda.py), in
# one statement: each (item, reader) pair once, counted when not counted within the hour.
_SQL_DILIHAT_BANYAK = """
WITH data AS (
    SELECT * FROM unnest(%(berita)s::bigint[], %(pengunjung)s::text[]) AS d(berita_id, pengunjung)
), lama AS (
    DELETE FROM portal_pembacaberita WHERE id IN (
        SELECT id FROM portal_pembacaberita
        WHERE pada < %(batas)s
          AND (berita_id, pengunjung) NOT IN (SELECT berita_id, pengunjung FROM data)
        ORDER BY pada LIMIT %(hapus)s FOR UPDATE SKIP LOCKED
    )
), baru AS (
    INSERT INTO portal_pembacaberita (berita_id, pengunjung, pada)
    SELECT berita_id, pengunjung, %(sekarang)s FROM data
    ON CONFLICT (berita_id, pengunjung) DO UPDATE SET pada = EXCLUDED.pada
        WHERE portal_pembacaberita.pada < %(batas)s
    RETURNING berita_id
)
UPDATE portal_berita AS b SET dilihat = b.dilihat + c.n
FROM (SELECT berita_id, count(*) AS n FROM baru GROUP BY berita_id) AS c
WHERE b.id = c.berita_id
"""


def _tulis_pembaca(pasangan) -> None:
    sekarang = timezone.now()
    berita, pengunjung = zip(*pasangan, strict=True)
    with connection.cursor() as cursor:
        cursor.execute(
            _SQL_DILIHAT_BANYAK,
            {
                "berita": list(berita),
                "pengunjung": list(pengunjung),
                "sekarang": sekarang,
                "batas": sekarang - timedelta(seconds=_JEDA_DETIK),
                "hapus": 50 * len(pasangan),
            },
        )


pembaca_tertunda = HitunganTertunda(_tulis_pembaca)


def dilihat_dari_cache(request, data: dict) -> None:
    """A stored article was served (portal/cache_halaman.py): the reader still counts,
    with the other readers of the last seconds."""
    pengunjung = _pembaca(request)
    if pengunjung is not None:
        pembaca_tertunda.tambah((data["pk"], pengunjung))


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
    """An article. Template `portal/berita_detail.html`; context: `berita`, `tag_list`,
    `lainnya` (Berita Lainnya), `url_kanonik`.

    The slug alone finds the item; when its date in the address is not the publication
    month (the item was rescheduled after its link was shared), the reader is redirected."""
    berita = get_object_or_404(
        Berita.objects.tayang().select_related("kategori", "unit_kerja"), slug=slug
    )
    if request.path != berita.get_absolute_url():
        return redirect(berita, permanent=True)
    _hitung_dilihat(request, berita)
    request.halaman_data = {"pk": berita.pk}  # counted again on cached views
    return render(request, "portal/berita_detail.html", _konteks(request, berita))


def _konteks(request, berita: Berita) -> dict:
    return {
        "berita": berita,
        "tag_list": list(berita.tag.all()),
        "lainnya": _lainnya(berita),
        "url_kanonik": request.build_absolute_uri(berita.get_absolute_url()),
        "crumbs": [(_("Berita"), reverse("portal:berita"))],
    }


@staff_member_required
def berita_pratinjau(request, pk: int):
    """A draft or scheduled item exactly as it will look, for staff only (not counted)."""
    berita = get_object_or_404(Berita.objects.select_related("kategori", "unit_kerja"), pk=pk)
    return render(
        request, "portal/berita_detail.html", {**_konteks(request, berita), "pratinjau": True}
    )
