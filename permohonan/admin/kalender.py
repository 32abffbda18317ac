"""The holiday table in the admin (DOMAIN.md §4): PPID Utama keeps it; after a change, the
open cases whose promised dates would move are listed and recomputed one by one."""

from __future__ import annotations

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from permohonan import akses, kalender, selectors, services
from permohonan.models import HariLibur
from portal.cache_halaman import konten_berubah


@admin.register(HariLibur)
class HariLiburAdmin(admin.ModelAdmin):
    list_display = ["tanggal", "nama", "jenis", "sumber", "aktif"]
    list_filter = ["jenis", "sumber", "aktif"]
    list_editable = ["aktif"]
    date_hierarchy = "tanggal"
    search_fields = ["nama"]
    readonly_fields = ["sumber"]
    actions = ["aktifkan", "nonaktifkan"]

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.HARI_LIBUR, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.HARI_LIBUR, "lihat")

    def has_add_permission(self, request):
        return akses.boleh(request.user, akses.HARI_LIBUR, "ubah")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.HARI_LIBUR, "ubah")

    def has_delete_permission(self, request, obj=None):
        return False  # a day that turns out to be a working day is switched off, not deleted

    def get_urls(self):
        from django.urls import path

        return [
            path(
                "jatuh-tempo/",
                self.admin_site.admin_view(self.jatuh_tempo_view),
                name="permohonan_harilibur_jatuh_tempo",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "url_jatuh_tempo": reverse("admin:permohonan_harilibur_jatuh_tempo"),
        }
        return super().changelist_view(request, extra_context)

    def jatuh_tempo_view(self, request):
        """Open requests and objections whose promised dates today's holiday table would
        move; staff recompute each one explicitly (DOMAIN.md §4 rule 6), logged."""
        if not akses.boleh(request.user, akses.HARI_LIBUR, "lihat"):
            raise akses.TidakDitemukan
        if request.method == "POST":
            try:
                pk = int(request.POST.get("pk", ""))
                if request.POST.get("jenis") == "keberatan":
                    objek = services.hitung_ulang_jatuh_tempo_keberatan(
                        keberatan_id=pk, oleh=request.user
                    )
                    baru = objek.jatuh_tempo
                else:
                    objek = services.hitung_ulang_jatuh_tempo(permohonan_id=pk, oleh=request.user)
                    baru = objek.batas_waktu
            except ValueError:
                raise akses.TidakDitemukan from None
            except (services.TransisiDitolak, akses.AksesDitolak) as exc:
                self.message_user(request, str(exc.args[0]), messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("%(nomor)s: jatuh tempo sekarang %(tanggal)s (tercatat di riwayat).")
                    % {"nomor": objek.nomor, "tanggal": kalender.format_tanggal(baru)},
                    messages.SUCCESS,
                )
            return HttpResponseRedirect(request.path)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Jatuh tempo yang berubah karena tabel hari libur"),
            "opts": self.model._meta,
            "berubah": selectors.jatuh_tempo_berubah(request.user),
        }
        return TemplateResponse(request, "admin/permohonan/harilibur/jatuh_tempo.html", context)

    @admin.action(description=_("Jadikan hari libur (aktifkan)"), permissions=["change"])
    def aktifkan(self, request, queryset):
        queryset.update(aktif=True)
        konten_berubah("permohonan")  # update() sends no signal; public deadlines move

    @admin.action(description=_("Jadikan hari kerja (nonaktifkan)"), permissions=["change"])
    def nonaktifkan(self, request, queryset):
        queryset.update(aktif=False)
        konten_berubah("permohonan")
