"""Filters of the news list: every state is a plain GET URL (shareable, no JavaScript)."""

from __future__ import annotations

from datetime import datetime

import django_filters
from django import forms
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.validators import RegexValidator
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from informasi.models import UnitKerja
from informasi.pencarian import bersihkan_kata
from portal.models import Berita, KategoriBerita


def cari_berita(queryset, kata: str):
    """News matching `kata` in Indonesian full-text search, best first (the news list's
    search and the site-wide search).

    Only the newest PENCARIAN_KANDIDAT + 1 matches are ranked and counted (read in order
    from the publication-time index, or from the search index when they are few), so the
    cost does not grow with the archive (issue 15). Apply every other filter to `queryset`
    first, or it would only narrow those candidates."""
    kata = bersihkan_kata(kata)
    if not kata:
        return queryset
    query = SearchQuery(kata, config="indonesian", search_type="websearch")
    kandidat = (
        queryset.filter(vektor=query)
        .order_by("-terbit_pada", "-id")
        .values("id")[: settings.PENCARIAN_KANDIDAT + 1]
    )
    return (
        queryset.filter(pk__in=kandidat)
        .annotate(peringkat=SearchRank(F("vektor"), query))
        .order_by("-peringkat", "-terbit_pada", "-id")
    )


class BeritaFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Cari berita"), method="filter_q", widget=forms.TextInput(attrs={"type": "search"})
    )
    kategori = django_filters.ModelChoiceFilter(
        label=_("Kategori"),
        queryset=KategoriBerita.objects.all(),
        to_field_name="slug",
        empty_label=_("Semua kategori"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit kerja"),
        queryset=UnitKerja.objects.kantor(),
        to_field_name="slug",
        empty_label=_("Semua unit"),
        method="filter_unit",
    )
    tag = django_filters.CharFilter(
        label=_("Tag"), field_name="tag__slug", widget=forms.HiddenInput
    )
    bulan = django_filters.CharFilter(
        label=_("Bulan"),
        method="filter_bulan",
        widget=forms.TextInput(attrs={"type": "month"}),
        validators=[
            RegexValidator(
                # Years 1900–2999 only: a month outside them is no archive page (and year
                # 0 or 10000 cannot be a date at all).
                r"^(19|2\d)\d\d-(0[1-9]|1[0-2])$",
                _("Tulis bulan sebagai tahun-bulan, mis. 2025-11."),
                code="bulan",
            )
        ],
    )

    class Meta:
        model = Berita
        fields = ["q", "kategori", "unit", "tag", "bulan"]

    def filter_q(self, queryset, name, value):
        # Applied last, in `qs`: the search ranks a bounded set of candidates, which must be
        # chosen among the items every other filter keeps.
        return queryset

    @property
    def qs(self):
        queryset = super().qs
        if self.is_bound and self.form.is_valid():
            queryset = cari_berita(queryset, self.form.cleaned_data.get("q") or "")
        return queryset

    def filter_unit(self, queryset, name, value):
        # An office includes its bureaus and sections, as in the catalogue.
        return queryset.filter(unit_kerja__jalur__startswith=value.jalur)

    def filter_bulan(self, queryset, name, value):
        """A month of the archive, as a range of publication times (local time), so the
        index on the publication time is used."""
        tahun, bulan = (int(bagian) for bagian in value.split("-"))  # checked by the field
        zona = timezone.get_current_timezone()
        awal = datetime(tahun, bulan, 1, tzinfo=zona)
        akhir = datetime(tahun + bulan // 12, bulan % 12 + 1, 1, tzinfo=zona)
        return queryset.filter(terbit_pada__gte=awal, terbit_pada__lt=akhir)
