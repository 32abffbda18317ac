"""Indonesian full-text search over the catalogue (PostgreSQL).

The search vector of an entry combines its title (weight A), summary (B), topics and document
titles (C) under the `indonesian` text-search configuration, with accents removed. Because it
spans related rows it is kept by `perbarui_vektor()`, called by the admin and the commands
after they change an entry, its topics or its documents.

A query matches entries whose vector matches the words (stemmed: "memohon" ~ "permohonan"),
or whose title is similar word by word (pg_trgm), so a typo still finds the title
("permohonnan" → "permohonan").
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection
from django.db.models import F, FloatField, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

KONFIGURASI = "indonesian"
# Markers unlikely in text, replaced by <mark> after escaping (ts_headline does not escape).
_AWAL, _AKHIR = "\x02", "\x03"

_SQL_VEKTOR = """
UPDATE informasi_informasi AS i SET vektor_pencarian =
    setweight(to_tsvector('indonesian', unaccent(i.judul)), 'A')
 || setweight(to_tsvector('indonesian', unaccent(i.ringkasan)), 'B')
 || setweight(to_tsvector('indonesian', unaccent(coalesce((
        SELECT string_agg(t.nama, ' ') FROM informasi_informasi_topik it
        JOIN informasi_topik t ON t.id = it.topik_id WHERE it.informasi_id = i.id), ''))), 'C')
 || setweight(to_tsvector('indonesian', unaccent(coalesce((
        SELECT string_agg(d.judul, ' ') FROM informasi_dokumen d
        WHERE d.informasi_id = i.id AND d.digantikan_oleh_id IS NULL), ''))), 'C')
WHERE i.id = ANY(%s)
"""


def perbarui_vektor(ids: Iterable[int]) -> None:
    ids = list(ids)
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(_SQL_VEKTOR, [ids])


class _Unaccent(Func):
    function = "unaccent"
    output_field = TextField()


def bersihkan_kata(kata: str) -> str:
    """Search words as typed, made safe to search: control characters (a NUL byte cannot be
    sent to PostgreSQL) dropped, spaces folded, at most 200 characters."""
    return " ".join("".join(c for c in kata if c.isprintable() or c.isspace()).split())[:200]


def cari(queryset: QuerySet, kata: str) -> QuerySet:
    """Entries matching `kata`, annotated with `peringkat` (best first) and `cuplikan`."""
    kata = bersihkan_kata(kata)
    query = SearchQuery(_Unaccent(Value(kata)), config=KONFIGURASI, search_type="websearch")
    return queryset.annotate(
        peringkat=(
            Coalesce(SearchRank(F("vektor_pencarian"), query), 0.0, output_field=FloatField())
            + TrigramWordSimilarity(Value(kata), "judul")
        ),
        cuplikan_mentah=Func(
            Value(KONFIGURASI),
            F("ringkasan"),
            query,
            Value(
                f"StartSel={_AWAL}, StopSel={_AKHIR}, MaxWords=35, MinWords=15, "
                'MaxFragments=2, FragmentDelimiter=" … "'
            ),
            function="ts_headline",
            output_field=TextField(),
        ),
    ).filter(Q(vektor_pencarian=query) | Q(judul__trigram_word_similar=kata))


def sorot(teks: str) -> SafeString:
    """ts_headline output → HTML: everything escaped, matches wrapped in <mark>."""
    html = escape(teks or "").replace(_AWAL, "<mark>").replace(_AKHIR, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own markers become tags
