"""Storage for private files: identity scans, powers of attorney, unreleased answers.

They have no URL: they are only ever served by a view that checks staff permission or the
requester's secret token (DESIGN.md). Where they live is `STORAGES["privat"]`: by default a
folder (PRIVATE_MEDIA_ROOT) outside MEDIA_ROOT; with object storage configured, a private
bucket or prefix of its own (portal/settings.py, S3_*), so several app servers share them.
"""

from __future__ import annotations

import os

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
