"""The admin home for each role: what is due, new or waiting, as counts that link to the
filtered lists (DESIGN.md "Staff"). Each block is one aggregate query over the records the
user reaches (`permohonan.akses`), whatever the number of records.

The lists the counts link to use the same conditions: the queue's `TenggatFilter`, the
objections' `TenggatKeberatanFilter`, the consequence tests' `BerakhirFilter` and the
catalogue's `PerluDitinjauFilter` — `kondisi_*` below is the one definition of each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from informasi.akses import EDITOR_BERITA, batasi_ke_unit, punya_peran
from permohonan import akses, kalender
from permohonan.models import Keberatan, Permohonan, UjiKonsekuensi
from permohonan.selectors import libur_aktif

# "Due soon": within 2 working days, as the daily reminder (ingatkan_jatuh_tempo).
SEGERA_HARI_KERJA = 2
# Exemptions ending within 30 working days are shown so a review can start in time
# (UU 14/2008 Pasal 20: an exemption is not permanent).
UJI_BERAKHIR_HARI_KERJA = 30

BATAS = Coalesce("jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo")


@dataclass(frozen=True)
class Tenggat:
    """Today and the dates the blocks count against, computed once per page."""

    hari_ini: date
    segera: date  # the last day still "due soon"
    uji_berakhir: date

    @classmethod
    def sekarang(cls, hari_ini: date | None = None) -> Tenggat:
        hari_ini = hari_ini or timezone.localdate()
        libur = libur_aktif(hari_ini)
        return cls(
            hari_ini=hari_ini,
            segera=kalender.tambah_hari_kerja(hari_ini, SEGERA_HARI_KERJA, libur),
            uji_berakhir=kalender.tambah_hari_kerja(hari_ini, UJI_BERAKHIR_HARI_KERJA, libur),
        )


def kondisi_permohonan(nilai: str, t: Tenggat) -> Q | None:
    """The queue's urgency filters (DOMAIN.md §4 rule 4: late is computed, never stored)."""
    terbuka = Q(status__in=Permohonan.STATUS_TERBUKA)
    return {
        "terlambat": terbuka & Q(_batas__lt=t.hari_ini),
        "hari_ini": terbuka & Q(_batas=t.hari_ini),
        "segera": terbuka & Q(_batas__gt=t.hari_ini, _batas__lte=t.segera),
        "baru": Q(status=Permohonan.Status.DITERIMA),
        "diperpanjang": Q(status=Permohonan.Status.DIPERPANJANG),
    }.get(nilai)


def kondisi_keberatan(nilai: str, t: Tenggat) -> Q | None:
    terbuka = Q(status__in=Keberatan.STATUS_TERBUKA)
    return {
        "menunggu": Q(status=Keberatan.Status.DIAJUKAN),
        "terbuka": terbuka,
        "terlambat": terbuka & Q(jatuh_tempo__lt=t.hari_ini),
    }.get(nilai)


def kondisi_uji(nilai: str, t: Tenggat) -> Q | None:
    if nilai != "segera":
        return None
    return Q(
        status=UjiKonsekuensi.Status.DITETAPKAN,
        berlaku_sampai__isnull=False,
        berlaku_sampai__lte=t.uji_berakhir,
    )


@dataclass
class Baris:
    label: str
    jumlah: int
    url: str
    penting: bool = False  # shown as an alert when not zero


@dataclass
class Blok:
    judul: str
    baris: list[Baris] = field(default_factory=list)


def _hitung(queryset, kondisi: dict[str, Q]) -> dict[str, int]:
    return queryset.aggregate(**{k: Count("pk", filter=q) for k, q in kondisi.items()})


def _blok_permohonan(user, t: Tenggat) -> Blok:
    qs = akses.permohonan_terjangkau(user).annotate(_batas=BATAS)
    kode = ["terlambat", "hari_ini", "segera", "baru", "diperpanjang"]
    n = _hitung(qs, {k: kondisi_permohonan(k, t) for k in kode})
    url = reverse("admin:permohonan_permohonan_changelist")
    label = {
        "terlambat": _("Terlambat (melewati jatuh tempo)"),
        "hari_ini": _("Jatuh tempo hari ini"),
        "segera": _("Jatuh tempo dalam 2 hari kerja"),
        "baru": _("Baru, belum diproses"),
        "diperpanjang": _("Diperpanjang"),
    }
    return Blok(
        _("Permohonan informasi"),
        [
            Baris(label[k], n[k], f"{url}?tenggat={k}", penting=k in ("terlambat", "hari_ini"))
            for k in kode
        ],
    )


def _blok_keberatan(user, t: Tenggat) -> Blok:
    kode = ["menunggu", "terbuka", "terlambat"]
    n = _hitung(akses.keberatan_terjangkau(user), {k: kondisi_keberatan(k, t) for k in kode})
    url = reverse("admin:permohonan_keberatan_changelist")
    label = {
        "menunggu": _("Menunggu ditangani atasan PPID"),
        "terbuka": _("Belum ditanggapi"),
        "terlambat": _("Melewati 30 hari kerja tanpa tanggapan"),
    }
    return Blok(
        _("Keberatan"),
        [Baris(label[k], n[k], f"{url}?tenggat={k}", penting=k == "terlambat") for k in kode],
    )


def _blok_uji(user, t: Tenggat) -> Blok:
    n = _hitung(akses.uji_terjangkau(user), {"segera": kondisi_uji("segera", t)})
    url = reverse("admin:permohonan_ujikonsekuensi_changelist")
    return Blok(
        _("Uji konsekuensi"),
        [
            Baris(
                _("Pengecualian berakhir dalam 30 hari kerja"),
                n["segera"],
                f"{url}?berakhir=segera",
            )
        ],
    )


def _blok_katalog(user, t: Tenggat) -> Blok:
    from informasi.models import Informasi

    qs = batasi_ke_unit(Informasi.objects.all(), user)
    n = qs.perlu_ditinjau(t.hari_ini).aggregate(n=Count("pk"))["n"]
    url = reverse("admin:informasi_informasi_changelist")
    return Blok(
        _("Daftar Informasi Publik"),
        [Baris(_("Melewati jadwal peninjauan (peremajaan)"), n, f"{url}?tinjauan=perlu")],
    )


def _blok_laporan(user, t: Tenggat) -> Blok:
    """The annual report of last year (Perki 1/2021 Pasal 56: due by 31 March): how many of
    the user's offices have not published theirs — from 1 January, as soon as it can be
    written."""
    from django.db.models import Exists, OuterRef

    from permohonan.models import LaporanTahunan

    tahun = t.hari_ini.year - 1
    terbit = LaporanTahunan.objects.filter(
        unit_kerja=OuterRef("pk"), tahun=tahun, status=LaporanTahunan.Status.TERBIT
    )
    n = akses.unit_pilihan(user).kantor().aggregate(n=Count("pk", filter=~Q(Exists(terbit))))["n"]
    url = reverse("admin:permohonan_laporantahunan_changelist")
    return Blok(
        _("Laporan tahunan layanan informasi"),
        [
            Baris(
                _("Laporan tahunan %(tahun)s belum terbit") % {"tahun": tahun},
                n,
                f"{url}?tahun={tahun}",
                penting=t.hari_ini > LaporanTahunan.batas_terbit(tahun),
            )
        ],
    )


def _blok_berita(user, t: Tenggat) -> Blok:
    from portal.models import Berita

    sekarang = timezone.now()
    n = Berita.objects.aggregate(
        draf=Count("pk", filter=Q(status=Berita.Status.DRAF)),
        terjadwal=Count("pk", filter=Q(status=Berita.Status.TERBIT, terbit_pada__gt=sekarang)),
    )
    url = reverse("admin:portal_berita_changelist")
    return Blok(
        _("Berita"),
        [
            Baris(_("Draf"), n["draf"], f"{url}?tayang=draf"),
            Baris(_("Terjadwal tayang"), n["terjadwal"], f"{url}?tayang=terjadwal"),
        ],
    )


def blok_untuk(user, hari_ini: date | None = None) -> list[Blok]:
    """The dashboard blocks `user`'s roles call for, in the order of their work."""
    blok: list[Blok] = []
    lihat_permohonan = akses.boleh(user, akses.PERMOHONAN, "lihat")
    lihat_keberatan = akses.boleh(user, akses.KEBERATAN, "lihat")
    lihat_uji = akses.boleh(user, akses.UJI, "lihat")
    lihat_katalog = user.has_perm("informasi.change_informasi")
    lihat_berita = user.is_superuser or punya_peran(user, EDITOR_BERITA)
    if not (lihat_permohonan or lihat_keberatan or lihat_uji or lihat_katalog or lihat_berita):
        return blok
    t = Tenggat.sekarang(hari_ini)
    # The Atasan PPID's work is objections: their block comes first for them.
    if lihat_keberatan and akses.boleh(user, akses.KEBERATAN, "putuskan"):
        blok.append(_blok_keberatan(user, t))
        lihat_keberatan = False
    if lihat_permohonan:
        blok.append(_blok_permohonan(user, t))
    if lihat_keberatan:
        blok.append(_blok_keberatan(user, t))
    if lihat_uji:
        blok.append(_blok_uji(user, t))
    if akses.boleh(user, akses.LAPORAN, "lihat"):
        blok.append(_blok_laporan(user, t))
    if lihat_katalog:
        blok.append(_blok_katalog(user, t))
    if lihat_berita:
        blok.append(_blok_berita(user, t))
    return blok
