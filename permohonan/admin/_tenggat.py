"""List filters by urgency, the same conditions the dashboard counts (permohonan.dasbor):
a count on the admin home and the list it links to can never disagree."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from permohonan import dasbor


class _FilterTenggat(admin.SimpleListFilter):
    parameter_name = "tenggat"
    pilihan: list[tuple[str, str]] = []

    @staticmethod
    def kondisi(nilai, tenggat):
        raise NotImplementedError

    def lookups(self, request, model_admin):
        return self.pilihan

    def queryset(self, request, queryset):
        # An unknown value lists everything rather than failing.
        q = self.kondisi(self.value(), dasbor.Tenggat.sekarang()) if self.value() else None
        return queryset.filter(q) if q is not None else queryset


class TenggatFilter(_FilterTenggat):
    title = _("tenggat")
    pilihan = [
        ("terlambat", _("Terlambat")),
        ("hari_ini", _("Jatuh tempo hari ini")),
        ("segera", _("Dalam 2 hari kerja")),
        ("baru", _("Baru, belum diproses")),
        ("diperpanjang", _("Diperpanjang")),
    ]
    kondisi = staticmethod(dasbor.kondisi_permohonan)


class TenggatKeberatanFilter(_FilterTenggat):
    title = _("tenggat")
    pilihan = [
        ("menunggu", _("Menunggu ditangani")),
        ("terbuka", _("Belum ditanggapi")),
        ("terlambat", _("Melewati 30 hari kerja")),
    ]
    kondisi = staticmethod(dasbor.kondisi_keberatan)


class BerakhirFilter(_FilterTenggat):
    title = _("pengecualian berakhir")
    parameter_name = "berakhir"
    pilihan = [("segera", _("Dalam 30 hari kerja"))]
    kondisi = staticmethod(dasbor.kondisi_uji)
