"""Working days (hari kerja) and the deadlines counted in them — pure rules.

No database and no clock: the days off are passed in (`libur`: date -> name, built from the
`HariLibur` table), and so is the date to count from. The counting rules are those of
DOMAIN.md §4, which every test follows:

1. The receipt date is the local date the request arrived; if that is not a working day, it
   rolls forward to the next working day.
2. "N working days after receipt" is the N-th working day strictly after the receipt date.
3. An extension adds 7 working days counted from the original due date, once, and only while
   that due date has not passed.

Working days are Monday to Friday (Perpres 21/2023) except national holidays and — by
default, a setting — cuti bersama.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

# UU 14/2008 Pasal 22 ayat (7): written notice within 10 working days of receipt.
BATAS_PEMBERITAHUAN = 10
# UU 14/2008 Pasal 22 ayat (8): one extension of at most 7 working days.
PERPANJANGAN = 7
# UU 14/2008 Pasal 36 ayat (1): an objection within 30 working days of its ground.
BATAS_PENGAJUAN_KEBERATAN = 30
# UU 14/2008 Pasal 36 ayat (2): the Atasan PPID answers within 30 working days.
BATAS_TANGGAPAN_KEBERATAN = 30
# UU 14/2008 Pasal 37 ayat (2): a dispute within 14 working days of the answer.
BATAS_PENGAJUAN_SENGKETA = 14

Libur = Mapping[date, str]


def hari_kerja(tanggal: date, libur: Libur) -> bool:
    return tanggal.weekday() < 5 and tanggal not in libur


def tanggal_terima(tanggal: date, libur: Libur) -> date:
    """Rule 1: the receipt date, rolled forward to a working day."""
    while not hari_kerja(tanggal, libur):
        tanggal += timedelta(days=1)
    return tanggal


def tambah_hari_kerja(mulai: date, n: int, libur: Libur) -> date:
    """Rule 2: the n-th working day strictly after `mulai` (n >= 1)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    tanggal = mulai
    while n:
        tanggal += timedelta(days=1)
        if hari_kerja(tanggal, libur):
            n -= 1
    return tanggal


def jatuh_tempo_pemberitahuan(diterima: date, libur: Libur) -> date:
    """Due date of the written notice for a request that arrived on `diterima`."""
    return tambah_hari_kerja(tanggal_terima(diterima, libur), BATAS_PEMBERITAHUAN, libur)


def jatuh_tempo_perpanjangan(jatuh_tempo: date, libur: Libur) -> date:
    """Rule 3: the extended due date, 7 working days after the original one."""
    return tambah_hari_kerja(jatuh_tempo, PERPANJANGAN, libur)


def batas_pengajuan_keberatan(alasan_timbul: date, libur: Libur) -> date:
    """Last day to file an objection: 30 working days after the ground arose
    (UU 14/2008 Pasal 36 ayat (1)); DOMAIN.md §6 [P] says when each ground arises."""
    return tambah_hari_kerja(alasan_timbul, BATAS_PENGAJUAN_KEBERATAN, libur)


# UU 14/2008 Pasal 35 ayat (1): the grounds of an objection, letters a–g.
ALASAN_KEBERATAN = ("a", "b", "c", "d", "e", "f", "g")
# Grounds b–g may be settled by agreement (musyawarah); a refusal (a) may not (DOMAIN.md §6).
ALASAN_MUSYAWARAH = frozenset("bcdefg")


def alasan_keberatan_timbul(
    alasan: str,
    *,
    batas_waktu: date,
    tanggal_pemberitahuan: date | None,
    menolak: bool,
    tanggal_diketahui: date | None,
) -> date | None:
    """The date objection ground `alasan` (Pasal 35 ayat (1)) arose for a request, or None
    while it has not. DOMAIN.md §6 [P]:

    - a (refused under Pasal 17), d, e, f: on the date of the written notice — for (a) only
      when the notice refuses in whole or in part (`menolak`);
    - c (not answered): the day after the deadline, when no notice was sent by then;
    - g (answered late): the day after the deadline, when the notice came after it;
    - b (periodic information not published): the day the requester found out.
    """
    sehari_setelah_batas = batas_waktu + timedelta(days=1)
    if alasan == "a":
        return tanggal_pemberitahuan if tanggal_pemberitahuan and menolak else None
    if alasan in ("d", "e", "f"):
        return tanggal_pemberitahuan
    if alasan == "c":
        tidak_tepat_waktu = tanggal_pemberitahuan is None or tanggal_pemberitahuan > batas_waktu
        return sehari_setelah_batas if tidak_tepat_waktu else None
    if alasan == "g":
        terlambat = tanggal_pemberitahuan is not None and tanggal_pemberitahuan > batas_waktu
        return sehari_setelah_batas if terlambat else None
    if alasan == "b":
        return tanggal_diketahui
    raise ValueError(f"unknown objection ground {alasan!r}")


def jatuh_tempo_tanggapan_keberatan(diterima: date, libur: Libur) -> date:
    """The Atasan PPID answers within 30 working days of receiving the objection
    (UU 14/2008 Pasal 36 ayat (2)), counted like requests (rules 1 and 2)."""
    return tambah_hari_kerja(tanggal_terima(diterima, libur), BATAS_TANGGAPAN_KEBERATAN, libur)


def batas_pengajuan_sengketa(tanggal_tanggapan: date, libur: Libur) -> date:
    """Last day to file a dispute with the Komisi Informasi: 14 working days after the
    Atasan PPID's answer was received (UU 14/2008 Pasal 37 ayat (2))."""
    return tambah_hari_kerja(tanggal_tanggapan, BATAS_PENGAJUAN_SENGKETA, libur)


def jumlah_hari_kerja(mulai: date, sampai: date, libur: Libur) -> int:
    """Working days strictly after `mulai` up to and including `sampai` (0 if not later)."""
    jumlah, tanggal = 0, mulai
    while tanggal < sampai:
        tanggal += timedelta(days=1)
        jumlah += hari_kerja(tanggal, libur)
    return jumlah


def penghitung_hari_kerja(awal: date, akhir: date, libur: Libur):
    """`jumlah_hari_kerja` for many date pairs within [awal, akhir]: one pass over the
    days builds a running count, then each pair is a subtraction (statistics count the
    working days of thousands of requests)."""
    kumulatif, jumlah, tanggal = {}, 0, awal
    while tanggal <= akhir:
        jumlah += hari_kerja(tanggal, libur)
        kumulatif[tanggal] = jumlah
        tanggal += timedelta(days=1)

    def hitung(mulai: date, sampai: date) -> int:
        if sampai <= mulai:
            return 0
        return kumulatif[sampai] - kumulatif[mulai]

    return hitung


@dataclass(frozen=True)
class HariDilewati:
    tanggal: date
    alasan: str  # the holiday's name, or AKHIR_PEKAN

    def __str__(self) -> str:
        """'Sabtu 21 Maret 2026 — akhir pekan', in the reader's language when shown on a page
        (the only place this module reads the active language: it formats, it does not
        count)."""
        from django.utils.formats import date_format
        from django.utils.translation import gettext

        alasan = gettext("akhir pekan") if self.alasan == AKHIR_PEKAN else self.alasan
        return f"{date_format(self.tanggal, 'l j F Y')} — {alasan}"


AKHIR_PEKAN = "akhir pekan"


def hari_dilewati(mulai: date, sampai: date, libur: Libur) -> list[HariDilewati]:
    """The days from `mulai` to `sampai` (inclusive) that were not counted, and why — so
    every deadline shown to a person can be explained (DOMAIN.md §4 rule 5)."""
    hasil, tanggal = [], mulai
    while tanggal <= sampai:
        if tanggal in libur:
            hasil.append(HariDilewati(tanggal, libur[tanggal]))
        elif tanggal.weekday() >= 5:
            hasil.append(HariDilewati(tanggal, AKHIR_PEKAN))
        tanggal += timedelta(days=1)
    return hasil


BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]  # fmt: skip


def format_tanggal(tanggal: date) -> str:
    """'18 Maret 2026' whatever the active language (used in legal texts)."""
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"
