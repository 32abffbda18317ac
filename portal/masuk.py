"""Staff login to the admin: lockout after repeated failures (django-axes), the optional
second factor (TOTP, django-otp) and the length of a staff session.

Staff accounts open citizens' identity scans, so a guessed password must not be enough:
the controller secures personal data against unlawful access (UU 27/2022 Pasal 35 and
Pasal 39). Who must use the second factor and who may lift a lockout is decided in
`permohonan.akses` (`wajib_2fa`, `IZIN[(AKUN, "buka_kunci")]`).
"""

from __future__ import annotations

import base64
import io

import segno
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from informasi.akses import PPID_UTAMA
from permohonan.akses import wajib_2fa

NAMA_PERANGKAT = "Aplikasi autentikator"


def perangkat_aktif(user) -> TOTPDevice | None:
    """The user's confirmed TOTP device (the one the login asks a code of), if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


class KodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            max_length=8,
            strip=True,
            widget=forms.TextInput(
                attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 8}
            ),
            **kwargs,
        )


class MasukStafForm(AdminAuthenticationForm):
    """The admin login: user name, password and — for an account that has set up an
    authenticator app — the 6-digit code it shows. A wrong code counts as a failed login
    (it brings the lockout nearer) and the device's own throttle slows repeated tries."""

    kode = KodeField(
        label=_("Kode autentikator"),
        required=False,
        help_text=_("6 angka dari aplikasi autentikator, bila verifikasi dua langkah aktif."),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "kode_diperlukan": _(
            "Akun ini memakai verifikasi dua langkah: masukkan kode 6 angka dari aplikasi "
            "autentikator Anda."
        ),
        "kode_salah": _("Kode autentikator salah atau sudah kedaluwarsa."),
        "kode_ditahan": _(
            "Terlalu banyak kode yang salah. Tunggu sebentar, lalu coba lagi dengan kode baru."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        perangkat = perangkat_aktif(user) if user is not None else None
        if perangkat is None:
            return cleaned_data
        kode = cleaned_data.get("kode")
        if not kode:
            raise forms.ValidationError(
                self.error_messages["kode_diperlukan"], code="kode_diperlukan"
            )
        diizinkan, _info = perangkat.verify_is_allowed()
        if not diizinkan:
            self._gagal(user)
            raise forms.ValidationError(self.error_messages["kode_ditahan"], code="kode_ditahan")
        if not perangkat.verify_token(kode):
            self._gagal(user)
            raise forms.ValidationError(self.error_messages["kode_salah"], code="kode_salah")
        # django_otp marks the session verified when Django logs this user in.
        user.otp_device = perangkat
        return cleaned_data

    def _gagal(self, user) -> None:
        """Record a wrong code as a failed login, so axes counts it toward the lockout."""
        user_login_failed.send(
            sender=type(self),
            credentials={"username": user.get_username()},
            request=self.request,
        )


def respons_terkunci(request, original_response=None, credentials=None):
    """The page a locked-out login gets (AXES_LOCKOUT_CALLABLE): the admin's own look,
    how long the lock lasts and whom to ask. Status 429."""
    menit = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    konteks = {
        **admin.site.each_context(request),
        "title": _("Login dikunci sementara"),
        "menit": menit,
        "gagal_maks": settings.AXES_FAILURE_LIMIT,
        "peran_pembuka": PPID_UTAMA,
    }
    return render(request, "admin/terkunci.html", konteks, status=429)


@receiver(user_logged_in, dispatch_uid="portal_sesi_staf")
def batasi_sesi_staf(sender, request, user, **kwargs) -> None:
    """A staff session ends after PORTAL_SESI_STAF_JAM hours (Django's default, 14 days,
    is far too long for accounts that open identity scans); visitors' sessions keep it."""
    if request is not None and user.is_staff and hasattr(request, "session"):
        request.session.set_expiry(settings.PORTAL_SESI_STAF_JAM * 3600)


# --- Setting up the authenticator app --------------------------------------------------


class KonfirmasiKodeForm(forms.Form):
    kode = KodeField(label=_("Kode dari aplikasi"))


def _qr_svg(url: str) -> str:
    keluaran = io.BytesIO()
    segno.make(url, error="m").save(
        keluaran, kind="svg", scale=4, xmldecl=False, svgns=True, title=NAMA_PERANGKAT
    )
    return keluaran.getvalue().decode()


@never_cache
@staff_member_required
def atur_2fa(request):
    """Set up two-factor login. Template `admin/atur_2fa.html`; context: `perangkat_aktif`
    (already set up), or `qr` (inline SVG), `kunci` (the key as text) and `form` (the first
    code, which confirms the set-up). Reached from the admin's user menu."""
    user = request.user
    aktif = perangkat_aktif(user)
    konteks = {
        **admin.site.each_context(request),
        "title": _("Verifikasi dua langkah"),
        "wajib": wajib_2fa(user),
        "perangkat_aktif": aktif,
    }
    if aktif is not None:
        return render(request, "admin/atur_2fa.html", konteks)
    perangkat = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if perangkat is None:
        perangkat = TOTPDevice.objects.create(user=user, name=NAMA_PERANGKAT, confirmed=False)
    form = KonfirmasiKodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        diizinkan, _info = perangkat.verify_is_allowed()
        if not diizinkan:
            form.add_error("kode", MasukStafForm.error_messages["kode_ditahan"])
        elif not perangkat.verify_token(form.cleaned_data["kode"]):
            form.add_error("kode", MasukStafForm.error_messages["kode_salah"])
        else:
            perangkat.confirmed = True
            perangkat.save(update_fields=["confirmed"])
            otp_login(request, perangkat)
            messages.success(
                request,
                _("Verifikasi dua langkah aktif. Mulai sekarang login meminta kode aplikasi."),
            )
            return redirect("admin:index")
    kunci = base64.b32encode(perangkat.bin_key).decode().rstrip("=")
    konteks.update(
        {
            "form": form,
            # segno writes the SVG itself (no user input in it).
            "qr": mark_safe(_qr_svg(perangkat.config_url)),  # noqa: S308
            "kunci": " ".join(kunci[i : i + 4] for i in range(0, len(kunci), 4)),
        }
    )
    return render(request, "admin/atur_2fa.html", konteks)


class Wajib2FAMiddleware:
    """While two-factor login is required for a user (permohonan.akses.wajib_2fa) and their
    session is not verified by a code, the admin shows them only the set-up page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and settings.PORTAL_2FA_WAJIB
            and request.path.startswith("/admin/")
            and not user.is_verified()
            and wajib_2fa(user)
        ):
            bebas = {reverse("atur_2fa"), reverse("admin:logout"), reverse("admin:login")}
            if request.path not in bebas:
                return redirect("atur_2fa")
        return self.get_response(request)
