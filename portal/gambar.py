"""Cover images of news items: upload checks and the fixed renditions.

Each rendition is made once, when the cover image changes, and stored through Django's storage
with its width and height, so pages set <img width height> and never resize on request.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import PurePath

import magic
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from informasi.berkas import periksa_piksel

# Pillow format -> the MIME type libmagic must read from the same bytes.
FORMAT = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAKS_MB = 8
LEBAR_MINIMAL = 1200

# name -> (size, crop to exactly that size)
RENDISI = {
    "gambar_kecil": ((480, 270), True),  # list thumbnail, 16:9
    "gambar_halaman": ((1200, 1200), False),  # article width, aspect kept
    "gambar_sosial": ((1200, 630), True),  # Open Graph / Twitter card
}


def periksa_gambar(berkas) -> None:
    """Refuse what is not really a JPEG, PNG or WebP picture, or is too big or too small.

    The content decides, twice: libmagic reads the first bytes and Pillow verifies the whole
    file; both must agree on one of the allowed formats. A small file can hold a huge picture
    (a "decompression bomb"): its dimensions are checked from the header first
    (informasi.berkas.periksa_piksel), before anything is decoded."""
    if berkas.size > MAKS_MB * 1024 * 1024:
        raise ValidationError(
            _("Foto terlalu besar; paling besar %(mb)d MB.") % {"mb": MAKS_MB},
            code="terlalu_besar",
        )
    periksa_piksel(berkas)
    try:
        berkas.seek(0)
        tipe_mime = magic.from_buffer(berkas.read(4096), mime=True)
        berkas.seek(0)
        with Image.open(berkas) as gambar:
            format_ = gambar.format
            lebar = gambar.size[0]
            gambar.verify()
    except Exception as exc:  # Pillow raises many kinds of errors for broken files
        raise ValidationError(
            _("Berkas ini bukan foto JPEG, PNG, atau WebP yang utuh."), code="bukan_gambar"
        ) from exc
    finally:
        berkas.seek(0)
    if format_ not in FORMAT or FORMAT[format_] != tipe_mime:
        raise ValidationError(_("Format foto harus JPEG, PNG, atau WebP."), code="format_gambar")
    if lebar < LEBAR_MINIMAL:
        raise ValidationError(
            _("Foto terlalu kecil: lebar minimal %(px)d piksel.") % {"px": LEBAR_MINIMAL},
            code="terlalu_kecil",
        )


def buat_rendisi(berita) -> None:
    """(Re)make the renditions of `berita`'s cover image and save them (not the item)."""
    dasar = PurePath(berita.gambar.name).stem
    berita.gambar.open("rb")
    try:
        with Image.open(berita.gambar) as asli:
            asli = ImageOps.exif_transpose(asli).convert("RGB")
            for nama, (ukuran, potong) in RENDISI.items():
                if potong:
                    hasil = ImageOps.fit(asli, ukuran, Image.Resampling.LANCZOS)
                else:
                    hasil = asli.copy()
                    hasil.thumbnail(ukuran, Image.Resampling.LANCZOS)
                keluaran = BytesIO()
                hasil.save(keluaran, "JPEG", quality=82, optimize=True, progressive=True)
                getattr(berita, nama).save(
                    f"berita/r/{dasar}-{nama.removeprefix('gambar_')}.jpg",
                    ContentFile(keluaran.getvalue()),
                    save=False,
                )
    finally:
        berita.gambar.close()


def berkas_tersimpan(queryset) -> list[str]:
    """Storage names of the cover images and renditions of these items, as saved."""
    return [nama for baris in queryset.values_list("gambar", *RENDISI) for nama in baris if nama]


def kosongkan_rendisi(berita) -> None:
    """Clear the rendition fields (and their sizes) of an item whose picture was removed."""
    for nama in RENDISI:
        setattr(berita, nama, None)


def hapus_setelah_commit(nama_berkas: list[str]) -> None:
    """Delete replaced or orphaned picture files once the database change is committed, so a
    failed save never leaves an item pointing at deleted files."""
    from portal.models import Berita

    storage = Berita._meta.get_field("gambar").storage
    if nama_berkas:
        transaction.on_commit(lambda: [storage.delete(nama) for nama in nama_berkas])
