"""The PDF engine of the letters (`permohonan.surat`): WeasyPrint renders the same HTML
templates as the print views (DESIGN.md), with no network access. Only the worker renders
PDFs (`permohonan.tasks.buat_pdf_surat`); the web process serves the stored file."""

from __future__ import annotations

import mimetypes
import posixpath

from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.http import HttpRequest
from django.template.loader import render_to_string

# Letters rendered for PDF link their stylesheet as pdf-static:/<path>; only those are served.
_AWALAN = "pdf-static:/"
# …and a unit's letterhead logo as pdf-media:/unit/logo/<name>, read through the storage.
_AWALAN_MEDIA = "pdf-media:/"


def _ambil_berkas(url: str, *args, **kwargs):
    """Serve our own static files to WeasyPrint from disk and refuse everything else: no
    network requests while rendering, and none back to this very server."""
    from weasyprint.urls import URLFetcherResponse

    if url.startswith(_AWALAN_MEDIA):
        nama = posixpath.normpath(url[len(_AWALAN_MEDIA) :])
        if nama.startswith("unit/logo/") and default_storage.exists(nama):
            with default_storage.open(nama, "rb") as fh:
                return URLFetcherResponse(
                    url,
                    body=fh.read(),
                    headers={"Content-Type": mimetypes.guess_type(nama)[0] or "image/png"},
                )
    if url.startswith(_AWALAN):
        path = finders.find(url[len(_AWALAN) :])
        if path:
            with open(path, "rb") as fh:
                return URLFetcherResponse(
                    url, body=fh.read(), headers={"Content-Type": "text/css; charset=utf-8"}
                )
    raise ValueError(f"{url} is not a stylesheet or letterhead logo of this portal")


def html_pdf(template: str, context: dict) -> str:
    """The HTML a letter's PDF is made from. Rendered with an empty request, so the web
    process and the worker render the very same text for the same data (its hash is the
    PDF's version, `permohonan.surat`); the context processors (the body's letterhead) still
    run."""
    return render_to_string(template, {**context, "untuk_pdf": True}, request=HttpRequest())


def pdf_dari_html(html: str) -> bytes:
    """WeasyPrint: slow (up to seconds) — only ever called by the worker."""
    import weasyprint

    return weasyprint.HTML(string=html, url_fetcher=_ambil_berkas).write_pdf()


def buat_pdf(template: str, context: dict) -> bytes:
    """The PDF of a letter template."""
    return pdf_dari_html(html_pdf(template, context))
