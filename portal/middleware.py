"""Site-wide middleware: the visitor's language, the page for an absent database or a full
disk, and odd values in admin list addresses."""

import errno
import logging
import re

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import DataError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _


class BahasaMiddleware:
    """Indonesian for everyone, English only for visitors who chose it.

    Replaces Django's LocaleMiddleware, which would follow the browser's Accept-Language and
    show English to the many Indonesians whose browser is set to English. The choice is the
    language cookie written by Django's set_language view (the switcher in the header).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # Only for this request: the thread goes back to its language afterwards, so a
        # visitor's choice never leaks into the next request or job the thread runs.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response


class VaryPribadiMiddleware:
    """A private answer the browser must keep whatever its cookies become (the empty request
    form: permohonan.views._pribadi.formulir_kosong) leaves Cookie out of Vary, which the
    language, session and CSRF middleware add. Placed before SessionMiddleware, so it sees
    the answer after all of them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "vary_tanpa_cookie", False) and "Vary" in response:
            vary = [v for v in re.split(r"\s*,\s*", response["Vary"]) if v]
            vary = [v for v in vary if v.lower() != "cookie"]
            if vary:
                response["Vary"] = ", ".join(vary)
            else:
                del response["Vary"]
        return response


# --- The service is away -----------------------------------------------------------------
# Errors that are nobody's fault on the page: the database cannot be reached, or the disk
# is full. They get a clear page (HTTP 503, the visitor's language) instead of the generic
# 500, saying that nothing was registered and how to get back to what was typed.
_GALAT_DISK = {errno.ENOSPC, errno.EDQUOT}
_MAKS_BERKAS = 2  # uploads kept per submission (no public form has more)

logger = logging.getLogger("portal.gangguan")


def sebab_gangguan(exc: BaseException | None) -> str | None:
    """ "basis_data", "penyimpanan" (disk full) or None for any other error."""
    if isinstance(exc, (OperationalError, InterfaceError)):
        return "basis_data"
    if isinstance(exc, OSError) and exc.errno in _GALAT_DISK:
        return "penyimpanan"
    return None


def _isian(request) -> list[tuple[str, str]] | None:
    """What was sent, to send it again from the page; None when it cannot be read."""
    try:
        return [
            (nama, nilai)
            for nama, nilai_list in request.POST.lists()
            for nilai in nilai_list
            # Never written into a page: the old CSRF token (a fresh one is added), passwords.
            if nama != "csrfmiddlewaretoken" and "password" not in nama
        ]
    except Exception:  # the body itself could not be read (e.g. the disk filled up)
        return None


def halaman_gangguan(request, sebab: str) -> HttpResponse:
    """The page for a request that met an absent database or a full disk. Template
    `gangguan.html`, rendered without context processors (they read the database); context:
    `sebab`, `kiriman` (a POST), `aksi`, `isian` (fields to send again), `berkas_disimpan` /
    `berkas_hilang` (names of the uploads kept or not), `csrf_token`."""
    # Neither the query string nor the path goes into the log: they can hold a secret
    # tracking token (the tracking link).
    match = getattr(request, "resolver_match", None)
    logger.error(
        "%s %s: %s", request.method, match.view_name if match else "?", sebab, exc_info=True
    )
    kiriman = request.method == "POST"
    isian = _isian(request) if kiriman else None
    disimpan, hilang = [], []
    if isian is not None:
        from permohonan.forms._umum import simpan_unggahan_sementara

        for nama, berkas_list in request.FILES.lists():
            for berkas in berkas_list:
                tanda = None
                if sebab == "basis_data" and len(disimpan) < _MAKS_BERKAS:
                    tanda = simpan_unggahan_sementara(berkas)
                if tanda:
                    isian = [(n, v) for n, v in isian if n != f"{nama}_tersimpan"]
                    isian.append((f"{nama}_tersimpan", tanda))
                    disimpan.append(berkas.name)
                else:
                    hilang.append(berkas.name)
    bahasa = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
    with translation.override(bahasa):
        html = loader.render_to_string(
            "gangguan.html",
            {
                "sebab": sebab,
                "kiriman": kiriman,
                "aksi": request.get_full_path(),
                "isian": isian,
                "berkas_disimpan": disimpan,
                "berkas_hilang": hilang,
                "csrf_token": get_token(request),
                "LANGUAGE_CODE": bahasa,
            },
        )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "60"
    response["Content-Language"] = bahasa
    # Holds what the visitor typed: never kept by a browser cache or a proxy.
    response["Cache-Control"] = "no-store"
    return response


class GangguanMiddleware:
    """A view that meets an absent database or a full disk answers with `halaman_gangguan`
    (the error handler `portal.views.galat_server` does the same for errors outside views,
    e.g. when the session cannot be saved). Last in MIDDLEWARE, so the page still gets the
    security headers of the others."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        sebab = sebab_gangguan(exception)
        if sebab is None:
            return None
        return halaman_gangguan(request, sebab)


logger_admin = logging.getLogger(__name__)


class AdminSaringanMiddleware:
    """Odd values in an admin list's address (a filter, the date drill-down, the order, a
    search) get a message on the list, never a 500.

    The admin checks most filter values itself, but not all: a NUL byte (PostgreSQL text
    cannot hold one), a year past 9999, a date the time zone pushes past 9999-12-31, or a
    value a database enum does not know reach the database or the date library and fail
    there — in the portal's lists and in those of the libraries (axes, procrastinate, otp).
    A parameter with a NUL byte is dropped before the view runs; any other such failure on
    a list sends the user back to the list without its parameters.
    """

    _GAGAL = (DataError, OverflowError, ValueError, ValidationError)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.method == "GET":
            bersih = request.GET.copy()
            kotor = [
                kunci
                for kunci, nilai in request.GET.lists()
                if "\x00" in kunci or any("\x00" in n for n in nilai)
            ]
            if kotor:
                for kunci in kotor:
                    del bersih[kunci]
                messages.warning(request, _("Nilai yang tidak sah pada alamat diabaikan."))
                return redirect(f"{request.path}?{bersih.urlencode()}")
        return self.get_response(request)

    def process_exception(self, request, exception):
        cocok = request.resolver_match
        if (
            request.method == "GET"
            and request.GET
            and isinstance(exception, self._GAGAL)
            and cocok is not None
            and cocok.namespace == "admin"
            and cocok.url_name.endswith("_changelist")
        ):
            logger_admin.warning(
                "Saringan admin tidak dapat dipakai: %s", request.path, exc_info=True
            )
            messages.warning(
                request,
                _(
                    "Saringan, urutan atau pencarian pada alamat tidak dapat dipakai "
                    "dan diabaikan."
                ),
            )
            return redirect(request.path)
        return None
