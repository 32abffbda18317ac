"""Checks on uploaded documents: what a file *is* (by its bytes), not what its name says.

libmagic (python-magic) reads the content; the detected type must be one of the allowed
formats and must agree with the file's extension, so a renamed executable is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

import magic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

_OLE = {"application/x-ole-storage", "application/CDFV2"}  # legacy Office containers
_OOXML = "application/vnd.openxmlformats-officedocument."
_ODF = "application/vnd.oasis.opendocument."

# format code -> (extensions, MIME types libmagic reports for such content)
FORMAT: dict[str, tuple[set[str], set[str]]] = {
    "pdf": ({"pdf"}, {"application/pdf"}),
    "doc": ({"doc"}, {"application/msword", *_OLE}),
    "docx": ({"docx"}, {_OOXML + "wordprocessingml.document"}),
    "xls": ({"xls"}, {"application/vnd.ms-excel", *_OLE}),
    "xlsx": ({"xlsx"}, {_OOXML + "spreadsheetml.sheet"}),
    "ppt": ({"ppt"}, {"application/vnd.ms-powerpoint", *_OLE}),
    "pptx": ({"pptx"}, {_OOXML + "presentationml.presentation"}),
    "odt": ({"odt"}, {_ODF + "text"}),
    "ods": ({"ods"}, {_ODF + "spreadsheet"}),
    "csv": ({"csv"}, {"text/csv", "text/plain", "application/csv"}),
    "jpg": ({"jpg", "jpeg"}, {"image/jpeg"}),
    "png": ({"png"}, {"image/png"}),
}


@dataclass(frozen=True)
class HasilPeriksa:
    format: str
    tipe_mime: str
    ukuran: int
    sha256: str


def format_diizinkan(pilihan=None) -> dict[str, tuple[set[str], set[str]]]:
    pilihan = settings.INFORMASI_FORMAT_DIIZINKAN if pilihan is None else pilihan
    return {kode: nilai for kode, nilai in FORMAT.items() if not pilihan or kode in pilihan}


def periksa_berkas(berkas, *, format=None, maks_mb: int | None = None) -> HasilPeriksa:
    """Validate an uploaded file; return its format, type, size and checksum.

    `format` (format codes) and `maks_mb` default to the catalogue's settings. Raises
    ValidationError (Indonesian message, with a code) when the file is too large, of a
    format not allowed, or its content does not match its name.
    """
    maks = (maks_mb or settings.INFORMASI_MAKS_UKURAN_MB) * 1024 * 1024
    if berkas.size > maks:
        raise ValidationError(
            _("Berkas terlalu besar (%(ukuran)s). Batasnya %(maks)s.")
            % {"ukuran": filesizeformat(berkas.size), "maks": filesizeformat(maks)},
            code="terlalu_besar",
        )
    if berkas.size == 0:
        raise ValidationError(_("Berkas kosong."), code="kosong")

    ekstensi = PurePath(berkas.name).suffix.lower().lstrip(".")
    diizinkan = format_diizinkan(format)
    kode = next((k for k, (exts, _m) in diizinkan.items() if ekstensi in exts), None)
    daftar = ", ".join(sorted(k.upper() for k in diizinkan))
    if kode is None:
        raise ValidationError(
            _("Format .%(ekstensi)s tidak diterima. Format yang diterima: %(daftar)s.")
            % {"ekstensi": ekstensi or "?", "daftar": daftar},
            code="format_ditolak",
        )

    berkas.seek(0)
    kepala = berkas.read(65536)  # OOXML/ODF are recognised by the zip entries near the start
    berkas.seek(0)
    mime = magic.from_buffer(kepala, mime=True)
    if mime not in diizinkan[kode][1]:
        raise ValidationError(
            _(
                "Isi berkas tidak sesuai dengan namanya: berkas bernama .%(ekstensi)s tetapi "
                "isinya bertipe %(mime)s. Unggah berkas %(format)s yang asli."
            )
            % {"ekstensi": ekstensi, "mime": mime, "format": kode.upper()},
            code="isi_tidak_sesuai",
        )

    digest = hashlib.sha256()
    for chunk in berkas.chunks():
        digest.update(chunk)
    berkas.seek(0)
    return HasilPeriksa(format=kode, tipe_mime=mime, ukuran=berkas.size, sha256=digest.hexdigest())
