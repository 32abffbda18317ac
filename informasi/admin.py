from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

from informasi.models import Petugas, UnitKerja


@admin.register(UnitKerja)
class UnitKerjaAdmin(admin.ModelAdmin):
    list_display = ["nama", "singkatan", "jenis", "induk", "telepon", "email"]
    list_filter = ["jenis"]
    list_select_related = ["induk"]
    search_fields = ["nama", "singkatan"]
    prepopulated_fields = {"slug": ["nama"]}
    autocomplete_fields = ["induk"]


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
