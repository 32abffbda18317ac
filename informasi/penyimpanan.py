"""Local folder storage that never leaves a half-written file behind.

Django's FileSystemStorage creates the file, then writes it chunk by chunk: when the disk
fills up (or a quota is reached) mid-way, the error goes up and the truncated file stays,
occupying the space and looking like a real upload. Here it is deleted before the error goes
on (the page then explains it: portal.middleware). Used for both the public uploads
(`STORAGES["default"]`) and the private files (permohonan.penyimpanan).
"""

from __future__ import annotations

import os

from django.core.files.storage import FileSystemStorage


class PenyimpananLokal(FileSystemStorage):
    def _save(self, name, content):
        path = self.path(name)
        sudah_ada = os.path.lexists(path)
        try:
            return super()._save(name, content)
        except OSError:
            if not sudah_ada and os.path.lexists(path):
                os.remove(path)
            raise
