"""The staff side of the request workflow in the Django admin, one module per procedure.
Importing this package registers every ModelAdmin."""

from permohonan.admin import kalender, keberatan, laporan, permohonan, uji_konsekuensi  # noqa: F401
