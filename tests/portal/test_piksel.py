"""Pictures are refused by their pixel count before anything is decoded (issue 14: a
59-megapixel cover picture took 615 MB to decode): the dimensions come from the header, the
message says the largest allowed, and Pillow's own guard is set to match."""

from __future__ import annotations

import struct
import zlib

import pytest
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from PIL import Image

from informasi.berkas import MAKS_MEGAPIKSEL, periksa_piksel
from informasi.models import UnitKerja
from portal.admin import BeritaForm
from portal.gambar import periksa_gambar


def _png(lebar: int, tinggi: int) -> bytes:
    """A PNG header of these dimensions with a token of data: a few dozen bytes that
    promise lebar × tinggi pixels."""

    def potong(jenis: bytes, isi: bytes) -> bytes:
        return (
            struct.pack(">I", len(isi)) + jenis + isi + struct.pack(">I", zlib.crc32(jenis + isi))
        )

    ihdr = struct.pack(">IIBBBBB", lebar, tinggi, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + potong(b"IHDR", ihdr)
        + potong(b"IDAT", zlib.compress(b"\x00" * 16))
        + potong(b"IEND", b"")
    )


def _unggah(isi: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("sampul.png", isi, content_type="image/png")


def test_pillow_guard_is_set_to_the_upload_limit():
    assert Image.MAX_IMAGE_PIXELS == MAKS_MEGAPIKSEL * 1_000_000


@pytest.mark.parametrize(
    ("lebar", "tinggi", "dimensi"),
    [
        (20000, 20000, None),  # 400 megapixels: Pillow refuses even to open it
        (6000, 5000, "6000 × 5000"),  # 30 megapixels
        (12000, 1000, "12000 × 1000"),  # few pixels, but a side over 10 000
    ],
)
def test_a_huge_picture_in_a_tiny_file_is_refused_with_the_largest_allowed(lebar, tinggi, dimensi):
    isi = _png(lebar, tinggi)
    assert len(isi) < 100
    with pytest.raises(ValidationError) as info:
        periksa_piksel(_unggah(isi))
    pesan = info.value.messages[0]
    assert "paling banyak 25 megapiksel (misalnya 6000 × 4000 piksel)" in pesan
    assert "sisi terpanjang 10.000 piksel" in pesan
    if dimensi:
        assert f"Gambar ini {dimensi} piksel" in pesan
    with pytest.raises(ValidationError, match="paling banyak 25 megapiksel"):
        periksa_gambar(_unggah(isi))
    periksa_piksel(_unggah(_png(6000, 4000)))  # the largest allowed: passes this check


def test_the_news_cover_field_refuses_it_before_djangos_own_image_check():
    field = BeritaForm.base_fields["gambar"]
    with pytest.raises(ValidationError, match="paling banyak 25 megapiksel"):
        field.clean(_unggah(_png(20000, 20000)))


def test_the_unit_logo_field_refuses_it_in_the_admin():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    form = admin.site._registry[UnitKerja].get_form(request)
    with pytest.raises(ValidationError, match="paling banyak 25 megapiksel"):
        form.base_fields["logo"].clean(_unggah(_png(20000, 20000)))
