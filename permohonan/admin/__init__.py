"""The staff side of the request workflow in the Django admin, one module per procedure.
Importing this package registers every ModelAdmin."""

from permohonan.admin import (  # noqa: F401
    kalender,
    keberatan,
    laporan,
    permohonan,
    survei,
    uji_konsekuensi,
)
