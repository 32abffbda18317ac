"""Pages that show a requester's personal data or their request (UU 27/2022; DOMAIN.md §11)
are never stored by a browser or a shared proxy: `Cache-Control: no-store, private` (with
Django's never_cache: max-age=0, no-cache, must-revalidate too)."""

from functools import wraps

from django.views.decorators.cache import never_cache

# A named alias, so the views say why they are not cached.
pribadi = never_cache


def formulir_kosong(view):
    """The empty form (GET): kept by the visitor's own browser only (`private`), and kept
    whatever cookies the browser has since — so Back restores it, with what was typed, when
    the next step meets an absent database (portal.middleware). Without this, the CSRF
    cookie the form itself sets would, through `Vary: Cookie`, make the browser's copy
    unusable. BahasaMiddleware leaves Cookie out of Vary for these answers."""

    @wraps(view)
    def bungkus(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "private"
        response.vary_tanpa_cookie = True
        return response

    return bungkus
