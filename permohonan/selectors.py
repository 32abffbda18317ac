"""Reads for the request workflow."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from informasi.models import Informasi
from informasi.pencarian import cari
from permohonan import kalender
from permohonan.kalender import Libur
from permohonan.models import HariLibur


class DaftarLibur(Mapping):
    """The active days off (date -> name) for permohonan.kalender, read from `HariLibur` a
    whole year at a time, and only for the years a computation actually touches: counting
    30 working days from a notice sent in December reads the next year's holidays too, and
    no caller has to guess a window.

    Cuti bersama count as days off unless PERMOHONAN_CUTI_BERSAMA_LIBUR is false
    (DOMAIN.md §4: interpretation, default skip).
    """

    def __init__(self, dari: date | None = None, sampai: date | None = None):
        self._hari: dict[date, str] = {}
        self._tahun: set[int] = set()
        self._tercakup: set[int] = set()  # years seeded from the holidays package
        self._ada_cuti: set[int] = set()  # years whose cuti bersama are decreed
        if dari is not None:
            self._muat(range(dari.year, (sampai or dari).year + 1))

    def _muat(self, tahun) -> None:
        baru = [t for t in tahun if t not in self._tahun]
        if not baru:
            return
        cuti_libur = settings.PERMOHONAN_CUTI_BERSAMA_LIBUR
        for tanggal, nama, jenis, sumber, aktif in HariLibur.objects.filter(
            tanggal__year__in=baru
        ).values_list("tanggal", "nama", "jenis", "sumber", "aktif"):
            if sumber == HariLibur.Sumber.PUSTAKA:
                self._tercakup.add(tanggal.year)
            if jenis == HariLibur.Jenis.CUTI_BERSAMA:
                self._ada_cuti.add(tanggal.year)
            if aktif and (cuti_libur or jenis != HariLibur.Jenis.CUTI_BERSAMA):
                self._hari[tanggal] = nama
        self._tahun.update(baru)

    def antara(self, dari: date, sampai: date) -> dict[date, str]:
        """The days off from `dari` to `sampai`, inclusive."""
        self._muat(range(dari.year, sampai.year + 1))
        return {t: n for t, n in sorted(self._hari.items()) if dari <= t <= sampai}

    def perkiraan(self, dari: date, sampai: date) -> list[str]:
        """Why a count from `dari` to `sampai` is only an estimate (DOMAIN.md §4 rule 6), or
        [] when it is not: a year the table does not cover (never counted as a year
        without holidays), a year whose cuti bersama are not decreed yet, or a day the
        holidays package only estimates (Islamic dates before the government sets them)."""
        tahun = range(dari.year, sampai.year + 1)
        self._muat(tahun)
        alasan = []
        for t in tahun:
            if t not in self._tercakup:
                alasan.append(
                    gettext("hari libur tahun %(tahun)s belum dimuat ke tabel") % {"tahun": t}
                )
            elif t not in self._ada_cuti:
                alasan.append(
                    gettext("cuti bersama tahun %(tahun)s belum ditetapkan") % {"tahun": t}
                )
        alasan += [
            gettext("%(nama)s, %(tanggal)s, masih perkiraan")
            % {
                "nama": nama.replace("(perkiraan)", "").strip(),
                "tanggal": date_format(tanggal, "j F Y"),
            }
            for tanggal, nama in sorted(self._hari.items())
            if dari <= tanggal <= sampai and "perkiraan" in nama.lower()
        ]
        return alasan

    def __getitem__(self, tanggal: date) -> str:
        self._muat([tanggal.year])
        return self._hari[tanggal]

    def __contains__(self, tanggal) -> bool:
        self._muat([tanggal.year])
        return tanggal in self._hari

    def __iter__(self):
        return iter(sorted(self._hari))

    def __len__(self) -> int:
        return len(self._hari)

    @property
    def tahun_dibaca(self) -> frozenset[int]:
        return frozenset(self._tahun)


def tahun_diperlukan() -> list[int]:
    """The years the table must cover: the oldest record's year to two years ahead."""
    from django.db.models import Min

    from permohonan.models import Keberatan, Permohonan, UjiKonsekuensi

    ini = timezone.localdate().year
    tertua = [
        Permohonan.objects.aggregate(t=Min("tanggal_terima"))["t"],
        Keberatan.objects.aggregate(t=Min("tanggal_terima"))["t"],
        UjiKonsekuensi.objects.aggregate(t=Min("tanggal_keputusan"))["t"],
    ]
    awal = min([t.year for t in tertua if t] + [ini])
    return list(range(awal, ini + 3))


def tahun_belum_tercakup() -> list[int]:
    """Years a deadline may touch that the holiday table does not cover yet (the system
    check and the admin's banner warn about them)."""
    tercakup = set(
        HariLibur.objects.filter(sumber=HariLibur.Sumber.PUSTAKA)
        .values_list("tanggal__year", flat=True)
        .distinct()
    )
    return [t for t in tahun_diperlukan() if t not in tercakup]


def libur_aktif(dari: date | None = None, sampai: date | None = None) -> Libur:
    """The days off, for every computation of working days: the only way to read them.

    `dari`/`sampai` only say which years to read at once (one query); any other year a
    computation reaches is read when it gets there.
    """
    return DaftarLibur(dari, sampai)


def saran_informasi(rincian: str, batas: int = 5) -> list[Informasi]:
    """Published catalogue entries matching any of the request's significant words."""
    kata = [k for k in re.findall(r"\w+", rincian.lower()) if len(k) > 3][:12]
    if not kata:
        return []
    return list(
        cari(Informasi.objects.publik(), " or ".join(kata))
        .select_related("unit_kerja")
        .order_by("-peringkat")[:batas]
    )


def angka_layanan(tahun: int) -> dict:
    """Headline service figures of a year: requests registered, answered, and the share
    first answered within the deadline (UU 14/2008 Pasal 22 ayat (7)–(8)).

    Read from the counters of /statistik/ (`RekapLayanan`, kept by PostgreSQL triggers
    with the definitions of permohonan.statistik: answered = a first written notice was
    sent; on time = by the first deadline, extended if it was, whatever happened after an
    objection, the date counted in the unit's time zone — DOMAIN.md §4 rules 7–8): one
    query over a few rows per unit, whatever the number of requests."""
    from django.db.models import Sum

    from permohonan.models import RekapLayanan

    kunci = ("jumlah", "selesai", "tepat_waktu")
    angka = dict.fromkeys(kunci, 0) | dict(
        RekapLayanan.objects.filter(tahun=tahun, dimensi__in=kunci)
        .values_list("dimensi")
        .annotate(n=Sum("jumlah"))
        .order_by()
    )
    angka["tahun"] = tahun
    angka["persen_tepat_waktu"] = (
        round(100 * angka["tepat_waktu"] / angka["selesai"]) if angka["selesai"] else None
    )
    return angka


@dataclass(frozen=True)
class PenjelasanJatuhTempo:
    """How a deadline was counted, for every page and letter that shows one (DOMAIN.md §4
    rule 5): `hari_kerja` working days after `mulai` under `dasar`, giving `tanggal`; the
    days not counted, and why, in `dilewati`."""

    tanggal: date
    mulai: date
    hari_kerja: int
    dasar: str
    dilewati: list[kalender.HariDilewati]
    # Why the date is only provisional ("perkiraan"); empty when it is final.
    perkiraan: list[str]


def foto_libur(libur: DaftarLibur, dari: date, sampai: date, lama: dict | None = None) -> dict:
    """What a computation from `dari` to `sampai` counted as days off, to be stored with
    the date it produced (and merged with an earlier snapshot `lama`, e.g. the extension's
    range after the first deadline's)."""
    hari = {t.isoformat(): nama for t, nama in libur.antara(dari, sampai).items()}
    lama = lama or {}
    return {
        "libur": {**lama.get("libur", {}), **hari},
        "perkiraan": sorted({*lama.get("perkiraan", []), *libur.perkiraan(dari, sampai)}),
    }


class _LiburTersimpan(dict):
    """Days off as they were when a date was computed (a frozen snapshot)."""

    def __init__(self, foto: dict):
        super().__init__((date.fromisoformat(t), n) for t, n in foto.get("libur", {}).items())
        self._perkiraan = list(foto.get("perkiraan", []))

    def perkiraan(self, dari: date, sampai: date) -> list[str]:
        return self._perkiraan


def _penjelasan(
    tanggal, mulai, hari_kerja, dasar, *, dari=None, libur=None
) -> PenjelasanJatuhTempo:
    libur = libur if libur is not None else libur_aktif(dari or mulai, tanggal)
    return PenjelasanJatuhTempo(
        tanggal=tanggal,
        mulai=mulai,
        hari_kerja=hari_kerja
        if hari_kerja is not None
        else kalender.jumlah_hari_kerja(mulai, tanggal, libur),
        dasar=dasar,
        dilewati=kalender.hari_dilewati(dari or mulai, tanggal, libur),
        perkiraan=libur.perkiraan(dari or mulai, tanggal),
    )


def _tersimpan(objek, libur):
    """The frozen days off of `objek`'s deadline (DOMAIN.md §4 rule 5), else `libur`."""
    foto = getattr(objek, "libur_dihitung", None)
    return _LiburTersimpan(foto) if foto else libur


def penjelasan_permohonan(permohonan, libur: Libur | None = None) -> PenjelasanJatuhTempo:
    """The first deadline of a request: 10 working days after receipt (UU 14/2008 Pasal 22
    ayat (7)), from the arrival date (a weekend arrival rolls to Monday, rule 1), explained
    by the days off it was computed with."""
    libur = _tersimpan(permohonan, libur)
    tiba = permohonan.unit_kerja.tanggal_lokal(permohonan.diterima_pada)
    return _penjelasan(
        permohonan.jatuh_tempo,
        permohonan.tanggal_terima,
        kalender.BATAS_PEMBERITAHUAN,
        "UU 14/2008 Pasal 22 ayat (7)",
        dari=min(tiba, permohonan.tanggal_terima),
        libur=libur,
    )


def penjelasan_batas_waktu(permohonan, libur: Libur | None = None) -> PenjelasanJatuhTempo:
    """The deadline in force (extended, or to carry out an accepted objection), counted from
    the receipt date. `libur` may be passed when the caller already read the days off."""
    if permohonan.jatuh_tempo_pelaksanaan:
        # Set when an objection was accepted, after the snapshot: today's table explains it.
        return _penjelasan(
            permohonan.batas_waktu,
            permohonan.tanggal_terima,
            None,
            "UU 14/2008 Pasal 22 ayat (7) dan (8)",
            libur=libur,
        )
    libur = _tersimpan(permohonan, libur)
    if permohonan.jatuh_tempo_perpanjangan:
        return _penjelasan(
            permohonan.batas_waktu,
            permohonan.tanggal_terima,
            None,
            "UU 14/2008 Pasal 22 ayat (7) dan (8)",
            libur=libur,
        )
    return penjelasan_permohonan(permohonan, libur)


def penjelasan_perpanjangan(permohonan) -> PenjelasanJatuhTempo:
    """The extension: 7 working days after the original due date (Pasal 22 ayat (8))."""
    return _penjelasan(
        permohonan.jatuh_tempo_perpanjangan,
        permohonan.jatuh_tempo,
        kalender.PERPANJANGAN,
        "UU 14/2008 Pasal 22 ayat (8)",
        libur=_tersimpan(permohonan, None),
    )


def penjelasan_keberatan(keberatan) -> PenjelasanJatuhTempo:
    """The Atasan PPID's answer: 30 working days after the objection was received
    (Pasal 36 ayat (2))."""
    tiba = keberatan.permohonan.unit_kerja.tanggal_lokal(keberatan.diterima_pada)
    return _penjelasan(
        keberatan.jatuh_tempo,
        keberatan.tanggal_terima,
        kalender.BATAS_TANGGAPAN_KEBERATAN,
        "UU 14/2008 Pasal 36 ayat (2)",
        dari=min(tiba, keberatan.tanggal_terima),
        libur=_tersimpan(keberatan, None),
    )


def jatuh_tempo_baru(permohonan, libur: Libur | None = None) -> tuple | None:
    """(due date, extended due date) of an open request recomputed with today's holiday
    table, or None when nothing would change (or the request is past recomputing: closed,
    or reopened by an objection). Pass `libur` when checking many requests (one read)."""
    if not permohonan.terbuka or permohonan.jatuh_tempo_pelaksanaan:
        return None
    tiba = permohonan.unit_kerja.tanggal_lokal(permohonan.diterima_pada)
    libur = libur if libur is not None else libur_aktif(tiba)
    jatuh_tempo = kalender.jatuh_tempo_pemberitahuan(tiba, libur)
    perpanjangan = (
        kalender.jatuh_tempo_perpanjangan(jatuh_tempo, libur)
        if permohonan.jatuh_tempo_perpanjangan
        else None
    )
    if (jatuh_tempo, perpanjangan) == (
        permohonan.jatuh_tempo,
        permohonan.jatuh_tempo_perpanjangan,
    ):
        return None
    return jatuh_tempo, perpanjangan


def jatuh_tempo_berubah(user) -> dict:
    """The open requests and objections (of `user`'s units) whose dates today's holiday
    table would move: {"permohonan": [(request, old, new)], "keberatan": [...]}. Open cases
    are few (they close within weeks), so this reads them all."""
    from permohonan import akses
    from permohonan.models import Keberatan, Permohonan

    libur = libur_aktif(timezone.localdate())
    hasil = {"permohonan": [], "keberatan": []}
    for p in (
        akses.permohonan_terjangkau(user)
        .filter(status__in=Permohonan.STATUS_TERBUKA, jatuh_tempo_pelaksanaan__isnull=True)
        .select_related("unit_kerja")
    ):
        baru = jatuh_tempo_baru(p, libur)
        if baru:
            hasil["permohonan"].append((p, p.batas_waktu, baru[1] or baru[0]))
    for k in (
        akses.keberatan_terjangkau(user)
        .filter(status__in=Keberatan.STATUS_TERBUKA)
        .select_related("permohonan__unit_kerja")
    ):
        tiba = k.permohonan.unit_kerja.tanggal_lokal(k.diterima_pada)
        baru = kalender.jatuh_tempo_tanggapan_keberatan(tiba, libur)
        if baru != k.jatuh_tempo:
            hasil["keberatan"].append((k, k.jatuh_tempo, baru))
    return hasil
