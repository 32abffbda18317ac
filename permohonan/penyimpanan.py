"""Storage for private files: identity scans, powers of attorney, unreleased answers.

Files live under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, and have no URL: they are only ever
served by a view that checks staff permission or the requester's secret token (DESIGN.md).
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PenyimpananPrivat(FileSystemStorage):
    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):  # read at use, so tests and deployments may move it
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a permission view.")


privat = PenyimpananPrivat()
