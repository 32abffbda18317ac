from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.db import models
from django.db.models import Count, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from informasi import services
from informasi.akses import batasi_ke_unit, unit_terjangkau
from informasi.berkas import GambarField
from informasi.forms import DokumenForm
from informasi.models import Dokumen, Informasi, Petugas, Topik, UnitKerja
from informasi.pencarian import perbarui_vektor


@admin.register(UnitKerja)
class UnitKerjaAdmin(admin.ModelAdmin):
    list_display = ["nama", "singkatan", "jenis", "induk", "telepon", "email"]
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        # The letterhead logo: its pixels are checked from the header before it is opened.
        models.ImageField: {"form_class": GambarField},
    }
    list_filter = ["jenis"]
    list_select_related = ["induk"]
    search_fields = ["nama", "singkatan"]
    prepopulated_fields = {"slug": ["nama"]}
    autocomplete_fields = ["induk"]

    def get_search_results(self, request, queryset, search_term):
        """The unit pickers of other forms (autocomplete) offer only the user's units, as
        those forms accept only them (informasi.akses); the list itself shows every unit."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            units = unit_terjangkau(request.user)
            if units is not None:
                queryset = queryset.filter(pk__in=units.values("pk"))
        return queryset, may_have_duplicates


@admin.register(Topik)
class TopikAdmin(admin.ModelAdmin):
    list_display = ["nama", "slug"]
    search_fields = ["nama"]
    prepopulated_fields = {"slug": ["nama"]}


class DokumenInline(admin.TabularInline):
    model = Dokumen
    form = DokumenForm
    extra = 1
    fields = ["judul", "berkas", "tautan", "urutan", "format", "ukuran_tampil", "jumlah_diunduh"]
    readonly_fields = ["format", "ukuran_tampil", "jumlah_diunduh"]
    verbose_name_plural = _("dokumen (versi berlaku)")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(digantikan_oleh__isnull=True)

    @admin.display(description=_("ukuran"))
    def ukuran_tampil(self, obj):
        return filesizeformat(obj.ukuran) if obj.ukuran else "—"


class VersiLamaInline(admin.TabularInline):
    """Superseded files: listed, never edited or deleted."""

    model = Dokumen
    fk_name = "informasi"
    extra = 0
    can_delete = False
    fields = ["judul", "berkas", "format", "diunggah_pada", "digantikan_oleh"]
    readonly_fields = fields
    verbose_name = _("versi lama dokumen")
    verbose_name_plural = _("versi lama dokumen (digantikan)")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(digantikan_oleh__isnull=False)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class PerluDitinjauFilter(admin.SimpleListFilter):
    title = _("tinjauan")
    parameter_name = "tinjauan"

    def lookups(self, request, model_admin):
        return [("perlu", _("Perlu ditinjau")), ("terkini", _("Masih terkini"))]

    def queryset(self, request, queryset):
        hari_ini = timezone.localdate()
        if self.value() == "perlu":
            return queryset.perlu_ditinjau(hari_ini)
        if self.value() == "terkini":
            return queryset.exclude(pk__in=queryset.perlu_ditinjau(hari_ini).values("pk"))
        return queryset


class UnitTerjangkauFilter(admin.RelatedFieldListFilter):
    """The unit filter lists only the units the staff member may handle."""

    def field_choices(self, field, request, model_admin):
        units = unit_terjangkau(request.user)
        queryset = UnitKerja.objects.all() if units is None else units
        return [(u.pk, str(u)) for u in queryset]


@admin.register(Informasi)
class InformasiAdmin(admin.ModelAdmin):
    list_display = [
        "judul",
        "kategori",
        "unit_kerja",
        "tahun",
        "status",
        "diterbitkan_pada",
        "tinjau_berikutnya",
        "jumlah_dokumen",
    ]
    list_filter = [
        PerluDitinjauFilter,
        "status",
        "kategori",
        ("unit_kerja", UnitTerjangkauFilter),
        "tahun",
    ]
    list_select_related = ["unit_kerja"]
    search_fields = ["judul", "ringkasan"]
    date_hierarchy = "diterbitkan_pada"
    prepopulated_fields = {"slug": ["judul"]}
    autocomplete_fields = ["unit_kerja"]
    filter_horizontal = ["topik"]
    readonly_fields = ["jumlah_dilihat", "dibuat_pada", "diperbarui_pada"]
    inlines = [DokumenInline, VersiLamaInline]
    actions = ["tandai_ditinjau"]
    fieldsets = [
        (None, {"fields": ["judul", "slug", "ringkasan", "kategori", "topik"]}),
        (
            _("Kolom Daftar Informasi Publik"),
            {
                "fields": [
                    "unit_kerja",
                    "penanggung_jawab",
                    ("tanggal_pembuatan", "tempat_pembuatan"),
                    "bentuk",
                    "retensi",
                    "tahun",
                ]
            },
        ),
        (_("Penerbitan"), {"fields": ["status", "diterbitkan_pada", "berlaku_sampai"]}),
        (_("Peninjauan"), {"fields": ["terakhir_ditinjau", "tinjau_berikutnya"]}),
        (_("Statistik"), {"fields": ["jumlah_dilihat", "dibuat_pada", "diperbarui_pada"]}),
    ]

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .annotate(
                _jumlah_dokumen=Count("dokumen", filter=Q(dokumen__digantikan_oleh__isnull=True))
            )
            # The model's ordering is dropped in a GROUP BY query; the autocomplete of other
            # forms pages through this queryset and needs one.
            .order_by(*Informasi._meta.ordering)
        )
        return batasi_ke_unit(queryset, request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit_kerja":
            units = unit_terjangkau(request.user)
            if units is not None:
                kwargs["queryset"] = units
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("dokumen"), ordering="_jumlah_dokumen")
    def jumlah_dokumen(self, obj):
        return obj._jumlah_dokumen

    def save_model(self, request, obj, form, change):
        if not obj.tinjau_berikutnya:
            obj.tinjau_berikutnya = obj.jadwal_tinjau(timezone.localdate())
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if not issubclass(formset.form, DokumenForm):
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)  # applies the cleaned data, lists deleted objects
        for obj in formset.deleted_objects:
            obj.delete()
        for inline_form in formset.forms:
            if inline_form in formset.deleted_forms or not inline_form.has_changed():
                continue
            inline_form.instance.informasi = form.instance
            services.simpan_dokumen(dokumen=inline_form.instance, hasil=inline_form.hasil_periksa)
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Topics and documents are saved now; the search vector reads them.
        perbarui_vektor([form.instance.pk])

    @admin.action(description=_("Tandai sudah ditinjau hari ini"))
    def tandai_ditinjau(self, request, queryset):
        jumlah = services.tandai_ditinjau(
            informasi_ids=list(queryset.values_list("pk", flat=True)),
            hari_ini=timezone.localdate(),
        )
        self.message_user(
            request,
            ngettext(
                "%(n)d entri ditandai sudah ditinjau.",
                "%(n)d entri ditandai sudah ditinjau.",
                jumlah,
            )
            % {"n": jumlah},
            messages.SUCCESS,
        )


class PetugasInline(admin.StackedInline):
    model = Petugas
    can_delete = False
    autocomplete_fields = ["unit_kerja"]


admin.site.unregister(User)


@admin.register(User)
class PetugasUserAdmin(UserAdmin):
    """The standard user admin with the staff member's unit and position."""

    inlines = [PetugasInline]
    list_display = [*UserAdmin.list_display, "unit_kerja"]
    list_select_related = ["petugas__unit_kerja"]

    @admin.display(description=Petugas._meta.get_field("unit_kerja").verbose_name)
    def unit_kerja(self, obj):
        petugas = getattr(obj, "petugas", None)
        return petugas.unit_kerja if petugas else "—"
