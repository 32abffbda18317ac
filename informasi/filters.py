"""The catalogue's filters: every filter state is a plain GET URL (shareable, no JavaScript)."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from informasi.models import Dokumen, Informasi, Topik, UnitKerja
from informasi.pencarian import cari


class InformasiFilter(django_filters.FilterSet):
    URUTAN = [
        ("relevan", _("Paling relevan")),
        ("terbaru", _("Terbaru")),
        ("judul", _("Judul (A–Z)")),
        ("populer", _("Paling banyak dilihat")),
    ]

    q = django_filters.CharFilter(
        label=_("Kata kunci"), method="filter_q", widget=forms.TextInput(attrs={"type": "search"})
    )
    kategori = django_filters.ChoiceFilter(
        label=_("Kategori"),
        choices=[c for c in Informasi.Kategori.choices if c[0] != Informasi.Kategori.DIKECUALIKAN],
    )
    unit = django_filters.CharFilter(label=_("Unit kerja"), method="filter_unit")
    tahun = django_filters.NumberFilter(label=_("Tahun"))
    format = django_filters.ChoiceFilter(
        label=_("Format dokumen"), choices=Dokumen.Format.choices, method="filter_format"
    )
    topik = django_filters.CharFilter(label=_("Topik"), method="filter_topik")
    urut = django_filters.ChoiceFilter(
        label=_("Urutkan"), choices=URUTAN, method="filter_urut", empty_label=None
    )

    class Meta:
        model = Informasi
        fields = ["q", "kategori", "unit", "tahun", "format", "topik", "urut"]

    def __init__(self, *args, units: list[UnitKerja], **kwargs):
        # The unit list is loaded once per request by the view (also used for the facet).
        self.units = {u.slug: u for u in units}
        super().__init__(*args, **kwargs)

    def filter_q(self, queryset, name, value):
        # Applied last, in `qs`: a search ranks a bounded set of candidates, which must be
        # chosen among the entries every other filter keeps.
        return queryset

    def filter_unit(self, queryset, name, value):
        unit = self.units.get(value)
        if unit is None:
            return queryset.none()
        # A province includes its regencies/cities and their sections.
        return queryset.filter(unit_kerja__jalur__startswith=unit.jalur)

    def filter_format(self, queryset, name, value):
        return queryset.filter(
            Exists(
                Dokumen.objects.filter(
                    informasi=OuterRef("pk"), format=value, digantikan_oleh__isnull=True
                )
            )
        )

    def filter_topik(self, queryset, name, value):
        return queryset.filter(
            Exists(
                Informasi.topik.through.objects.filter(
                    informasi_id=OuterRef("pk"),
                    topik_id__in=Topik.objects.filter(slug=value).values("pk"),
                )
            )
        )

    def filter_urut(self, queryset, name, value):
        # Ordering is applied last, in `qs`, once we know whether there is a search.
        return queryset

    @property
    def kata_dicari(self) -> str:
        """The search words, also when another filter is invalid (the valid filters still
        apply: cleaned_data holds them)."""
        if not self.is_bound:
            return ""
        self.form.is_valid()
        return (self.form.cleaned_data.get("q") or "").strip()

    @property
    def qs(self):
        queryset = super().qs
        data = self.form.cleaned_data if self.form.is_valid() else {}
        urut = data.get("urut") or ""
        kata = self.kata_dicari
        mencari = bool(kata)
        if mencari:
            queryset = cari(queryset, kata)
        if urut == "judul":
            return queryset.order_by("judul", "id")
        if urut == "populer":
            return queryset.order_by("-jumlah_dilihat", "-id")
        if mencari and urut in ("", "relevan"):
            return queryset.order_by("-peringkat", "-diterbitkan_pada", "-id")
        return queryset.order_by("-diterbitkan_pada", "-id")
