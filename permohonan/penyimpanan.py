"""Storage for private files: identity scans, powers of attorney, unreleased answers.

They have no URL: they are only ever served by a view that checks staff permission or the
requester's secret token (DESIGN.md). Where they live is `STORAGES["privat"]`: by default a
folder (PRIVATE_MEDIA_ROOT) outside MEDIA_ROOT; with object storage configured, a private
bucket or prefix of its own (portal/settings.py, S3_*), so several app servers share them.
"""

from __future__ import annotations

import os
import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.utils.deconstruct import deconstructible

from informasi.penyimpanan import PenyimpananLokal


class PenyimpananPrivatLokal(PenyimpananLokal):
    """The default place: PRIVATE_MEDIA_ROOT, read when used (tests and deployments move it).
    A file the disk could not take whole is deleted (informasi.penyimpanan)."""

    def __init__(self, **kwargs):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a permission view.")


@deconstructible
class PenyimpananPrivat(Storage):
    """What the model fields use: hands every call to `STORAGES["privat"]`, looked up when
    used, and never gives an address."""

    @property
    def _asli(self) -> Storage:
        return storages["privat"]

    def open(self, name, mode="rb"):
        return self._asli.open(name, mode)

    def save(self, name, content, max_length=None):
        return self._asli.save(name, content, max_length=max_length)

    def generate_filename(self, filename):
        return self._asli.generate_filename(filename)

    def get_available_name(self, name, max_length=None):
        return self._asli.get_available_name(name, max_length=max_length)

    def delete(self, name):
        return self._asli.delete(name)

    def exists(self, name):
        return self._asli.exists(name)

    def listdir(self, path):
        return self._asli.listdir(path)

    def size(self, name):
        return self._asli.size(name)

    def path(self, name):
        return self._asli.path(name)

    def get_modified_time(self, name):
        return self._asli.get_modified_time(name)

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a permission view.")


privat = PenyimpananPrivat()


@deconstructible
class NamaAcak:
    """`upload_to` of a citizen's private file: `<folder>/<year>/<month>/<random>.<ext>`. The
    citizen's own file name (often their name and NIK, e.g. KTP_Budi_Santoso_3374….pdf) is
    never a storage name; it is kept only as a field for staff (`catat_nama_asli`)."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        from django.utils import timezone

        akhiran = "".join(c for c in PurePath(filename).suffix.lower() if c.isalnum())[:8]
        nama = secrets.token_hex(16) + (f".{akhiran}" if akhiran else "")
        return f"{self.folder}/{timezone.now():%Y/%m}/{nama}"

    def __eq__(self, other):
        return isinstance(other, NamaAcak) and other.folder == self.folder


def nama_asli(nama: str) -> str:
    """The last part of an uploaded file's name, without control characters, ≤ 255."""
    return "".join(c for c in PurePath(nama).name if c.isprintable())[-255:]


def catat_nama_asli(instance, pasangan: dict[str, str], save_kwargs: dict) -> None:
    """Before a save: for every file field in `pasangan` (file field -> name field) that holds
    a newly assigned upload, record the citizen's file name; a removed file clears it. A save
    with `update_fields` naming the file field saves the name too."""
    update_fields = save_kwargs.get("update_fields")
    if update_fields is not None:
        save_kwargs["update_fields"] = {
            *update_fields,
            *(nama for field, nama in pasangan.items() if field in update_fields),
        }
    for field, field_nama in pasangan.items():
        if update_fields is not None and field not in update_fields:
            continue
        berkas = getattr(instance, field)
        if not berkas:
            setattr(instance, field_nama, "")
        elif not berkas._committed:  # a new upload, stored under a random name on save
            setattr(instance, field_nama, nama_asli(berkas.name))
