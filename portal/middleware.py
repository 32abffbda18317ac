from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
