"""Who may see or act on a request, a written notice, a consequence test, an objection or a
dispute — the only place that decides it (DESIGN.md "Who may do what").

Two questions, both answered here:

- the **role**: the action table `IZIN` says which staff groups may do what;
- the **unit**: a PPID Pelaksana (and an Atasan PPID) reaches only the records of their own
  unit and its sub-units; PPID Utama and superusers reach every unit (`informasi.akses`).

Each `*_untuk_staf` function fetches the object and checks both, like Zulip's
`access_stream_by_id`: it returns the object or raises. A record outside the user's units
does not exist for them (`TidakDitemukan`, a 404); a record they can see but may not act on
raises `AksesDitolak` (a 403, or a message in the admin). Rules of the law itself (a second
extension, a late objection) are `services.TransisiDitolak`, not this.

The requester has no account: a browser proves it may follow a request by the secret link
or by number + e-mail, and the proof is kept in the session (`izinkan_pemohon`).
"""

from __future__ import annotations

import secrets

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from informasi.akses import (
    ATASAN_PPID,
    PPID_PELAKSANA,
    PPID_UTAMA,
    batasi_ke_unit,
    punya_peran,
    unit_terjangkau,
)


class AksesDitolak(PermissionDenied):
    """The person may see the record but not do this to it (who, not what the law allows)."""


class TidakDitemukan(Http404):
    """No such record, or not one of the user's units (the same answer for both)."""


PERMOHONAN = "permohonan"
KEBERATAN = "keberatan"
UJI = "uji_konsekuensi"
HARI_LIBUR = "hari_libur"
AKUN = "akun"
SURVEI = "survei"
KONSULTASI = "konsultasi"
LAPORAN = "laporan_tahunan"

_PPID = frozenset({PPID_UTAMA, PPID_PELAKSANA})
_SEMUA_PPID = frozenset({PPID_UTAMA, PPID_PELAKSANA, ATASAN_PPID})

# (kind, action) -> the groups allowed; superusers may do everything.
IZIN: dict[tuple[str, str], frozenset[str]] = {
    # Requests (UU 14/2008 Pasal 22): the PPID handles them; the Atasan PPID reads them to
    # decide objections.
    (PERMOHONAN, "lihat"): _SEMUA_PPID,
    (PERMOHONAN, "catat"): _PPID,  # a request that arrived on paper
    (PERMOHONAN, "ubah"): _PPID,  # the "publishable in the register" flag
    (PERMOHONAN, "tugaskan"): _PPID,
    (PERMOHONAN, "perpanjang"): _PPID,
    (PERMOHONAN, "cabut"): _PPID,
    (PERMOHONAN, "catatan"): _PPID,
    (PERMOHONAN, "pemberitahuan"): _PPID,  # send the written notice (Pasal 22 ayat (7))
    (PERMOHONAN, "surat"): _SEMUA_PPID,  # read the letters of a request
    # Identity documents only for staff handling the request (UU 27/2022, DOMAIN.md §11).
    (PERMOHONAN, "identitas"): _PPID,
    # Consequence tests: any PPID drafts one for their unit; at KPU they are decided
    # centrally by KPU RI's PPID (PKPU 22/2023 Pasal 24–26): only PPID Utama sets them in
    # force or revokes them.
    (UJI, "lihat"): _PPID,
    (UJI, "tambah"): _PPID,
    (UJI, "ubah"): _PPID,
    (UJI, "hapus"): _PPID,
    (UJI, "tetapkan"): frozenset({PPID_UTAMA}),
    (UJI, "cabut"): frozenset({PPID_UTAMA}),
    # Objections go to the PPID's superior (UU 14/2008 Pasal 35–36): only the Atasan PPID
    # takes them up, answers them, or records their withdrawal.
    (KEBERATAN, "lihat"): _SEMUA_PPID,
    (KEBERATAN, "catat"): _SEMUA_PPID,  # an objection that arrived on paper
    (KEBERATAN, "ubah"): frozenset({ATASAN_PPID}),  # the requester's response column
    (KEBERATAN, "proses"): frozenset({ATASAN_PPID}),
    (KEBERATAN, "putuskan"): frozenset({ATASAN_PPID}),
    (KEBERATAN, "cabut"): frozenset({ATASAN_PPID}),
    (KEBERATAN, "kuasa"): _SEMUA_PPID,  # the objector's power of attorney (logged)
    (KEBERATAN, "register"): _SEMUA_PPID,  # the objection register with names (CSV)
    (KEBERATAN, "sengketa"): frozenset({PPID_UTAMA, ATASAN_PPID}),  # record a dispute
    # The holiday table counts for every deadline of the body: PPID Utama keeps it.
    (HARI_LIBUR, "lihat"): frozenset({PPID_UTAMA}),
    (HARI_LIBUR, "ubah"): frozenset({PPID_UTAMA}),
    # Satisfaction survey (PermenPAN-RB 14/2017) and public consultation: answers and feedback
    # are read by the unit's PPID and its Atasan; only a PPID publishes a text they rewrote
    # without personal data (UU 27/2022; DOMAIN.md §10–11) or opens a consultation topic.
    (SURVEI, "lihat"): _SEMUA_PPID,
    (SURVEI, "terbitkan"): _PPID,
    (KONSULTASI, "lihat"): _SEMUA_PPID,
    (KONSULTASI, "tambah"): _PPID,
    (KONSULTASI, "ubah"): _PPID,
    (KONSULTASI, "terbitkan"): _PPID,
    # The annual service report (Perki 1/2021 Pasal 56): the PPID of the unit writes its
    # narrative and publishes it (which lists it in the catalogue, like any DIP entry).
    (LAPORAN, "lihat"): _PPID,
    (LAPORAN, "tambah"): _PPID,
    (LAPORAN, "ubah"): _PPID,
    (LAPORAN, "terbitkan"): _PPID,
    # Staff accounts: PPID Utama lifts a login lockout (django-axes) for any account.
    (AKUN, "buka_kunci"): frozenset({PPID_UTAMA}),
}


# What a refused person is told, where the generic sentence says too little.
PESAN_DITOLAK = {
    (UJI, "tetapkan"): _("Hanya PPID Utama yang dapat menetapkan uji konsekuensi."),
    (UJI, "cabut"): _("Hanya PPID Utama yang dapat mencabut uji konsekuensi."),
    (KEBERATAN, "proses"): _("Hanya atasan PPID yang menangani keberatan."),
    (KEBERATAN, "putuskan"): _("Hanya atasan PPID yang dapat memutus keberatan."),
    (KEBERATAN, "cabut"): _(
        "Hanya atasan PPID yang mencatat pencabutan keberatan (atau pemohon sendiri)."
    ),
    (KEBERATAN, "sengketa"): _("Hanya PPID Utama atau atasan PPID yang mencatat sengketa."),
    (PERMOHONAN, "identitas"): _(
        "Pindaian identitas hanya dapat dibuka petugas PPID yang menangani permohonan."
    ),
}


def boleh(user, jenis: str, aksi: str) -> bool:
    """Whether `user`'s role allows `aksi` on records of kind `jenis` (the unit aside)."""
    if user is None or not user.is_active or not user.is_staff:
        return False
    if user.is_superuser:
        return True
    grup = IZIN.get((jenis, aksi))
    if grup is None:
        raise KeyError(f"unknown action {jenis}.{aksi}")
    return any(punya_peran(user, nama) for nama in grup)


def periksa(user, jenis: str, aksi: str) -> None:
    """Raise AksesDitolak unless `user`'s role allows the action."""
    if not boleh(user, jenis, aksi):
        raise AksesDitolak(
            PESAN_DITOLAK.get((jenis, aksi), _("Peran Anda tidak mencakup tindakan ini."))
        )


def wajib_2fa(user) -> bool:
    """Whether `user` must log in with a second factor: while PORTAL_2FA_WAJIB is on, every
    staff member who may open identity scans (the controller secures personal data against
    unlawful access, UU 27/2022 Pasal 35 and Pasal 39)."""
    from django.conf import settings

    return settings.PORTAL_2FA_WAJIB and boleh(user, PERMOHONAN, "identitas")


def boleh_melihat_jenis(user, jenis: str) -> bool:
    """For the admin index: whether the user sees this kind of record at all."""
    return boleh(user, jenis, "lihat")


def unit_pilihan(user) -> QuerySet:
    """The units `user` may assign work to or record for (every unit for PPID Utama)."""
    from informasi.models import UnitKerja

    units = unit_terjangkau(user)
    return UnitKerja.objects.all() if units is None else units


def periksa_unit(user, unit_kerja) -> None:
    """Staff act only for the units they reach (a PPID Pelaksana: their own subtree)."""
    units = unit_terjangkau(user)
    if units is not None and not units.filter(pk=unit_kerja.pk).exists():
        raise AksesDitolak(_("Unit kerja itu di luar jangkauan Anda."))


def staf_dengan_izin(jenis: str, aksi: str) -> QuerySet:
    """The active staff with an e-mail address whose role allows the action (the daily
    reminders go to them, each about the records of their own units)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, groups__name__in=IZIN[(jenis, aksi)])
        .exclude(email="")
        .distinct()
    )


# --- Querysets scoped to the user's units ----------------------------------------------


def permohonan_terjangkau(user) -> QuerySet:
    from permohonan.models import Permohonan

    if not boleh(user, PERMOHONAN, "lihat"):
        return Permohonan.objects.none()
    return batasi_ke_unit(Permohonan.objects.all(), user)


def keberatan_terjangkau(user) -> QuerySet:
    from permohonan.models import Keberatan

    if not boleh(user, KEBERATAN, "lihat"):
        return Keberatan.objects.none()
    return batasi_ke_unit(Keberatan.objects.all(), user, "permohonan__unit_kerja")


def uji_terjangkau(user) -> QuerySet:
    from permohonan.models import UjiKonsekuensi

    if not boleh(user, UJI, "lihat"):
        return UjiKonsekuensi.objects.none()
    return batasi_ke_unit(UjiKonsekuensi.objects.all(), user)


def laporan_terjangkau(user) -> QuerySet:
    from permohonan.models import LaporanTahunan

    if not boleh(user, LAPORAN, "lihat"):
        return LaporanTahunan.objects.none()
    return batasi_ke_unit(LaporanTahunan.objects.all(), user)


def informasi_terjangkau(user) -> QuerySet:
    """Catalogue entries of the user's units (a consequence test's related entries)."""
    from informasi.models import Informasi

    return batasi_ke_unit(Informasi.objects.all(), user)


def uji_penopang_penolakan(permohonan) -> QuerySet:
    """The tests in force that exempt and may back a refusal of `permohonan`: those of its
    unit and the units below it, and those of the units above it — an exemption set by KPU
    RI applies to every KPU office (PKPU 22/2023 Pasal 24–26; DOMAIN.md §5). Another
    branch's test is not a test of this information."""
    from informasi.models import UnitKerja
    from permohonan.models import UjiKonsekuensi

    unit = permohonan.unit_kerja
    induk = [int(bagian) for bagian in unit.jalur.strip("/").split("/") if bagian]
    return UjiKonsekuensi.objects.filter(
        Q(unit_kerja__in=UnitKerja.objects.subtree(unit)) | Q(unit_kerja_id__in=induk),
        status=UjiKonsekuensi.Status.DITETAPKAN,
        kesimpulan__in=UjiKonsekuensi.KESIMPULAN_MENGECUALIKAN,
    )


def survei_terjangkau(user) -> QuerySet:
    """Survey answers on requests of the user's units."""
    from permohonan.models import Survei

    if not boleh(user, SURVEI, "lihat"):
        return Survei.objects.none()
    return batasi_ke_unit(Survei.objects.all(), user, "permohonan__unit_kerja")


def topik_terjangkau(user) -> QuerySet:
    """Consultation topics of the user's units."""
    from permohonan.models import TopikKonsultasi

    if not boleh(user, KONSULTASI, "lihat"):
        return TopikKonsultasi.objects.none()
    return batasi_ke_unit(TopikKonsultasi.objects.all(), user)


def masukan_terjangkau(user) -> QuerySet:
    """Consultation feedback on topics of the user's units."""
    from permohonan.models import MasukanKonsultasi

    if not boleh(user, KONSULTASI, "lihat"):
        return MasukanKonsultasi.objects.none()
    return batasi_ke_unit(MasukanKonsultasi.objects.all(), user, "topik__unit_kerja")


def _ambil(queryset: QuerySet, pk, user, jenis: str, aksi: str, kunci: bool):
    if kunci:
        queryset = queryset.select_for_update(of=("self",))
    objek = queryset.filter(pk=pk).first()
    if objek is None:
        raise TidakDitemukan
    periksa(user, jenis, aksi)
    return objek


def laporan_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The annual report `pk` if `user` may do `aksi` on it (its unit is one of theirs)."""
    return _ambil(laporan_terjangkau(user), pk, user, LAPORAN, aksi, kunci)


def permohonan_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The request `pk` if `user` may do `aksi` on it; `kunci` locks the row (services)."""
    return _ambil(permohonan_terjangkau(user), pk, user, PERMOHONAN, aksi, kunci)


def keberatan_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The objection `pk` (with its request) if `user` may do `aksi` on it."""
    queryset = keberatan_terjangkau(user).select_related("permohonan")
    return _ambil(queryset, pk, user, KEBERATAN, aksi, kunci)


def uji_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The consequence test `pk` if `user` may do `aksi` on it."""
    return _ambil(uji_terjangkau(user), pk, user, UJI, aksi, kunci)


def survei_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The survey answer `pk` if `user` may do `aksi` on it."""
    return _ambil(survei_terjangkau(user), pk, user, SURVEI, aksi, kunci)


def topik_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The consultation topic `pk` if `user` may do `aksi` on it."""
    return _ambil(topik_terjangkau(user), pk, user, KONSULTASI, aksi, kunci)


def masukan_untuk_staf(user, pk, *, aksi: str, kunci: bool = False):
    """The consultation feedback `pk` if `user` may do `aksi` on it."""
    return _ambil(masukan_terjangkau(user), pk, user, KONSULTASI, aksi, kunci)


def uji_publik(pk):
    """A consequence test anyone may read: decided ones are public with the DIK (DOMAIN.md
    §5); drafts are not."""
    from permohonan.models import UjiKonsekuensi

    uji = (
        UjiKonsekuensi.objects.select_related("unit_kerja", "permohonan")
        .exclude(status=UjiKonsekuensi.Status.DRAF)
        .filter(pk=pk)
        .first()
    )
    if uji is None:
        raise TidakDitemukan
    return uji


# --- The requester, proven by the secret link or number + e-mail ----------------------

# Requests this browser has proven it may follow: {id: the start of the token hash in force
# then}. A new secret link (perbarui_tautan_pelacakan) changes the hash, so every browser
# that followed the request before must prove itself again: a leaked link, once replaced,
# opens nothing any more, not even in the browser that opened it.
_SESI_LACAK = "permohonan_dilacak_v2"
_PANJANG_TANDA = 16


def nomor_mungkin(nomor: str) -> bool:
    """Whether `nomor` (typed, or from an address) can be a registration number at all:
    anything longer than the column or holding a NUL byte (which PostgreSQL text cannot
    hold) is no request, not a database error."""
    return bool(nomor) and len(nomor) <= 20 and "\x00" not in nomor


def izinkan_pemohon(request, permohonan) -> None:
    """Remember that this browser proved it may follow `permohonan` (its current link)."""
    diizinkan = dict(request.session.get(_SESI_LACAK, {}))
    diizinkan[str(permohonan.pk)] = permohonan.token_hash[:_PANJANG_TANDA]
    request.session[_SESI_LACAK] = diizinkan


def permohonan_untuk_pemohon(request, nomor: str):
    """The request `nomor` if this browser has proven it may follow it since its secret link
    was last renewed; TidakDitemukan otherwise (a stranger learns nothing about which
    numbers exist)."""
    from permohonan.models import Permohonan

    if not nomor_mungkin(nomor):
        raise TidakDitemukan
    diizinkan = request.session.get(_SESI_LACAK, {})
    permohonan = (
        Permohonan.objects.select_related("unit_kerja", "pemohon")
        .filter(nomor=nomor, pk__in=[int(pk) for pk in diizinkan])
        .first()
    )
    if permohonan is None or not secrets.compare_digest(
        diizinkan[str(permohonan.pk)], permohonan.token_hash[:_PANJANG_TANDA]
    ):
        raise TidakDitemukan
    return permohonan


def buktikan_dengan_email(request, nomor: str, email: str):
    """The "number + e-mail" proof (the tracking page and the objection form): the request
    when both match — and this browser may then follow it — else None. A wrong number and a
    wrong e-mail get the same answer."""
    from permohonan.models import Permohonan

    if not (nomor_mungkin(nomor) and email):
        return None
    permohonan = Permohonan.objects.filter(
        Q(nomor=nomor) & Q(pemohon__email__iexact=email)
    ).first()
    if permohonan is not None:
        izinkan_pemohon(request, permohonan)
    return permohonan


def buktikan_dengan_token(request, nomor: str, token_hash: str):
    """The secret-link proof: the request whose stored token hash matches, else None."""
    from permohonan.models import Permohonan

    if not nomor_mungkin(nomor):
        return None
    permohonan = Permohonan.objects.filter(nomor=nomor, token_hash=token_hash).first()
    if permohonan is not None:
        izinkan_pemohon(request, permohonan)
    return permohonan
