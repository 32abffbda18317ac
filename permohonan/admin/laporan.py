"""The annual service report in the admin (Perki 1/2021 Pasal 56): the PPID of a unit
writes the narrative, previews the report with its figures, and publishes it."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from permohonan import akses, services
from permohonan.models import LaporanTahunan


@admin.register(LaporanTahunan)
class LaporanTahunanAdmin(admin.ModelAdmin):
    list_display = ["tahun", "unit_kerja", "status", "diterbitkan_pada", "pratinjau"]
    list_filter = ["status", "tahun"]
    search_fields = ["unit_kerja__nama"]
    list_select_related = ["unit_kerja"]
    actions = ["terbitkan"]
    fieldsets = [
        (None, {"fields": ["tahun", "unit_kerja"]}),
        (
            _("Narasi laporan"),
            {
                "fields": [
                    "kebijakan_umum",
                    "sarana",
                    "sdm",
                    "anggaran",
                    "kendala",
                    "rekomendasi",
                ],
                "description": _(
                    "Angka laporan (permohonan, waktu, hasil, keberatan, sengketa) diambil "
                    "otomatis dari data layanan; tulis bagian naratifnya di sini."
                ),
            },
        ),
        (
            _("Penerbitan"),
            {"fields": ["status", "diterbitkan_pada", "diterbitkan_oleh", "informasi"]},
        ),
    ]
    readonly_fields = ["status", "diterbitkan_pada", "diterbitkan_oleh", "informasi"]

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.LAPORAN, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.LAPORAN, "lihat")

    def has_add_permission(self, request):
        return akses.boleh(request.user, akses.LAPORAN, "tambah")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.LAPORAN, "ubah")

    def has_delete_permission(self, request, obj=None):
        # A published report is public information: never deleted, a draft may be.
        return bool(
            akses.boleh(request.user, akses.LAPORAN, "ubah") and (obj is None or not obj.terbit)
        )

    def get_queryset(self, request):
        return akses.laporan_terjangkau(request.user).select_related("unit_kerja")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit_kerja":
            kwargs["queryset"] = akses.unit_pilihan(request.user).kantor()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("pratinjau"))
    def pratinjau(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            obj.get_absolute_url(),
            _("Lihat laporan") if obj.terbit else _("Pratinjau draf"),
        )

    @admin.action(description=_("Terbitkan laporan terpilih (masuk Daftar Informasi Publik)"))
    def terbitkan(self, request, queryset):
        for laporan in queryset:
            try:
                services.terbitkan_laporan(laporan_id=laporan.pk, oleh=request.user)
            except (services.TransisiDitolak, akses.AksesDitolak) as exc:
                self.message_user(request, f"{laporan}: {exc.args[0]}", messages.ERROR)
            else:
                self.message_user(request, _("%(l)s diterbitkan.") % {"l": laporan})
