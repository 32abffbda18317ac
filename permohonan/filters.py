import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from informasi.models import UnitKerja
from permohonan.models import Permohonan


class TahunFilter(django_filters.NumberFilter):
    """A year: a whole number a date can have; anything else is an error on the form (not a
    500 from a date PostgreSQL or Python cannot build)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2999)
        super().__init__(*args, **kwargs)


class RegisterFilter(django_filters.FilterSet):
    """Filters of the public register; every state is a plain GET URL."""

    tahun = TahunFilter(label=_("Tahun"), field_name="tanggal_terima__year")
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit kerja"),
        queryset=UnitKerja.objects.kantor(),
        to_field_name="slug",
        method="filter_unit",
        empty_label=_("Semua unit"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Permohonan.Status.choices, empty_label=_("Semua status")
    )
    hasil = django_filters.ChoiceFilter(
        label=_("Hasil"), choices=Permohonan.Hasil.choices, empty_label=_("Semua hasil")
    )

    class Meta:
        model = Permohonan
        fields = ["tahun", "unit", "status", "hasil"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.label_suffix = ""

    def filter_unit(self, queryset, name, value):
        # A province includes the requests to its regencies/cities.
        return queryset.filter(unit_kerja__jalur__startswith=value.jalur)
