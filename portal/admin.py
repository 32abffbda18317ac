from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.models import Halaman, ProfilSitus

admin.site.site_header = _("Administrasi PPID")
admin.site.site_title = _("Administrasi PPID")
admin.site.index_title = _("Pengelolaan layanan informasi")


@admin.register(ProfilSitus)
class ProfilSitusAdmin(admin.ModelAdmin):
    list_display = ["nama_ppid", "email", "telepon", "diperbarui_pada"]

    def has_add_permission(self, request):
        # One row only: add it when missing, otherwise edit it.
        return super().has_add_permission(request) and not ProfilSitus.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Halaman)
class HalamanAdmin(admin.ModelAdmin):
    list_display = ["judul", "slug", "urutan", "diterbitkan", "diperbarui_pada"]
    list_editable = ["urutan"]
    list_filter = ["diterbitkan"]
    search_fields = ["judul", "ringkasan", "isi"]
    prepopulated_fields = {"slug": ["judul"]}
    fieldsets = [
        (None, {"fields": ["judul", "slug", "ringkasan", "isi"]}),
        (_("Penerbitan"), {"fields": ["diterbitkan", "urutan"]}),
    ]
