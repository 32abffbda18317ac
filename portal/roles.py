"""The staff groups and their model permissions, declared in one place.

Applied after every `migrate` (post_migrate): a group is created when missing and its
permissions are set to exactly this list, so the roles on every installation match the code.
Row-level limits (a PPID Pelaksana sees only their unit's subtree) are enforced in the admin
querysets, not here. For the request workflow (requests, notices, consequence tests,
objections, disputes, the holiday table) `permohonan.akses.IZIN` decides every action and the
admin asks it; the model permissions below only keep the groups' lists readable there.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA

_SITUS = [
    "portal.view_halaman",
    "portal.add_halaman",
    "portal.change_halaman",
    "portal.add_kategoriberita",
    "portal.change_kategoriberita",
]
# Requests: handled through the admin's actions; scoping as for the catalogue.
_PERMOHONAN = [
    "permohonan.view_permohonan",
    "permohonan.change_permohonan",
    "permohonan.view_riwayat",
]
# Consequence tests: any PPID drafts them for their unit; only PPID Utama sets them in force
# (permohonan.services). Objections: PPID see them; the Atasan PPID decides.
_UJI = [f"permohonan.{aksi}_ujikonsekuensi" for aksi in ("view", "add", "change", "delete")]
_SENGKETA = [f"permohonan.{aksi}_sengketa" for aksi in ("view", "add", "change")]
# The catalogue: PPID Pelaksana get the same model permissions, limited to their unit's
# subtree by informasi.akses in the admin querysets.
_KATALOG = [
    *(f"informasi.{aksi}_informasi" for aksi in ("view", "add", "change", "delete")),
    *(f"informasi.{aksi}_dokumen" for aksi in ("view", "add", "change", "delete")),
    "informasi.view_topik",
    "informasi.add_topik",
]

IZIN_PERAN: dict[str, list[str]] = {
    PPID_UTAMA: [
        "informasi.view_unitkerja",
        "informasi.add_unitkerja",
        "informasi.change_unitkerja",
        "portal.view_profilsitus",
        "portal.change_profilsitus",
        "informasi.change_topik",
        "permohonan.view_harilibur",
        "permohonan.add_harilibur",
        "permohonan.change_harilibur",
        *_SITUS,
        *_KATALOG,
        *_PERMOHONAN,
        *_UJI,
        "permohonan.view_keberatan",
        *_SENGKETA,
    ],
    PPID_PELAKSANA: [
        "informasi.view_unitkerja",
        *_KATALOG,
        *_PERMOHONAN,
        *_UJI,
        "permohonan.view_keberatan",
    ],
    ATASAN_PPID: [
        "informasi.view_unitkerja",
        "permohonan.view_permohonan",
        "permohonan.view_riwayat",
        "permohonan.view_keberatan",
        "permohonan.change_keberatan",
        *_SENGKETA,
    ],
    EDITOR_BERITA: [
        *(f"portal.{aksi}_berita" for aksi in ("view", "add", "change", "delete")),
        "portal.view_kategoriberita",
        *(f"portal.{aksi}_tagberita" for aksi in ("view", "add", "change")),
        "informasi.view_unitkerja",
    ],
}


def _permissions(names: list[str]) -> list[Permission]:
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query))
    if len(found) != len(names):
        missing = set(names) - {f"{p.content_type.app_label}.{p.codename}" for p in found}
        raise LookupError(f"Unknown permissions in portal.roles: {sorted(missing)}")
    return found


def sinkronkan_peran(**kwargs) -> None:
    """post_migrate receiver: create the groups and set their permissions."""
    for nama, izin in IZIN_PERAN.items():
        group, _ = Group.objects.get_or_create(name=nama)
        group.permissions.set(_permissions(izin))
