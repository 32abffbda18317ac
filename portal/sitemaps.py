"""The sitemaps (`/sitemap.xml` and its parts, served by django.contrib.sitemaps' views).

The big sections (the catalogue, the news) are cut into parts by blocks of primary keys,
not by OFFSET: a part reads at most `limit` rows through a range of the primary key and the
index lists the parts with one query that probes the index once per block, so the cost of a
part — and of the index — does not grow with the number of entries (issue 15).
"""

from __future__ import annotations

import datetime
from functools import cached_property
from html import escape  # django.utils.html.escape's own, without its lazy wrapper

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models.functions import ExtractMonth, ExtractYear, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from portal.models import Berita, Halaman


class PaginatorBlok(Paginator):
    """Pages of a queryset by blocks of `per_page` consecutive primary keys: page n is the
    n-th block holding at least one row (so no part is empty), in primary key order.

    An entry stays in its block for good; page numbers shift only when a whole block
    becomes empty or fills again.
    """

    def __init__(self, object_list, per_page):
        super().__init__(object_list, per_page, allow_empty_first_page=True)

    @cached_property
    def blok(self) -> list[int]:
        """The numbers (pk // per_page) of the non-empty blocks, in one query: a recursive
        loose index scan (one index probe per block, PostgreSQL wiki "Loose indexscan")."""
        qs = self.object_list
        sql, params = qs.order_by().values("pk").query.sql_with_params()
        n = int(self.per_page)
        query = (
            f"WITH RECURSIVE blok(b) AS ("  # noqa: S608 (the SQL is Django's, no user input)
            f" SELECT (SELECT min(s.k) FROM ({sql}) s(k)) / {n}"
            f" UNION ALL"
            f" SELECT (SELECT min(s.k) FROM ({sql}) s(k) WHERE s.k >= (blok.b + 1) * {n})"
            f" / {n} FROM blok WHERE blok.b IS NOT NULL"
            f") SELECT b FROM blok WHERE b IS NOT NULL"
        )
        with connections[qs.db].cursor() as cursor:
            cursor.execute(query, (*params, *params))
            return [b for (b,) in cursor.fetchall()]

    @cached_property
    def num_pages(self) -> int:
        return max(len(self.blok), 1)

    @cached_property
    def count(self) -> int:
        # Only an upper bound (Django's sitemap views never read it; they use num_pages).
        return len(self.blok) * int(self.per_page)

    def page(self, number) -> Page:
        number = self.validate_number(number)
        if not self.blok:
            return self._get_page([], number, self)
        awal = self.blok[number - 1] * int(self.per_page)
        rows = self.object_list.filter(pk__gte=awal, pk__lt=awal + int(self.per_page))
        return self._get_page(list(rows.order_by("pk")), number, self)


def _tanggal(lastmod) -> str:
    """`lastmod` as django's sitemap.xml template writes it (`|date:"Y-m-d"`: a moment in
    the current time zone)."""
    if isinstance(lastmod, datetime.datetime):
        if timezone.is_aware(lastmod):
            lastmod = timezone.localtime(lastmod)
        return lastmod.date().isoformat()
    return lastmod.isoformat()


class SitemapRingkas(Sitemap):
    """A sitemap whose `<url>` elements are written here, once per item, with the same
    output as django's sitemap.xml template: `get_urls` gives the elements as SafeStrings
    and templates/sitemap_bagian.xml only joins them (the template engine's loop over a
    part's 2 000 entries cost more than all its queries)."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        hasil = []
        for url in urls:
            bagian = [f"<url><loc>{escape(url['location'])}</loc>"]
            if url["lastmod"]:
                bagian.append(f"<lastmod>{_tanggal(url['lastmod'])}</lastmod>")
            if url["changefreq"]:
                bagian.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
            if url["priority"]:
                bagian.append(f"<priority>{escape(url['priority'])}</priority>")
            bagian.append("</url>\n")
            hasil.append(SafeString("".join(bagian)))  # every value is escaped
        return hasil


class SitemapBlok(Sitemap):
    """A sitemap of a large queryset, parted by PaginatorBlok and written straight from
    value rows (no model instances, no template loop): `kolom` are the fields (or
    expressions) a row needs from row[3] on, `lokasi(row)` its path; row[0] is the pk,
    row[1] the lastmod (`kolom_lastmod`) and row[2] its date in the current time zone (as
    django's template writes it, `|date:"Y-m-d"`), computed by PostgreSQL.
    The section's lastmod in the index is read through an index on that field (one row)
    instead of Django's default loop over every item."""

    limit = 2000
    kolom_lastmod = "diperbarui_pada"
    kolom: tuple[str, ...] = ()

    @property
    def paginator(self):
        return PaginatorBlok(
            self.items().values_list(
                "pk", self.kolom_lastmod, TruncDate(self.kolom_lastmod), *self.kolom
            ),
            self.limit,
        )

    def lokasi(self, row) -> str:
        raise NotImplementedError

    def get_latest_lastmod(self):
        return (
            self.items()
            .order_by(f"-{self.kolom_lastmod}")
            .values_list(self.kolom_lastmod, flat=True)
            .first()
        )

    def _urls(self, page, protocol, domain):
        awal = f"{protocol}://{domain}"
        ekor = f"<changefreq>{escape(self.changefreq)}</changefreq></url>"
        rows = self.paginator.page(page).object_list
        if rows:
            self.latest_lastmod = max(row[1] for row in rows)
        # As SafeStrings: every value is escaped.
        return [
            SafeString(
                f"<url><loc>{escape(awal + self.lokasi(row))}</loc>"
                f"<lastmod>{row[2].isoformat()}</lastmod>{ekor}\n"
            )
            for row in rows
        ]


class HalamanSitemap(SitemapRingkas):
    changefreq = "monthly"

    def items(self):
        return Halaman.objects.terbit().only("slug", "diperbarui_pada")

    def lastmod(self, item):
        return item.diperbarui_pada


class StatisSitemap(SitemapRingkas):
    """Fixed pages: home, the catalogue's lists, the news, the service statistics."""

    changefreq = "daily"

    def items(self):
        return ["portal:beranda", "informasi:daftar", "portal:berita", "statistik:statistik"]

    def location(self, item):
        return reverse(item)


class BeritaSitemap(SitemapBlok):
    changefreq = "weekly"
    # The month of publication in local time, as Berita.get_absolute_url writes it.
    kolom = ("slug", ExtractYear("terbit_pada"), ExtractMonth("terbit_pada"))

    def items(self):
        return Berita.objects.tayang()

    def lokasi(self, row) -> str:
        if not hasattr(self, "_pola"):
            self._pola = reverse(
                "portal:berita_detail", kwargs={"tahun": 2000, "bulan": 1, "slug": "slug-contoh"}
            ).replace("2000/01/slug-contoh", "{}/{:02d}/{}")
        return self._pola.format(row[4], row[5], row[3])
