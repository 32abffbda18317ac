"""The admin's list of locked logins (django-axes' access attempts) and the "lift the
lockout" action. Only PPID Utama and superusers see it (permohonan.akses, AKUN.buka_kunci);
it replaces the admin axes registers itself, which would follow model permissions."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from permohonan.akses import AKUN, boleh

if admin.site.is_registered(AccessAttempt):
    admin.site.unregister(AccessAttempt)


class TerkunciFilter(admin.SimpleListFilter):
    title = _("terkunci")
    parameter_name = "terkunci"

    def lookups(self, request, model_admin):
        return [("ya", _("Ya")), ("tidak", _("Tidak"))]

    def queryset(self, request, queryset):
        if self.value() == "ya":
            return queryset.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
        if self.value() == "tidak":
            return queryset.filter(failures_since_start__lt=settings.AXES_FAILURE_LIMIT)
        return queryset


@admin.register(AccessAttempt)
class PercobaanMasukAdmin(admin.ModelAdmin):
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "terkunci"]
    list_filter = [TerkunciFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["buka_kunci"]
    fields = ["username", "ip_address", "user_agent", "failures_since_start", "attempt_time"]
    readonly_fields = fields

    @admin.display(boolean=True, description=_("terkunci"))
    def terkunci(self, obj) -> bool:
        return obj.failures_since_start >= settings.AXES_FAILURE_LIMIT

    def _boleh(self, request) -> bool:
        return boleh(request.user, AKUN, "buka_kunci")

    def has_module_permission(self, request):
        return self._boleh(request)

    def has_view_permission(self, request, obj=None):
        return self._boleh(request)

    def has_delete_permission(self, request, obj=None):
        return self._boleh(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Buka kunci login yang dipilih"), permissions=["delete"])
    def buka_kunci(self, request, queryset):
        """Lift the lockout: the failed attempts are deleted, so the account and the
        address may log in again at once (axes counts from zero)."""
        percobaan = list(queryset)
        self.log_deletions(request, percobaan)
        jumlah, _rincian = queryset.delete()
        self.message_user(
            request,
            ngettext("Kunci %(jumlah)d login dibuka.", "Kunci %(jumlah)d login dibuka.", jumlah)
            % {"jumlah": jumlah},
            messages.SUCCESS,
        )
