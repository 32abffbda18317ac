"""Streamed CSV downloads (the DIP, the objection register): one helper, constant memory at
any size, with a BOM so spreadsheet programs read the file as UTF-8."""

from __future__ import annotations

import csv
from collections.abc import Iterable

from django.http import StreamingHttpResponse


class _Gema:
    """A file-like object whose write() returns what it was given (for csv.writer)."""

    def write(self, value: str) -> str:
        return value


def respons_csv(nama_berkas: str, kepala: Iterable, baris: Iterable[Iterable]):
    """A CSV download of `kepala` (the header row) and `baris`, rendered as it is sent."""
    penulis = csv.writer(_Gema())

    def isi():
        yield "\ufeff" + penulis.writerow([str(k) for k in kepala])
        for b in baris:
            yield penulis.writerow(b)

    response = StreamingHttpResponse(isi(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{nama_berkas}"'
    return response
