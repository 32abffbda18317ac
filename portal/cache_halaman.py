"""Response cache for the public pages that look the same to every anonymous visitor.

A page opts in where its URL is declared (`tersimpan(...)` around the view in the URL conf),
naming the parts of the data it shows: the app labels "informasi", "permohonan", "portal".
Each part has a version token in the cache; a stored page carries the tokens it was built
with and is served only while they are all still current. Any saved, deleted or re-linked row
of a part (Django's model signals) replaces the part's token, inside the transaction that
changed it and again once it commits, so a page is never served from before a change — on
any app server, with the database cache (the token row commits with the data) or Redis.
Time makes content appear too (scheduled news, scheduled or expiring catalogue entries): the
token of a part expires at the next such moment, and the hour is part of the page's key
(deadlines and "this year" figures change at midnight, in each unit's time zone).

Key of a page: release (code, templates, translations, static manifest), scheme, host, path,
raw query string, language, hour. Only GET/HEAD of visitors without a session or a
message cookie are looked up; a response is stored only when it is a 200 without cookies, did
not use a CSRF token, is not marked private and shows no form with errors. So staff
previews, requester pages and forms are never served from here. Stored pages answer
with ETag/Last-Modified and `Cache-Control: public, no-cache`, so a browser or proxy keeps
them and revalidates each time (a 304 costs one cache read).

Counters shown on a page (views of an entry or an article) are still counted on each hit
(`saat_hit`, written together by portal/tertunda.py); the number shown is at most
PORTAL_CACHE_HALAMAN_DETIK old.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

logger = logging.getLogger(__name__)

ALIAS = "halaman"
LINGKUP = ("informasi", "permohonan", "portal")
# Rows written by public traffic or for bookkeeping; they change no page's content (view
# counters are counted with UPDATE, which sends no signal).
_BUKAN_KONTEN = {"informasi.fasettersimpan", "informasi.penghitunglaju", "portal.pembacaberita"}


@dataclass(frozen=True)
class Aturan:
    lingkup: tuple[str, ...]
    saat_hit: Callable[[HttpRequest, dict], None] | None = None
    parameter: tuple[str, ...] | None = None


def tersimpan(
    *lingkup: str,
    saat_hit: Callable[[HttpRequest, dict], None] | None = None,
    parameter: tuple[str, ...] | None = None,
):
    """Mark a view (function or `View.as_view()`) as cached for anonymous visitors; its
    pages show data of the given parts. `saat_hit(request, data)` runs when a stored page is
    served, with the dict the view put in `request.halaman_data` (e.g. to count a view).

    `parameter`: the only GET parameters the view reads. For a page that is slow to build
    (the statistics), an address with any other parameter is redirected to the address
    without it, so made-up parameters cannot make every request a first view."""
    tidak_dikenal = set(lingkup) - set(LINGKUP)
    if tidak_dikenal or not lingkup:
        raise ValueError(f"unknown cache parts: {tidak_dikenal or lingkup}")

    def dekor(view):
        view.halaman_tersimpan = Aturan(tuple(sorted(set(lingkup))), saat_hit, parameter)
        return view

    return dekor


def _cache():
    return caches[ALIAS]


@cache
def rilis() -> str:
    """The deployed code, templates, translations and static files: stored pages of another
    release are never served (they would name old static files, texts or markup)."""
    h = hashlib.sha256(settings.PORTAL_RILIS.encode())
    dasar = Path(settings.BASE_DIR)
    for folder in ("informasi", "permohonan", "portal", "templates", "locale"):
        for berkas in sorted((dasar / folder).rglob("*")):
            if berkas.suffix in {".py", ".html", ".txt", ".xml", ".mo"}:
                h.update(f"{berkas.relative_to(dasar)}:{berkas.stat().st_mtime_ns}".encode())
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    if manifest.is_file():
        h.update(manifest.read_bytes())
    return h.hexdigest()[:16]


def _kunci_versi(lingkup: str) -> str:
    return f"versi:{lingkup}"


def _perubahan_berikut(lingkup: str) -> float | None:
    """When published content of a part next changes by the clock alone (epoch seconds)."""
    sekarang = timezone.now()
    waktu = []
    if lingkup == "informasi":
        from informasi.models import Informasi

        terbit = Informasi.objects.filter(status=Informasi.Status.TERBIT)
        waktu.append(
            terbit.filter(diterbitkan_pada__gt=sekarang)
            .order_by("diterbitkan_pada")
            .values_list("diterbitkan_pada", flat=True)
            .first()
        )
        # Serta-merta announcements leave the home page when they lapse (UU 14/2008 Pasal 10).
        waktu.append(
            terbit.filter(kategori=Informasi.Kategori.SERTA_MERTA, berlaku_sampai__gt=sekarang)
            .order_by("berlaku_sampai")
            .values_list("berlaku_sampai", flat=True)
            .first()
        )
    elif lingkup == "portal":
        from portal.models import Berita

        waktu.append(
            Berita.objects.filter(status=Berita.Status.TERBIT, terbit_pada__gt=sekarang)
            .order_by("terbit_pada")
            .values_list("terbit_pada", flat=True)
            .first()
        )
    waktu = [w for w in waktu if w is not None]
    return min(waktu).timestamp() if waktu else None


def _tulis_versi(lingkup: str) -> tuple[str, float | None]:
    versi = (secrets.token_hex(8), _perubahan_berikut(lingkup))
    _cache().set(_kunci_versi(lingkup), versi, timeout=None)
    return versi


def konten_berubah(lingkup: str) -> None:
    """Pages showing `lingkup` are out of date. Call after changes that send no model signal
    (QuerySet.update(), bulk_create(), raw SQL); saves and deletes are seen by themselves."""
    if not settings.PORTAL_CACHE_HALAMAN:
        return
    # Now, inside the transaction (with the database cache it commits with the data; a page
    # built later in this same transaction is then stored under this token) ...
    _tulis_versi(lingkup)
    if not connection.in_atomic_block or any(
        getattr(f, "halaman_lingkup", None) == lingkup for _, f, _ in connection.run_on_commit
    ):
        return

    # Once more after the commit: a cache outside the database (Redis) may have been read
    # and refilled with the old data meanwhile.
    def setelah_commit():
        _tulis_versi(lingkup)

    setelah_commit.halaman_lingkup = lingkup
    transaction.on_commit(setelah_commit)


def _dari_sinyal(sender, **kwargs) -> None:
    # (Migrations' historical models are other classes: their rows renew nothing; a new
    # release has other keys anyway.)
    konten_berubah(sender._meta.app_label)


def hubungkan_sinyal() -> None:
    """Called from PortalConfig.ready(): every content model of the three parts, and their
    many-to-many tables. Connected per model: a receiver for all senders would make Django
    load and signal every row of each bulk delete (no fast deletes), e.g. of the rate-limit
    counters."""
    from django.apps import apps

    for lingkup in LINGKUP:
        for model in apps.get_app_config(lingkup).get_models():
            if model._meta.label_lower in _BUKAN_KONTEN:
                continue
            uid = f"cache_halaman_{model._meta.label_lower}"
            post_save.connect(_dari_sinyal, sender=model, dispatch_uid=f"{uid}_simpan")
            post_delete.connect(_dari_sinyal, sender=model, dispatch_uid=f"{uid}_hapus")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    _dari_sinyal,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}_{field.name}",
                )


def kosongkan() -> None:
    """Drop every stored page and fragment (tests, `manage.py bersihkan_halaman`)."""
    _cache().clear()
    caches[ALIAS_FRAGMEN].clear()


# --- fragments -----------------------------------------------------------------------------
# A first view (a new filter combination, a search, a deep page) mostly shows pieces other
# pages showed already: the rows of the catalogue and the news lists, the menu, the footer.
# Those are kept in this process's memory (a bounded LocMemCache, settings.CACHES), keyed by
# the same part tokens as the stored pages, so a change of their data shows at once. Only
# while a page of `tersimpan()` is built for an anonymous visitor: staff (who may preview
# unpublished content) and requester pages always render everything.
ALIAS_FRAGMEN = "fragmen"


def fragmen_kunci(request, lingkup: tuple[str, ...], *bagian) -> str | None:
    """The key of a fragment showing the data of `lingkup` and varying by `bagian` (with the
    language and the release), or None where fragments are not used."""
    versi = getattr(request, "versi_halaman", None)
    if not versi or any(nama not in versi for nama in lingkup):
        return None
    asal = "|".join(
        [
            rilis(),
            getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
            *(versi[nama] for nama in lingkup),
            *(repr(b) for b in bagian),
        ]
    )
    return "f:" + hashlib.sha256(asal.encode("utf-8", "surrogateescape")).hexdigest()


def fragmen(kunci: str | None, buat: Callable[[], str]) -> str:
    """The fragment stored under `kunci`, else `buat()` (stored when `kunci` is not None)."""
    if kunci is None:
        return buat()
    simpanan = caches[ALIAS_FRAGMEN].get(kunci)
    if simpanan is None:
        simpanan = buat()
        caches[ALIAS_FRAGMEN].set(kunci, simpanan)
    return simpanan


class CacheHalamanMiddleware:
    """Serves and stores the pages of views marked with `tersimpan()`. Placed after the
    language middleware (the key needs the visitor's language), before everything that only
    a freshly built page needs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        aturan = self._aturan(request)
        if aturan is None:
            return self.get_response(request)
        if aturan.parameter is not None and set(request.GET) - set(aturan.parameter):
            return self._tanpa_parameter_lain(request, aturan.parameter)
        kunci = self._kunci(request)
        try:
            simpanan, versi = self._baca(kunci, aturan)
        except DatabaseError:
            # The database is away: the normal path shows the outage page.
            logger.warning("page cache unreadable", exc_info=True)
            return self.get_response(request)
        if simpanan is not None and simpanan["versi"] == versi:
            if aturan.saat_hit:
                aturan.saat_hit(request, simpanan["data"])
            return self._jawab(request, self._dari_simpanan(simpanan), simpanan)
        # The page is built: its parts that look the same on other pages may come from
        # the fragments already built with these tokens ({% tetap %}, fragmen()).
        request.versi_halaman = versi
        response = self.get_response(request)
        if not self._boleh_disimpan(request, response):
            return response
        simpanan = {
            "versi": versi,
            "status": response.status_code,
            "header": [(k, v) for k, v in response.items() if k.lower() not in {"date"}],
            "isi": zlib.compress(response.content, 6),
            "etag": f'"{hashlib.sha256(response.content).hexdigest()[:32]}"',
            # The page's own Last-Modified (a sitemap part: its newest entry), else now.
            "waktu": parse_http_date_safe(response.get("Last-Modified"))
            or timezone.now().timestamp(),
            "data": getattr(request, "halaman_data", {}),
        }
        try:
            _cache().set(kunci, simpanan, timeout=settings.PORTAL_CACHE_HALAMAN_DETIK)
        except DatabaseError:
            logger.warning("page not stored", exc_info=True)
            return response
        return self._jawab(request, response, simpanan)

    @staticmethod
    def _aturan(request) -> Aturan | None:
        if not settings.PORTAL_CACHE_HALAMAN or request.method not in ("GET", "HEAD"):
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None  # staff, or a requester with a proven request: their own pages
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        return getattr(match.func, "halaman_tersimpan", None)

    @staticmethod
    def _tanpa_parameter_lain(request, parameter: tuple[str, ...]) -> HttpResponseRedirect:
        query = QueryDict(mutable=True)
        for nama in parameter:
            if nama in request.GET:
                query.setlist(nama, request.GET.getlist(nama))
        return HttpResponseRedirect(request.path + (f"?{query.urlencode()}" if query else ""))

    @staticmethod
    def _kunci(request) -> str:
        asal = "|".join(
            [
                rilis(),
                request.scheme,
                request.get_host(),
                request.path,
                request.META.get("QUERY_STRING", ""),
                getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
                # The hour: dates change at midnight in each unit's time zone (WIB, WITA,
                # WIT), and "today" decides deadlines and this year's figures.
                timezone.now().strftime("%Y%m%d%H"),
            ]
        )
        return "h:" + hashlib.sha256(asal.encode("utf-8", "surrogateescape")).hexdigest()

    @staticmethod
    def _baca(kunci: str, aturan: Aturan) -> tuple[dict | None, dict]:
        """One cache read for the page and the tokens of its parts; a missing or expired
        token is replaced (the stored page then no longer matches)."""
        kunci_versi = {lingkup: _kunci_versi(lingkup) for lingkup in aturan.lingkup}
        ada = _cache().get_many([kunci, *kunci_versi.values()])
        sekarang = timezone.now().timestamp()
        versi = {}
        for lingkup, k in kunci_versi.items():
            nilai = ada.get(k)
            if nilai is None or (nilai[1] is not None and nilai[1] <= sekarang):
                nilai = _tulis_versi(lingkup)
            versi[lingkup] = nilai[0]
        return ada.get(kunci), versi

    @staticmethod
    def _boleh_disimpan(request, response) -> bool:
        konteks = getattr(response, "context_data", None) or {}
        for nama in ("filter", "form"):
            form = getattr(konteks.get(nama), "form", konteks.get(nama))
            if getattr(form, "is_bound", False) and form.errors:
                return False  # a page showing a form's errors
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _dari_simpanan(simpanan: dict) -> HttpResponse:
        response = HttpResponse(zlib.decompress(simpanan["isi"]), status=simpanan["status"])
        for k, v in simpanan["header"]:
            response[k] = v
        return response

    @staticmethod
    def _jawab(request, response: HttpResponse, simpanan: dict) -> HttpResponse:
        response["ETag"] = simpanan["etag"]
        response["Last-Modified"] = http_date(simpanan["waktu"])
        response["Cache-Control"] = "public, no-cache"
        patch_vary_headers(response, ["Cookie"])
        return get_conditional_response(
            request,
            etag=simpanan["etag"],
            last_modified=int(simpanan["waktu"]),
            response=response,
        )
