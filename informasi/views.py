"""Public pages of the catalogue (Daftar Informasi Publik)."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, CharField, F, Func, Prefetch, QuerySet, Value, When
from django.db.models.functions import Cast, Concat, LPad
from django.http import FileResponse, Http404, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from informasi import services
from informasi.ekspor import BARIS_PER_POTONGAN, respons_csv_postgresql
from informasi.filters import InformasiFilter
from informasi.models import Dokumen, Informasi, Topik, UnitKerja
from informasi.pencarian import lebih_dari_batas
from informasi.selectors import (
    hitung_faset,
    informasi_terkait,
    kunci_faset,
    pohon_unit_dengan_jumlah,
)
from portal.paginasi import LewatId

# URL slug of each category landing page: "serta_merta" -> "serta-merta".
KATEGORI_SLUG = {
    k.replace("_", "-"): k
    for k in (
        Informasi.Kategori.BERKALA,
        Informasi.Kategori.SERTA_MERTA,
        Informasi.Kategori.SETIAP_SAAT,
    )
}


JUDUL_KATEGORI = {
    Informasi.Kategori.BERKALA: _("Informasi berkala"),
    Informasi.Kategori.SERTA_MERTA: _("Informasi serta-merta"),
    Informasi.Kategori.SETIAP_SAAT: _("Informasi tersedia setiap saat"),
}


class _PaginatorDenganJumlah(Paginator):
    """A paginator told its count (the facet query already knows it: one query less)."""

    def __init__(self, *args, jumlah: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__["count"] = jumlah


class InformasiListView(ListView):
    """The catalogue with search and facets; also each category's landing page.

    Template `informasi/informasi_list.html`; context: `informasi_list`, `filter`, `faset`
    (counts per kategori/tahun/format/topik), `faset_unit` [(unit, count)], `topik_map`,
    `kategori_aktif` (on a category page), `page_obj`, `hasil_terbatas` (a search matched
    more than `batas_kandidat` entries: the count and facets are over its candidates).
    """

    template_name = "informasi/informasi_list.html"
    context_object_name = "informasi_list"
    kategori = None

    def get_paginate_by(self, queryset):
        return settings.INFORMASI_PER_HALAMAN

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kw):
        return _PaginatorDenganJumlah(
            LewatId(queryset), per_page, orphans, allow_empty_first_page, jumlah=self.faset.total
        )

    @cached_property
    def units(self) -> list[UnitKerja]:
        return list(UnitKerja.objects.only("nama", "singkatan", "slug", "jalur"))

    def get_queryset(self):
        dasar = Informasi.objects.publik()
        if self.kategori:
            dasar = dasar.filter(kategori=self.kategori)
        self.filterset = InformasiFilter(self.request.GET, queryset=dasar, units=self.units)
        queryset = self.filterset.qs
        # The cleaned filter state (not the page, the order or stray parameters) identifies
        # the facet counts; an invalid one is counted but not kept.
        form = self.filterset.form
        kunci = kunci_faset(self.kategori, form.cleaned_data) if form.is_valid() else None
        self.faset = hitung_faset(queryset, kunci=kunci)
        return queryset.select_related("unit_kerja").prefetch_related(
            Prefetch(
                "dokumen",
                queryset=Dokumen.objects.filter(digantikan_oleh__isnull=True).only(
                    "informasi_id", "format"
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        faset = self.faset
        kategori = [
            (nilai, label, faset.kategori[nilai])
            for nilai, label in Informasi.Kategori.choices
            if faset.kategori[nilai] and not self.kategori
        ]
        unit = [
            (u.slug, u.nama, n, f"facet__unit--{u.kedalaman}")
            for u, n in pohon_unit_dengan_jumlah(self.units, faset.unit)
        ]
        tahun = [(str(t), t, n) for t, n in sorted(faset.tahun.items(), reverse=True)]
        fmt = [
            (nilai, label, faset.format[nilai])
            for nilai, label in Dokumen.Format.choices
            if faset.format[nilai]
        ]
        topik = [
            (t.slug, t.nama, faset.topik[str(t.pk)])
            for t in Topik.objects.filter(pk__in=[int(k) for k in faset.topik])
        ]
        context.update(
            filter=self.filterset,
            jumlah_hasil=faset.total,
            # A search counts and splits into facets its bounded candidates only (issue 15).
            hasil_terbatas=bool(self.filterset.kata_dicari) and lebih_dari_batas(faset.total),
            batas_kandidat=settings.PENCARIAN_KANDIDAT,
            faset_list=[
                self._faset(_("Kategori"), "kategori", kategori),
                self._faset(_("Unit kerja"), "unit", unit),
                self._faset(_("Tahun"), "tahun", tahun),
                self._faset(_("Format dokumen"), "format", fmt),
                self._faset(_("Topik"), "topik", topik),
            ],
            kategori_aktif=self.kategori,
            kata=self.request.GET.get("q", "").strip(),
            judul_halaman=JUDUL_KATEGORI.get(self.kategori, _("Daftar Informasi Publik")),
            crumbs=(
                [(_("Informasi Publik"), reverse("informasi:daftar"))] if self.kategori else []
            ),
        )
        return context

    def _faset(self, judul, param: str, items: list[tuple]) -> dict:
        """One facet for the template: each value with its count and the URL that toggles it
        (keeping every other filter, back to page 1)."""
        dipilih = self.request.GET.get(param)
        hasil = []
        for nilai, label, jumlah, *kelas in items:
            query = self.request.GET.copy()
            query.pop("page", None)
            aktif = dipilih == nilai
            if aktif:
                query.pop(param)
            else:
                query[param] = nilai
            hasil.append(
                {
                    "label": label,
                    "jumlah": jumlah,
                    "url": "?" + query.urlencode(),
                    "aktif": aktif,
                    "kelas": kelas[0] if kelas else "",
                }
            )
        return {"judul": judul, "param": param, "items": hasil}


class KategoriView(InformasiListView):
    """A category's landing page: what the category means, then its entries."""

    def get(self, request, *args, **kwargs):
        self.kategori = KATEGORI_SLUG.get(kwargs["kategori"])
        if self.kategori is None:
            raise Http404
        return super().get(request, *args, **kwargs)


def dilihat_dari_cache(request, data: dict) -> None:
    """A stored entry page was served (portal/cache_halaman.py): the view still counts,
    written with the other views of the last seconds (portal/tertunda.py)."""
    services.dilihat_tertunda.tambah(data["pk"])


class InformasiDetailView(DetailView):
    """An entry with all seven DIP columns and its documents.

    Template `informasi/informasi_detail.html`; context: `informasi`, `dokumen_list`,
    `versi_lama`, `terkait`. A withdrawn entry answers 410 with `informasi/ditarik.html`.
    """

    context_object_name = "informasi"

    def get_object(self, queryset=None):
        informasi = (
            Informasi.objects.publik()
            .select_related("unit_kerja")
            .filter(slug=self.kwargs["slug"])
            .first()
        )
        if informasi is None:
            # Only on this rare path: a withdrawn entry gets a clear 410 page, not a 404.
            informasi = get_object_or_404(
                Informasi, slug=self.kwargs["slug"], status=Informasi.Status.DITARIK
            )
        return informasi

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.status == Informasi.Status.DITARIK:
            return render(
                request, "informasi/ditarik.html", {"informasi": self.object}, status=410
            )
        services.catat_dilihat(self.object)
        request.halaman_data = {"pk": self.object.pk}  # counted again on cached views
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        semua = list(self.object.dokumen.all())
        context.update(
            dokumen_list=[d for d in semua if d.berlaku],
            versi_lama=[d for d in semua if not d.berlaku],
            topik_list=list(self.object.topik.all()),
            terkait=list(informasi_terkait(self.object)),
            crumbs=[
                (_("Informasi Publik"), reverse("informasi:daftar")),
                (self.object.get_kategori_display(), self.object.get_kategori_url()),
            ],
        )
        return context


def unduh(request, slug: str, pk: int):
    """Download (or follow the link of) a document of a published entry; counted."""
    dokumen = get_object_or_404(
        Dokumen.objects.select_related("informasi"),
        pk=pk,
        informasi__slug=slug,
        informasi__in=Informasi.objects.publik(),
    )
    services.catat_unduhan(dokumen)
    if dokumen.tautan:
        return HttpResponseRedirect(dokumen.tautan)
    try:
        berkas = dokumen.berkas.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    sebaris = dokumen.format in {"pdf", "jpg", "png"}
    nama = f"{dokumen.informasi.slug}-{dokumen.pk}.{dokumen.berkas.name.rsplit('.', 1)[-1]}"
    return FileResponse(
        berkas, as_attachment=not sebaris, filename=nama, content_type=dokumen.tipe_mime or None
    )


# --- machine-readable DIP ----------------------------------------------------------------

KOLOM_DIP = [
    ("nomor", _("Nomor")),
    ("judul", _("Judul")),
    ("ringkasan", _("Ringkasan isi informasi")),
    ("unit_kerja", _("Pejabat/unit yang menguasai informasi")),
    ("penanggung_jawab", _("Penanggung jawab pembuatan/penerbitan")),
    ("tanggal_pembuatan", _("Waktu pembuatan")),
    ("tempat_pembuatan", _("Tempat pembuatan")),
    ("bentuk", _("Bentuk informasi")),
    ("retensi", _("Jangka waktu penyimpanan")),
    ("kategori", _("Kategori")),
    ("tahun", _("Tahun")),
    ("url", _("Alamat")),
]


def _dip(request) -> tuple[QuerySet, list[str]]:
    """The DIP for the exports and, in the order of KOLOM_DIP, the names of its values as
    they are written: PostgreSQL formats the number, the date, the labels in the request's
    language and the address, so Python only passes them on (issue 15)."""

    def label(field: str, choices) -> Case:
        return Case(
            *[When(**{field: k}, then=Value(str(v))) for k, v in choices],
            default=F(field),
            output_field=CharField(),
        )

    # Informasi.get_absolute_url: only the slug varies (one reverse() for the whole file).
    pola = request.build_absolute_uri("/")[:-1] + reverse(
        "informasi:detail", kwargs={"slug": "slug-contoh"}
    )
    awal, akhir = pola.split("slug-contoh", 1)
    teks = lambda nama: Cast(nama, CharField())  # noqa: E731
    qs = (
        Informasi.objects.publik()
        .order_by("id")
        .annotate(
            # f"DIP-{id:06d}": at least six digits (LPAD alone would cut longer ones).
            x_nomor=Concat(
                Value("DIP-"),
                Case(
                    When(id__lt=10**6, then=LPad(teks("id"), 6, Value("0"))),
                    default=teks("id"),
                ),
            ),
            x_tanggal=Func(
                "tanggal_pembuatan",
                Value("YYYY-MM-DD"),
                function="to_char",
                output_field=CharField(),
            ),
            x_bentuk=label("bentuk", Informasi.Bentuk.choices),
            x_kategori=label("kategori", Informasi.Kategori.choices),
            x_url=Concat(Value(awal), "slug", Value(akhir), output_field=CharField()),
        )
    )
    nama = [
        "x_nomor",
        "judul",
        "ringkasan",
        "unit_kerja__nama",
        "penanggung_jawab",
        "x_tanggal",
        "tempat_pembuatan",
        "x_bentuk",
        "retensi",
        "x_kategori",
        "tahun",
        "x_url",
    ]
    return qs, nama


def dip_csv(request):
    """The whole DIP as CSV, streamed (constant memory at any size), written by PostgreSQL
    (`COPY … TO STDOUT (FORMAT csv)`): Python's csv module took two seconds for 100 000
    entries (issue 15)."""
    qs, nama = _dip(request)
    return respons_csv_postgresql(
        "daftar-informasi-publik.csv", [label for _k, label in KOLOM_DIP], qs, nama
    )


def dip_json(request):
    """The whole DIP as a JSON array, streamed."""

    qs, nama = _dip(request)
    baris = qs.values_list(*nama).iterator(chunk_size=2000)

    def potongan():
        yield "["
        bagian = []
        kunci = [k for k, _l in KOLOM_DIP]
        for i, row in enumerate(baris):
            teks = json.dumps(dict(zip(kunci, row, strict=True)), ensure_ascii=False)
            bagian.append(("," if i else "") + "\n" + teks)
            if len(bagian) >= BARIS_PER_POTONGAN:
                yield "".join(bagian)
                bagian = []
        yield "".join(bagian) + "\n]\n"

    response = StreamingHttpResponse(potongan(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="daftar-informasi-publik.json"'
    return response
