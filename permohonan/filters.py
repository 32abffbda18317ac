import django_filters
from django.utils.translation import gettext_lazy as _

from informasi.models import UnitKerja
from permohonan.models import Permohonan


class RegisterFilter(django_filters.FilterSet):
    """Filters of the public register; every state is a plain GET URL."""

    tahun = django_filters.NumberFilter(label=_("Tahun"), field_name="tanggal_terima__year")
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
