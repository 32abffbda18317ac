import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import DataError
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


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
            logger.warning("Saringan admin tidak dapat dipakai: %s", request.path, exc_info=True)
            messages.warning(
                request,
                _(
                    "Saringan, urutan atau pencarian pada alamat tidak dapat dipakai "
                    "dan diabaikan."
                ),
            )
            return redirect(request.path)
        return None
