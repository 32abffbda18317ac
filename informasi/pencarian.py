"""Indonesian full-text search over the catalogue (PostgreSQL).

The search vector of an entry combines its title (weight A), summary (B), topics and document
titles (C) under the `indonesian` text-search configuration, with accents removed. Because it
spans related rows it is kept by `perbarui_vektor()`, called by the admin and the commands
after they change an entry, its topics or its documents.

A query matches entries whose vector matches the words (stemmed: "memohon" ~ "permohonan").
When those are few, each word is also corrected against the words of the titles (pg_trgm
similarity over KataJudul, a vocabulary of a few thousand words) and titles with the
corrected words match too, so a typo still finds the title ("permohonnan" → "permohonan").
Ranking adds the title's word similarity (pg_trgm) to ts_rank.

A search ranks a bounded set of candidates, never every match, so its cost does not grow
with the catalogue (issue 15): PENCARIAN_KANDIDAT + 1 at most — entries whose title matches
(newest first), then entries matching elsewhere (newest first), then, only when those are
few, titles with the corrected words (the typo case). Each part is a LIMIT an index can
deliver (the title or search vector's GIN index, or the publication-date index read in
order); only the candidates are ranked, counted and split into facets. More candidates than
PENCARIAN_KANDIDAT means "more than that many" matches (`lebih_dari_batas`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func, QuerySet, TextField, Value
from django.db.models.expressions import RawSQL
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
# The words of the titles, for correcting a mistyped search word (informasi.models.KataJudul).
_SQL_KATA_JUDUL = """
INSERT INTO informasi_katajudul (kata)
SELECT DISTINCT kata FROM informasi_informasi,
    regexp_split_to_table(lower(judul), '[^[:alnum:]]+') AS kata
WHERE id = ANY(%s) AND length(kata) BETWEEN 3 AND 100 AND kata !~ '^[0-9]+$'
ON CONFLICT DO NOTHING
"""


def perbarui_vektor(ids: Iterable[int]) -> None:
    ids = list(ids)
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(_SQL_VEKTOR, [ids])
            cursor.execute(_SQL_KATA_JUDUL, [ids])


# Letters unaccent() rewrites that Unicode does not decompose into a letter and a mark.
_HURUF_LAIN = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ı": "i"}
)  # fmt: skip


def tanpa_aksen(teks: str) -> str:
    """The search words without accents, as PostgreSQL's unaccent() writes the vectors
    ("café" → "cafe"). Done here rather than in SQL: unaccent() is not IMMUTABLE, so
    `websearch_to_tsquery(…, unaccent(…))` would be computed again for every row a scan
    checks and the planner could not estimate how many rows match; a constant query is
    computed once, while planning."""
    teks = unicodedata.normalize("NFKD", teks.translate(_HURUF_LAIN))
    return "".join(c for c in teks if not unicodedata.combining(c))


def bersihkan_kata(kata: str) -> str:
    """Search words as typed, made safe to search: control characters (a NUL byte cannot be
    sent to PostgreSQL) dropped, spaces folded, at most 200 characters."""
    return " ".join("".join(c for c in kata if c.isprintable() or c.isspace()).split())[:200]


def lebih_dari_batas(jumlah: int) -> bool:
    """Whether a search's candidate count means there are more matches than were ranked."""
    return jumlah > settings.PENCARIAN_KANDIDAT


def _sql_kandidat(queryset: QuerySet, kata: str, query: SearchQuery, batas: int):
    """The candidates' ids: SQL and parameters (EmptyResultSet when nothing can match).

    At most `batas` + 1 rows, in this order: titles matching the words (newest first), then
    entries matching them elsewhere (newest first), then — only when those are at most
    `batas` — titles with the words corrected against KataJudul. Each part reads at most
    `batas` + 1 rows through an index; `batas` + 1 rows in all means there are more matches
    than `batas`.
    """
    dasar = queryset.order_by().values("id", "diterbitkan_pada")
    terbaru = ("-diterbitkan_pada", "-id")
    judul = dasar.filter(vektor_judul=query).order_by(*terbaru)[: batas + 1]
    isi = (
        dasar.filter(vektor_pencarian=query)
        .exclude(vektor_judul=query)
        .order_by(*terbaru)[: batas + 1]
    )
    # A mistyped word is replaced by the title words most similar to it (a few thousand
    # words, not every title: the cost does not grow with the catalogue); the query asks for
    # one of those for each word typed. Computed once (an InitPlan), inside this statement.
    kata_ketik = [k for k in tanpa_aksen(kata).lower().split() if len(k) >= 3][:8]
    koreksi = RawSQL(
        """vektor_judul @@ (
            SELECT to_tsquery(%s::regconfig, string_agg(pilihan, ' & '))
            FROM (
                SELECT '(' || string_agg(k.kata, ' | ') || ')' AS pilihan
                FROM unnest(%s::text[]) AS q(kata)
                CROSS JOIN LATERAL (
                    SELECT kata FROM informasi_katajudul
                    WHERE kata %% q.kata ORDER BY similarity(kata, q.kata) DESC, kata LIMIT 5
                ) AS k
                GROUP BY q.kata
            ) AS koreksi
        )""",
        (KONFIGURASI, kata_ketik),
        output_field=BooleanField(),
    )
    mirip = dasar.alias(koreksi=koreksi).filter(koreksi=True)[: batas + 1]
    (sql_judul, p_judul), (sql_isi, p_isi), (sql_mirip, p_mirip) = (
        bagian.query.sql_with_params() for bagian in (judul, isi, mirip)
    )
    # A condition that names no row is checked once: the entries matching elsewhere are read
    # only when the titles are not enough, the similar titles only when the words match few
    # entries (the typo case).
    sql = f"""
        WITH judul AS MATERIALIZED ({sql_judul}),
        isi AS MATERIALIZED (
            SELECT * FROM ({sql_isi}) AS isi WHERE (SELECT count(*) FROM judul) <= %s
        ),
        kata AS MATERIALIZED (
            SELECT *, 0 AS bagian FROM judul UNION ALL SELECT *, 1 FROM isi
        )
        SELECT id FROM (
            SELECT * FROM kata
            UNION ALL
            SELECT *, 2 FROM ({sql_mirip}) AS mirip
            WHERE (SELECT count(*) FROM kata) <= %s AND id NOT IN (SELECT id FROM kata)
        ) AS semua
        ORDER BY bagian, diterbitkan_pada DESC, id DESC
        LIMIT %s
    """  # noqa: S608 - the parts are the ORM's SQL; every value is a parameter
    return sql, (*p_judul, *p_isi, batas, *p_mirip, batas, batas + 1)


def cari(queryset: QuerySet, kata: str) -> QuerySet:
    """Entries of `queryset` matching `kata`, annotated with `peringkat` (best first) and
    `cuplikan`: the bounded candidates only (see the module's docstring). Apply every other
    filter to `queryset` first, or it would only narrow the candidates."""
    kata = bersihkan_kata(kata)
    query = SearchQuery(tanpa_aksen(kata), config=KONFIGURASI, search_type="websearch")
    hasil = queryset.annotate(
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
    )
    try:
        sql, params = _sql_kandidat(queryset, kata, query, settings.PENCARIAN_KANDIDAT)
    except EmptyResultSet:  # queryset.none(): nothing to search
        return hasil.none()
    return hasil.filter(pk__in=RawSQL(sql, params))  # noqa: S611 - ORM SQL and parameters


def sorot(teks: str) -> SafeString:
    """ts_headline output → HTML: everything escaped, matches wrapped in <mark>."""
    html = escape(teks or "").replace(_AWAL, "<mark>").replace(_AKHIR, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own markers become tags
