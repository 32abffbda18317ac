"""Public pages of the site itself: home page, static pages, public media, health check."""

import mimetypes
import posixpath
import sys

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, TemplateView

from informasi.models import Informasi, UnitKerja
from permohonan.selectors import angka_layanan
from portal.middleware import halaman_gangguan, sebab_gangguan
from portal.models import Berita, Halaman


class BerandaView(TemplateView):
    """Home page. Template `portal/beranda.html`; context: `serta_merta` (current urgent
    announcements), `informasi_terbaru`, `berita_terbaru`, `angka` (service figures of this
    year), `unit_list` (the unit tree). Each block is one query."""

    template_name = "portal/beranda.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # UU 14/2008 Pasal 10: serta-merta information is announced first, while current.
        context["serta_merta"] = list(
            Informasi.objects.serta_merta_berlaku().select_related("unit_kerja")[:5]
        )
        context["informasi_terbaru"] = list(
            Informasi.objects.publik().select_related("unit_kerja")[:6]
        )
        context["berita_terbaru"] = list(
            Berita.objects.tayang().select_related("kategori").defer("isi")[:4]
        )
        context["angka"] = angka_layanan(timezone.localdate().year)
        context["unit_list"] = UnitKerja.objects.kantor().only(
            "nama", "slug", "jalur", "jenis", "alamat", "telepon", "email"
        )
        return context


def halo(request: HttpRequest) -> HttpResponse:
    """`make bench`'s yardstick: the cheapest Django view, through the same middleware and
    gunicorn as every page (only routed when PORTAL_BENCH_HALO is set)."""
    return HttpResponse("Halo", content_type="text/plain")


@never_cache
def pilih_bahasa(request: HttpRequest, kode: str) -> HttpResponse:
    """The header's language switch: sets the language cookie (read by BahasaMiddleware) and
    goes back to the page it was on. A link rather than a form posted to Django's
    set_language, so public pages carry no CSRF token and are the same for every visitor
    (they can be stored: portal/cache_halaman.py). Only addresses on this site are followed."""
    if kode not in dict(settings.LANGUAGES):
        raise Http404
    tujuan = request.GET.get("next", "")
    if not (
        tujuan.startswith("/")
        and tujuan.isprintable()
        and url_has_allowed_host_and_scheme(
            tujuan, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        tujuan = "/"
    response = HttpResponseRedirect(tujuan)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        kode,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class HalamanDetailView(DetailView):
    """A published static page. Template `portal/halaman_detail.html`; context: `halaman`."""

    queryset = Halaman.objects.terbit()
    context_object_name = "halaman"


# One query for both: the database answers, and the age of the freshest worker heartbeat
# (procrastinate writes it into procrastinate_workers every 10 s; NULL = no worker).
_SQL_KESEHATAN = (
    "SELECT EXTRACT(EPOCH FROM now() - max(last_heartbeat)) FROM procrastinate_workers"
)


def _cek_kesehatan() -> tuple[bool, bool]:
    """(database answers, a worker is alive: heartbeat younger than PEKERJA_BATAS_DETAK_MENIT)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(_SQL_KESEHATAN)
            (umur_detak,) = cursor.fetchone()
    except DatabaseError:
        return False, False
    return True, umur_detak is not None and umur_detak < settings.PEKERJA_BATAS_DETAK_MENIT * 60


def _teks(baris: list[str], status: int) -> HttpResponse:
    return HttpResponse("\n".join(baris) + "\n", status=status, content_type="text/plain")


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers: 200 when the database answers, 503 otherwise. The second line says
    whether the background worker is alive, without failing the web server for it (a
    load balancer must not take every app server out because the worker is down); monitor
    /healthz/pekerja for that."""
    db_ok, pekerja_ok = _cek_kesehatan()
    if not db_ok:
        return _teks(["database unavailable", "worker: unknown"], 503)
    return _teks(["ok", "worker: ok" if pekerja_ok else "worker: stale"], 200)


@never_cache
def healthz_pekerja(request: HttpRequest) -> HttpResponse:
    """For monitoring the background worker (mail, daily jobs): 200 when a worker wrote its
    heartbeat within PEKERJA_BATAS_DETAK_MENIT minutes, 503 when none did or the database is
    away."""
    db_ok, pekerja_ok = _cek_kesehatan()
    if not db_ok:
        return _teks(["database unavailable"], 503)
    if not pekerja_ok:
        menit = settings.PEKERJA_BATAS_DETAK_MENIT
        return _teks([f"worker stale: no heartbeat within {menit} min"], 503)
    return _teks(["ok"], 200)


def galat_server(request: HttpRequest) -> HttpResponse:
    """The 500 handler: an absent database or a full disk met outside a view (e.g. while
    saving the session) still gets its own 503 page; anything else the 500 page."""
    sebab = sebab_gangguan(sys.exc_info()[1])
    if sebab is not None:
        return halaman_gangguan(request, sebab)
    return defaults.server_error(request)


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages without an icon link (the admin)."""
    return redirect(static("img/favicon.svg"), permanent=True)


# The only uploads anyone may fetch by address: units' letterhead logos and the renditions
# of news pictures (the
# originals keep their metadata private; catalogue documents go through their download
# view, which checks the entry is published; private files never have an address).
MEDIA_PUBLIK = ("berita/r/", "unit/logo/")


def media_publik(request: HttpRequest, path: str) -> HttpResponse:
    """A public upload from the default storage (local folder or object storage), so pictures
    load under `make run`, under gunicorn alone, and behind a proxy that does not serve
    MEDIA_ROOT itself (docs/deployment.md shows one that does)."""
    nama = posixpath.normpath(path)
    if nama != path or not nama.startswith(MEDIA_PUBLIK):
        raise Http404
    try:
        berkas = default_storage.open(nama, "rb")
    except (FileNotFoundError, OSError, SuspiciousFileOperation) as exc:
        raise Http404 from exc
    response = FileResponse(berkas, content_type=mimetypes.guess_type(nama)[0])
    # A rendition's name comes from the random name of its original, so a new picture has a
    # new address: browsers and proxies may keep it for a long time.
    response["Cache-Control"] = "public, max-age=2592000, immutable"
    return response
