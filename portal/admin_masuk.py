"""The admin's list of locked logins (django-axes' access attempts) and the "lift the
lockout" action. Only PPID Utama and superusers see it (permohonan.akses, AKUN.buka_kunci);
it replaces the admin axes registers itself, which would follow model permissions."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import OuterRef, Q, Subquery, Sum
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
        batas = settings.AXES_FAILURE_LIMIT
        terkunci = Q(_gagal_akun__gte=batas) | Q(_gagal_alamat__gte=batas)
        if self.value() == "ya":
            return queryset.filter(terkunci)
        if self.value() == "tidak":
            return queryset.exclude(terkunci)
        return queryset


@admin.register(AccessAttempt)
class PercobaanMasukAdmin(admin.ModelAdmin):
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        "gagal_akun",
        "gagal_alamat",
        "attempt_time",
        "terkunci",
    ]
    list_filter = [TerkunciFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["buka_kunci"]
    fields = ["username", "ip_address", "user_agent", "failures_since_start", "attempt_time"]
    readonly_fields = fields

    def get_queryset(self, request):
        # Axes counts an account's failures over every address, and an address's over
        # every account (AXES_LOCKOUT_PARAMETERS): one row is one account at one address.
        def jumlah(kolom):
            return Subquery(
                AccessAttempt.objects.filter(**{kolom: OuterRef(kolom)})
                .values(kolom)
                .annotate(n=Sum("failures_since_start"))
                .values("n")[:1]
            )

        return (
            super()
            .get_queryset(request)
            .annotate(_gagal_akun=jumlah("username"), _gagal_alamat=jumlah("ip_address"))
        )

    @admin.display(description=_("gagal akun ini"), ordering="_gagal_akun")
    def gagal_akun(self, obj) -> int:
        return obj._gagal_akun

    @admin.display(description=_("gagal dari alamat ini"), ordering="_gagal_alamat")
    def gagal_alamat(self, obj) -> int:
        return obj._gagal_alamat

    @admin.display(boolean=True, description=_("terkunci"))
    def terkunci(self, obj) -> bool:
        batas = settings.AXES_FAILURE_LIMIT
        return obj._gagal_akun >= batas or obj._gagal_alamat >= batas

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
        """Lift the lockout of the selected rows' accounts and addresses: every failed
        attempt of those accounts and from those addresses is deleted, so axes counts
        from zero and they may log in again at once."""
        akun = {p.username for p in queryset if p.username}
        alamat = {p.ip_address for p in queryset if p.ip_address}
        semua = AccessAttempt.objects.filter(Q(username__in=akun) | Q(ip_address__in=alamat))
        percobaan = list(semua)
        self.log_deletions(request, percobaan)
        jumlah = len(percobaan)
        semua.delete()
        self.message_user(
            request,
            ngettext(
                "Kunci dibuka: %(jumlah)d catatan gagal masuk dihapus.",
                "Kunci dibuka: %(jumlah)d catatan gagal masuk dihapus.",
                jumlah,
            )
            % {"jumlah": jumlah},
            messages.SUCCESS,
        )
