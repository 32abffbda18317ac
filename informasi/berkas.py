"""Checks on uploaded documents: what a file *is* (by its bytes), not what its name says.

libmagic (python-magic) reads the content; the detected type must be one of the allowed
formats and must agree with the file's extension, so a renamed executable is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

import magic
from django import forms
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


# Pictures (news covers, unit logos) are decoded by Pillow, which needs about 10 bytes per
# pixel: a 59-megapixel picture of a few MB took 615 MB. Their size is read from the file's
# header and refused above this, before anything is decoded. Pillow's own guard
# (Image.MAX_IMAGE_PIXELS, set from this in portal.apps) warns above it and refuses at twice
# it, wherever a picture is opened.
MAKS_MEGAPIKSEL = 25
MAKS_SISI = 10_000  # pixels on the longest side


def _pesan_piksel(ukuran: tuple[int, int] | None) -> ValidationError:
    pesan = _(
        "Gambar terlalu besar: paling banyak %(mp)d megapiksel (misalnya 6000 × 4000 piksel) "
        "dan sisi terpanjang %(sisi)s piksel."
    ) % {"mp": MAKS_MEGAPIKSEL, "sisi": f"{MAKS_SISI:,}".replace(",", ".")}
    if ukuran:
        pesan += " " + _("Gambar ini %(lebar)d × %(tinggi)d piksel.") % {
            "lebar": ukuran[0],
            "tinggi": ukuran[1],
        }
    pesan += " " + _("Perkecil gambarnya, lalu unggah lagi.")
    return ValidationError(pesan, code="terlalu_banyak_piksel")


def periksa_piksel(berkas) -> None:
    """Refuse a picture whose dimensions (read from its header only; nothing is decoded)
    exceed MAKS_MEGAPIKSEL or MAKS_SISI. Files Pillow cannot read are left to the caller's
    other checks."""
    import warnings

    from PIL import Image

    berkas.seek(0)
    try:
        with warnings.catch_warnings():
            # Our own limit answers first, with its message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(berkas) as gambar:  # lazy: reads the header
                lebar, tinggi = gambar.size
    except Image.DecompressionBombError as exc:
        raise _pesan_piksel(None) from exc
    except Exception:  # not a picture Pillow knows; other checks say so
        return
    finally:
        berkas.seek(0)
    if lebar * tinggi > MAKS_MEGAPIKSEL * 1_000_000 or max(lebar, tinggi) > MAKS_SISI:
        raise _pesan_piksel((lebar, tinggi))


class GambarField(forms.ImageField):
    """Django's image field, with the pixel limit checked from the header first — before
    Django's own check opens the picture (and answers a huge one with a vague message)."""

    def to_python(self, data):
        if data is not None and hasattr(data, "seek"):
            periksa_piksel(data)
        return super().to_python(data)
