"""Staff roles (DESIGN.md, "Who may do what").

The groups are created and given their permissions by `portal.roles` after every migrate.
Row-level scoping by unit is done here, in one place, for the admin and the views alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet

if TYPE_CHECKING:
    from informasi.models import UnitKerja

PPID_UTAMA = "PPID Utama"
PPID_PELAKSANA = "PPID Pelaksana"
ATASAN_PPID = "Atasan PPID"
EDITOR_BERITA = "Editor Berita"


def punya_peran(user, peran: str) -> bool:
    """Whether `user` is in the staff group `peran` (its group names are read once per
    user object, so checking several roles costs one query)."""
    nama_grup = getattr(user, "_nama_grup", None)
    if nama_grup is None:
        nama_grup = frozenset(user.groups.values_list("name", flat=True)) if user.pk else ()
        user._nama_grup = nama_grup
    return peran in nama_grup


def unit_terjangkau(user) -> QuerySet[UnitKerja] | None:
    """The units whose records `user` may handle; None means every unit.

    Superusers and PPID Utama reach everything; anyone else reaches their own unit and its
    sub-units (PPID Pelaksana), or nothing when their account has no unit.
    """
    from informasi.models import UnitKerja

    if user.is_superuser or punya_peran(user, PPID_UTAMA):
        return None
    petugas = getattr(user, "petugas", None)
    if petugas is None:
        return UnitKerja.objects.none()
    return UnitKerja.objects.subtree(petugas.unit_kerja)


def batasi_ke_unit(queryset: QuerySet, user, field: str = "unit_kerja") -> QuerySet:
    """Filter `queryset` to the records of the units `user` may handle."""
    units = unit_terjangkau(user)
    if units is None:
        return queryset
    return queryset.filter(**{f"{field}__in": units})
