from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from permohonan.models import HariLibur


@admin.register(HariLibur)
class HariLiburAdmin(admin.ModelAdmin):
    list_display = ["tanggal", "nama", "jenis", "sumber", "aktif"]
    list_filter = ["jenis", "sumber", "aktif"]
    list_editable = ["aktif"]
    date_hierarchy = "tanggal"
    search_fields = ["nama"]
    readonly_fields = ["sumber"]
    actions = ["aktifkan", "nonaktifkan"]

    @admin.action(description=_("Jadikan hari libur (aktifkan)"))
    def aktifkan(self, request, queryset):
        queryset.update(aktif=True)

    @admin.action(description=_("Jadikan hari kerja (nonaktifkan)"))
    def nonaktifkan(self, request, queryset):
        queryset.update(aktif=False)
