"""The satisfaction survey's answers and the public consultation in the admin (PermenPAN-RB
14/2017; DOMAIN.md §10): answers and feedback are read-only and reach only the staff of the
request's (or topic's) unit; a PPID publishes a suggestion or a feedback only as a text they
rewrote without personal data (UU 27/2022; DOMAIN.md §11) — never the person's own words."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from permohonan import akses, services
from permohonan.models import FIELD_UNSUR, MasukanKonsultasi, Survei, TopikKonsultasi


def _periksa_teks(form, field_teks: str, field_tampil: str) -> None:
    data = form.cleaned_data
    if data.get(field_tampil) and not (data.get(field_teks) or "").strip():
        form.add_error(
            field_teks,
            forms.ValidationError(
                _("Tulis dulu teks yang akan ditampilkan, tanpa data pribadi."),
                code="teks_kosong",
            ),
        )


class SurveiTerbitForm(forms.ModelForm):
    class Meta:
        model = Survei
        fields = ["saran_terbit", "saran_ditampilkan"]

    def clean(self):
        data = super().clean()
        _periksa_teks(self, "saran_terbit", "saran_ditampilkan")
        return data


class MasukanTerbitForm(forms.ModelForm):
    class Meta:
        model = MasukanKonsultasi
        fields = ["isi_terbit", "ditampilkan"]

    def clean(self):
        data = super().clean()
        _periksa_teks(self, "isi_terbit", "ditampilkan")
        return data


class _HanyaBacaMixin:
    """Answers are never added, changed or deleted by staff; only the published text is."""

    jenis: str

    def has_module_permission(self, request):
        return akses.boleh(request.user, self.jenis, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, self.jenis, "lihat")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, self.jenis, "terbitkan")

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Survei)
class SurveiAdmin(_HanyaBacaMixin, admin.ModelAdmin):
    """Survey answers of the user's units; a PPID may publish a rewritten suggestion."""

    jenis = akses.SURVEI
    form = SurveiTerbitForm
    list_display = [
        "permohonan",
        "unit",
        "diisi_pada",
        *FIELD_UNSUR,
        "ada_saran",
        "saran_ditampilkan",
    ]
    list_filter = ["saran_ditampilkan", "diisi_pada"]
    list_select_related = ["permohonan__unit_kerja"]
    date_hierarchy = "diisi_pada"
    fieldsets = [
        (
            _("Jawaban (tidak dapat diubah)"),
            {"fields": ["permohonan", "diisi_pada", *FIELD_UNSUR]},
        ),
        (_("Saran"), {"fields": ["saran", "saran_terbit", "saran_ditampilkan"]}),
    ]
    readonly_fields = ["permohonan", "diisi_pada", *FIELD_UNSUR, "saran"]

    def get_queryset(self, request):
        return akses.survei_terjangkau(request.user).select_related("permohonan__unit_kerja")

    @admin.display(description=_("unit kerja"), ordering="permohonan__unit_kerja__nama")
    def unit(self, obj):
        return obj.permohonan.unit_kerja

    @admin.display(description=_("ada saran"), boolean=True)
    def ada_saran(self, obj):
        return bool(obj.saran)

    def save_model(self, request, obj, form, change):
        services.terbitkan_saran(
            survei_id=obj.pk,
            teks=form.cleaned_data["saran_terbit"],
            tampilkan=form.cleaned_data["saran_ditampilkan"],
            oleh=request.user,
        )


@admin.register(MasukanKonsultasi)
class MasukanKonsultasiAdmin(_HanyaBacaMixin, admin.ModelAdmin):
    """Consultation feedback of the user's units; a PPID may publish a rewritten text."""

    jenis = akses.KONSULTASI
    form = MasukanTerbitForm
    list_display = ["__str__", "topik", "dikirim_pada", "ditampilkan"]
    list_filter = ["ditampilkan", "dikirim_pada"]
    list_select_related = ["topik"]
    search_fields = ["isi", "isi_terbit"]
    fields = ["topik", "dikirim_pada", "nama", "isi", "isi_terbit", "ditampilkan"]
    readonly_fields = ["topik", "dikirim_pada", "nama", "isi"]

    def get_queryset(self, request):
        return akses.masukan_terjangkau(request.user).select_related("topik")

    def save_model(self, request, obj, form, change):
        services.terbitkan_masukan(
            masukan_id=obj.pk,
            teks=form.cleaned_data["isi_terbit"],
            tampilkan=form.cleaned_data["ditampilkan"],
            oleh=request.user,
        )


class MasukanInline(admin.TabularInline):
    model = MasukanKonsultasi
    fields = ["dikirim_pada", "isi", "ditampilkan"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(TopikKonsultasi)
class TopikKonsultasiAdmin(admin.ModelAdmin):
    """Consultation topics: a PPID opens one for their unit, for a period, and may publish a
    summary of what participants said."""

    list_display = ["judul", "unit_kerja", "dibuka", "ditutup"]
    list_filter = ["dibuka"]
    list_select_related = ["unit_kerja"]
    search_fields = ["judul"]
    fields = ["judul", "uraian", "unit_kerja", "dibuka", "ditutup", "ringkasan_terbit"]
    inlines = [MasukanInline]

    def get_queryset(self, request):
        return akses.topik_terjangkau(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit_kerja":
            kwargs["queryset"] = akses.unit_pilihan(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.KONSULTASI, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KONSULTASI, "lihat")

    def has_add_permission(self, request):
        return akses.boleh(request.user, akses.KONSULTASI, "tambah")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KONSULTASI, "ubah")

    def has_delete_permission(self, request, obj=None):
        # A topic with feedback keeps its record; an empty one may go.
        return (
            akses.boleh(request.user, akses.KONSULTASI, "ubah")
            and obj is not None
            and not obj.masukan.exists()
        )
