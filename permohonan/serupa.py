"""The consistency helper on the staff request page: earlier requests that asked much the
same, with the decisions they got and the consequence tests their notices cited, and catalogue
entries that may already answer it — so two officers don't answer the same question
differently. Humans decide; this only shows (DESIGN.md "Staff").

Similarity is PostgreSQL full-text search over the request texts (`indonesian`
configuration, the expression index `permohonan_rincian_fts_idx`): any of the request's
significant words, ranked by ts_rank, among the decided requests the user reaches.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import Prefetch

from informasi.pencarian import KONFIGURASI
from permohonan import akses
from permohonan.models import PemberitahuanTertulis, Permohonan
from permohonan.selectors import saran_informasi

VEKTOR_RINCIAN = SearchVector("rincian", config=KONFIGURASI)


def kata_penting(teks: str, batas: int = 12) -> list[str]:
    """The words worth matching on: longer than 3 letters, first `batas` distinct ones."""
    kata = dict.fromkeys(k for k in re.findall(r"\w+", teks.lower()) if len(k) > 3)
    return list(kata)[:batas]


def permohonan_serupa(user, permohonan: Permohonan, batas: int = 5) -> list[Permohonan]:
    """Decided requests most like `permohonan`, best first, each with its notices (and the
    consequence test each cited) prefetched: three queries whatever the data size."""
    kata = kata_penting(permohonan.rincian)
    if not kata:
        return []
    query = SearchQuery(" or ".join(kata), config=KONFIGURASI, search_type="websearch")
    return list(
        akses.permohonan_terjangkau(user)
        .annotate(_vektor=VEKTOR_RINCIAN)
        .filter(_vektor=query)
        .exclude(pk=permohonan.pk)
        .exclude(hasil="")
        .annotate(peringkat=SearchRank(VEKTOR_RINCIAN, query))
        .select_related("unit_kerja")
        .prefetch_related(
            Prefetch(
                "daftar_pemberitahuan",
                queryset=PemberitahuanTertulis.objects.select_related("uji_konsekuensi").order_by(
                    "dikirim_pada"
                ),
            )
        )
        .order_by("-peringkat", "-tanggal_terima")[:batas]
    )


def bantuan_konsistensi(user, permohonan: Permohonan) -> dict:
    return {
        "serupa": permohonan_serupa(user, permohonan),
        "saran_informasi": saran_informasi(permohonan.rincian),
    }
