"""The service in figures (`/statistik/`, its open data and the annual report, Perki 1/2021
Pasal 56; DOMAIN.md §8): reads only, a fixed number of queries whatever the number of
requests. The request figures come from the counters `RekapLayanan` (kept by PostgreSQL
triggers with these definitions, issue 15); objections, disputes, topics and the catalogue
are conditional aggregates and GROUP BY in PostgreSQL, Python only over the grouped rows (at
most one per pair of dates).

Every figure is a `Tabel` of rows (code, label, value), so the page, its charts, the CSV
and the JSON all show the same numbers from one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, Count, DateField, DateTimeField, F, Func, Q, Sum
from django.db.models.functions import Cast, Now
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from informasi.models import Informasi, Topik, UnitKerja
from permohonan import kalender
from permohonan.models import (
    Keberatan,
    PemberitahuanTertulis,
    Pemohon,
    Permohonan,
    RekapLayanan,
    Sengketa,
)
from permohonan.selectors import libur_aktif

# Counts of 1 or 2 in a breakdown by a requester's attribute could point at a person in a
# small unit (UU 14/2008 Pasal 17 huruf h; UU 27/2022): shown as "< 3", never as the number.
BATAS_SEL_KECIL = 3


class TanggalLokal(Func):
    """The calendar date of a moment in the time zone of the request's unit (DOMAIN.md §4
    rule 7), in SQL: `timezone(zone, moment)::date`. `zona` is the path to the unit's
    `zona_waktu` field."""

    function = "timezone"
    output_field = DateTimeField()

    def __init__(self, waktu, zona="unit_kerja__zona_waktu"):
        super().__init__(F(zona), waktu)


def tanggal_lokal(waktu, zona="unit_kerja__zona_waktu"):
    return Cast(TanggalLokal(waktu, zona), DateField())


@dataclass
class Baris:
    kode: str
    label: str
    nilai: int | None
    # True when `nilai` is withheld because the cell is small (BATAS_SEL_KECIL).
    disembunyikan: bool = False


@dataclass
class Tabel:
    """One figure: a list of rows with a title and its definition (shown on the page and in
    the open data)."""

    kunci: str
    judul: str
    definisi: str
    baris: list[Baris] = field(default_factory=list)
    satuan: str = _("permohonan")

    @property
    def jumlah(self) -> int:
        return sum(b.nilai or 0 for b in self.baris)

    @property
    def maksimum(self) -> int:
        return max([b.nilai or 0 for b in self.baris] + [0])

    def nilai(self, kode: str) -> int | None:
        return next(b.nilai for b in self.baris if b.kode == kode)


def _sembunyikan_sel_kecil(tabel: Tabel) -> Tabel:
    for b in tabel.baris:
        if b.nilai is not None and 0 < b.nilai < BATAS_SEL_KECIL:
            b.nilai, b.disembunyikan = None, True
    return tabel


def _pita(hari: dict[int, int], pita) -> list[Baris]:
    """Counts of `hari` (working days -> count) in the bands `pita` ((code, label, low,
    high or None))."""
    return [
        Baris(
            kode,
            str(label),
            sum(n for h, n in hari.items() if lo <= h and (hi is None or h <= hi)),
        )
        for kode, label, lo, hi in pita
    ]


def median(hari: dict[int, int]) -> float | int | None:
    """The median of a distribution given as value -> count."""
    total = sum(hari.values())
    if not total:
        return None
    urut = sorted(hari.items())

    def ke(i):  # the i-th smallest value, 0-based
        for h, n in urut:
            if i < n:
                return h
            i -= n
        raise IndexError(i)

    if total % 2:
        return ke(total // 2)
    tengah = (ke(total // 2 - 1) + ke(total // 2)) / 2
    return int(tengah) if tengah.is_integer() else tengah


PITA_PERMOHONAN = [
    ("0-5", _("0–5 hari kerja"), 0, 5),
    ("6-10", _("6–10 hari kerja"), 6, 10),
    ("11-17", _("11–17 hari kerja (masa perpanjangan)"), 11, 17),
    ("18+", _("Lebih dari 17 hari kerja"), 18, None),
]
PITA_KEBERATAN = [
    ("0-10", _("0–10 hari kerja"), 0, 10),
    ("11-20", _("11–20 hari kerja"), 11, 20),
    ("21-30", _("21–30 hari kerja"), 21, 30),
    ("31+", _("Lebih dari 30 hari kerja"), 31, None),
]


@dataclass
class Statistik:
    tahun: int
    unit: UnitKerja | None
    tabel: dict[str, Tabel]
    ringkasan: dict
    # Working days to the first notice / to the objection's answer (value -> count).
    hari_permohonan: dict[int, int]
    hari_keberatan: dict[int, int]

    @property
    def seluruh_badan(self) -> bool:
        return self.unit is None or self.unit.induk_id is None


def permohonan_dalam(tahun: int, unit: UnitKerja | None):
    """The requests received (receipt date) in `tahun` by `unit` and the units below it."""
    qs = Permohonan.objects.filter(tanggal_terima__year=tahun)
    if unit is not None:
        qs = qs.filter(unit_kerja__jalur__startswith=unit.jalur)
    return qs


def _hari_kerja(pasangan, libur) -> dict[int, int]:
    """{working days: count} from (start date, end date, count) rows."""
    pasangan = list(pasangan)
    hari: dict[int, int] = {}
    if not pasangan:
        return hari
    hitung = kalender.penghitung_hari_kerja(
        min(p[0] for p in pasangan), max(max(p[0], p[1]) for p in pasangan), libur
    )
    for mulai, sampai, n in pasangan:
        h = hitung(mulai, sampai)
        hari[h] = hari.get(h, 0) + n
    return hari


# RekapLayanan's dimensions read as plain counts (the open requests and the pairs of dates
# are read on their own).
DIMENSI_HITUNGAN = (
    "jumlah",
    "bulan",
    "kanal",
    "jenis",
    "hasil",
    "selesai",
    "tepat_waktu",
    "terlambat",
    "dicabut_belum_dijawab",
    "dicabut",
    "dalam_proses",
    "diperpanjang",
)


def _angka_permohonan(tahun: int, unit: UnitKerja | None) -> tuple[dict, list]:
    """The request figures of `tahun` for `unit` and the units below it, from the counters
    `RekapLayanan` (kept by triggers; its definitions are these figures'): the counts by
    key ("jumlah", "b3", "k_online", "j_perorangan", "h_ditolak", "melewati_batas", ...) and
    the (receipt date, first notice's date, count) of the answered requests. Three small
    reads whatever the number of requests (issue 15)."""
    # (Rows left at zero by moved or deleted requests count nothing.)
    rekap = RekapLayanan.objects.filter(tahun=tahun).exclude(jumlah=0)
    if unit is not None:
        rekap = rekap.filter(unit_kerja__jalur__startswith=unit.jalur)
    awalan = {"bulan": "b", "kanal": "k_", "jenis": "j_", "hasil": "h_"}
    a: dict[str, int] = defaultdict(int)
    for dimensi, nilai, n in (
        rekap.filter(dimensi__in=DIMENSI_HITUNGAN)
        .values_list("dimensi", "nilai")
        .annotate(n=Sum("jumlah"))
        .order_by()
    ):
        a[f"{awalan[dimensi]}{nilai}" if dimensi in awalan else dimensi] += n
    # DOMAIN.md §4 rule 4 and 7: an open, unanswered request is late once today, where its
    # unit is, is past its deadline (kept as an ISO date: compared as text).
    hari_ini = Cast(tanggal_lokal(Now()), CharField())
    ada_batas = ~Q(nilai="")
    terbuka = (
        rekap.filter(dimensi="terbuka")
        .annotate(hari_ini=hari_ini)
        .aggregate(
            melewati_batas=Sum("jumlah", filter=ada_batas & Q(nilai__lt=F("hari_ini"))),
            berjalan=Sum("jumlah", filter=ada_batas & Q(nilai__gte=F("hari_ini"))),
        )
    )
    a.update({k: v or 0 for k, v in terbuka.items()})
    pasangan = [
        (date.fromisoformat(nilai[:10]), date.fromisoformat(nilai[11:]), n)
        for nilai, n in rekap.filter(dimensi="lama")
        .values_list("nilai")
        .annotate(n=Sum("jumlah"))
        .order_by()
    ]
    return a, pasangan


def statistik_layanan(*, tahun: int, unit: UnitKerja | None = None) -> Statistik:
    """Every figure of `/statistik/` for `tahun` and `unit` (None: the whole body)."""
    P = Permohonan
    dasar = permohonan_dalam(tahun, unit)
    a, pasangan = _angka_permohonan(tahun, unit)
    tabel: dict[str, Tabel] = {}
    tabel["bulan"] = Tabel(
        "bulan",
        _("Permohonan diterima per bulan"),
        _("Permohonan menurut bulan tanggal terimanya (hari kerja, zona waktu unit)."),
        [Baris(str(m), str(MONTHS[m]), a[f"b{m}"]) for m in range(1, 13)],
    )
    tabel["kanal"] = Tabel(
        "kanal",
        _("Permohonan menurut kanal"),
        _("Cara permohonan sampai ke PPID: portal, datang langsung, surat, atau e-mail."),
        [Baris(k, str(label), a[f"k_{k}"]) for k, label in P.Kanal.choices],
    )
    tabel["jenis_pemohon"] = Tabel(
        "jenis_pemohon",
        _("Permohonan menurut jenis pemohon"),
        _(
            "Perorangan, badan hukum, atau kelompok orang. Untuk satu unit (bukan seluruh "
            "badan publik), jumlah 1–2 ditampilkan sebagai “< 3” agar pemohon tidak dapat "
            "dikenali."
        ),
        [Baris(j, str(label), a[f"j_{j}"]) for j, label in Pemohon.Jenis.choices],
    )
    tabel["hasil"] = Tabel(
        "hasil",
        _("Permohonan menurut hasil"),
        _(
            "Keputusan terakhir dalam pemberitahuan tertulis (UU 14/2008 Pasal 22 ayat 7); "
            "permohonan yang dicabut pemohon dihitung sebagai dicabut; yang belum "
            "diputuskan sebagai dalam proses."
        ),
        [Baris(h, str(label), a[f"h_{h}"]) for h, label in P.Hasil.choices]
        + [
            Baris("dicabut", str(_("Dicabut pemohon")), a["dicabut"]),
            Baris("dalam_proses", str(_("Dalam proses")), a["dalam_proses"]),
        ],
    )
    K = P.KetepatanWaktu
    tabel["ketepatan"] = Tabel(
        "ketepatan",
        _("Ketepatan waktu pemberitahuan pertama"),
        _(
            "Tepat waktu: pemberitahuan tertulis pertama dikirim paling lambat pada jatuh "
            "tempo (yang diperpanjang, bila diperpanjang), dihitung dalam zona waktu unit; "
            "permohonan yang belum dijawab tidak dihitung tepat waktu."
        ),
        [
            Baris(K.TEPAT_WAKTU, str(K.TEPAT_WAKTU.label), a["tepat_waktu"]),
            Baris(K.TERLAMBAT, str(K.TERLAMBAT.label), a["terlambat"]),
            Baris(K.MELEWATI_BATAS, str(K.MELEWATI_BATAS.label), a["melewati_batas"]),
            Baris(K.BERJALAN, str(K.BERJALAN.label), a["berjalan"]),
            Baris(K.DICABUT, str(_("Dicabut sebelum dijawab")), a["dicabut_belum_dijawab"]),
        ],
    )
    tabel["perpanjangan"] = Tabel(
        "perpanjangan",
        _("Perpanjangan jangka waktu"),
        _("Permohonan yang jangka waktunya diperpanjang 7 hari kerja (Pasal 22 ayat 8)."),
        [
            Baris("diperpanjang", str(_("Diperpanjang")), a["diperpanjang"]),
            Baris("tidak", str(_("Tidak diperpanjang")), a["jumlah"] - a["diperpanjang"]),
        ],
    )

    # Refusals by the Pasal 17 letters their notices cite (a request citing two letters is
    # in both rows).
    huruf = PemberitahuanTertulis.Pasal17
    tolak = PemberitahuanTertulis.objects.filter(
        permohonan__in=dasar.filter(hasil=P.Hasil.DITOLAK), hasil=P.Hasil.DITOLAK
    ).aggregate(
        **{
            f"p_{h}": Count("permohonan", distinct=True, filter=Q(pasal_17__contains=[h]))
            for h in huruf.values
        }
    )
    tabel["pasal_17"] = Tabel(
        "pasal_17",
        _("Permohonan ditolak menurut alasan pengecualian"),
        _(
            "Permohonan yang ditolak, menurut huruf UU 14/2008 Pasal 17 yang dikutip dalam "
            "pemberitahuan penolakannya; satu permohonan dapat mengutip beberapa huruf."
        ),
        [Baris(h, str(label), tolak[f"p_{h}"]) for h, label in huruf.choices],
    )

    libur = libur_aktif(date(tahun, 1, 1), date(min(tahun + 1, 9999), 12, 31))
    hari_permohonan = _hari_kerja(pasangan, libur)
    tabel["lama"] = Tabel(
        "lama",
        _("Lama sampai pemberitahuan pertama"),
        _(
            "Hari kerja dari tanggal terima sampai pemberitahuan tertulis pertama "
            "(batas 10 hari kerja, dapat diperpanjang 7), hanya permohonan yang sudah dijawab."
        ),
        _pita(hari_permohonan, PITA_PERMOHONAN),
    )

    kb = Keberatan.objects.filter(tanggal_terima__year=tahun)
    if unit is not None:
        kb = kb.filter(permohonan__unit_kerja__jalur__startswith=unit.jalur)
    KB = Keberatan
    diputus = Q(diputuskan_pada__isnull=False)
    ak = kb.annotate(
        diputus_lokal=tanggal_lokal("diputuskan_pada", "permohonan__unit_kerja__zona_waktu")
    ).aggregate(
        jumlah=Count("id"),
        tepat_waktu=Count("id", filter=diputus & Q(diputus_lokal__lte=F("jatuh_tempo"))),
        **{f"a_{h}": Count("id", filter=Q(alasan__contains=[h])) for h in KB.Alasan.values},
        **{f"k_{k}": Count("id", filter=Q(keputusan=k)) for k in KB.Keputusan.values},
        dicabut=Count("id", filter=Q(status=KB.Status.DICABUT)),
        terbuka=Count("id", filter=Q(status__in=KB.STATUS_TERBUKA)),
    )
    tabel["keberatan_alasan"] = Tabel(
        "keberatan_alasan",
        _("Keberatan menurut alasan"),
        _(
            "Keberatan yang diterima pada tahun ini menurut alasan UU 14/2008 Pasal 35 "
            "ayat 1; satu keberatan dapat memakai beberapa alasan."
        ),
        [Baris(h, str(label), ak[f"a_{h}"]) for h, label in KB.Alasan.choices],
        satuan=_("keberatan"),
    )
    tabel["keberatan_keputusan"] = Tabel(
        "keberatan_keputusan",
        _("Tanggapan atasan PPID atas keberatan"),
        _("Keputusan atasan PPID (Pasal 36 ayat 2), keberatan yang dicabut, dan yang diproses."),
        [Baris(k, str(label), ak[f"k_{k}"]) for k, label in KB.Keputusan.choices]
        + [
            Baris("dicabut", str(_("Dicabut")), ak["dicabut"]),
            Baris("diproses", str(_("Masih diproses")), ak["terbuka"]),
        ],
        satuan=_("keberatan"),
    )
    pasangan_kb = (
        kb.filter(diputus)
        .annotate(
            diputus_lokal=tanggal_lokal("diputuskan_pada", "permohonan__unit_kerja__zona_waktu")
        )
        .values_list("tanggal_terima", "diputus_lokal")
        .annotate(n=Count("id"))
        .order_by()
    )
    hari_keberatan = _hari_kerja(pasangan_kb, libur)
    tabel["keberatan_lama"] = Tabel(
        "keberatan_lama",
        _("Lama tanggapan keberatan"),
        _("Hari kerja dari tanggal terima keberatan sampai tanggapan atasan PPID (batas 30)."),
        _pita(hari_keberatan, PITA_KEBERATAN),
        satuan=_("keberatan"),
    )

    sg = Sengketa.objects.filter(tanggal_diajukan__year=tahun)
    if unit is not None:
        sg = sg.filter(keberatan__permohonan__unit_kerja__jalur__startswith=unit.jalur)
    per_tahap = dict(sg.values_list("tahap").annotate(n=Count("id")).order_by())
    tabel["sengketa"] = Tabel(
        "sengketa",
        _("Sengketa informasi menurut tahap"),
        _(
            "Sengketa yang diajukan ke Komisi Informasi pada tahun ini (UU 14/2008 Pasal "
            "37–38), menurut tahap terakhir yang dicatat; “pengadilan” adalah perkara yang "
            "berlanjut ke PTUN/PN."
        ),
        [Baris(t, str(label), per_tahap.get(t, 0)) for t, label in Sengketa.Tahap.choices],
        satuan=_("sengketa"),
    )

    # Requests do not name catalogue topics: the topics of the catalogue entries the notices
    # pointed to (informasi_terkait) stand for what was asked.
    jalur = "informasi__pemberitahuantertulis__permohonan"
    di_topik = Q(**{f"{jalur}__tanggal_terima__year": tahun})
    if unit is not None:
        di_topik &= Q(**{f"{jalur}__unit_kerja__jalur__startswith": unit.jalur})
    # Filtered before counting: the joins start from the year's notices, not from every
    # catalogue entry of every topic.
    topik = (
        Topik.objects.filter(di_topik)
        .annotate(n=Count(jalur, distinct=True))
        .order_by("-n", "nama")[:10]
    )
    tabel["topik"] = Tabel(
        "topik",
        _("Topik yang paling banyak diminta"),
        _(
            "Permohonan tidak memilih topik; angka ini menghitung permohonan yang "
            "pemberitahuannya menunjuk entri katalog bertopik tersebut (10 teratas)."
        ),
        [Baris(t.slug, t.nama, t.n) for t in topik],
    )

    katalog = Informasi.objects.publik()
    if unit is not None:
        katalog = katalog.filter(unit_kerja__jalur__startswith=unit.jalur)
    hari_ini = timezone.localdate()
    lewat = Q(tinjau_berikutnya__lt=hari_ini)  # Informasi.objects.perlu_ditinjau
    ik = katalog.aggregate(
        **{
            f"i_{k}": Count("id", filter=Q(kategori=k))
            for k in Informasi.Kategori.values
            if k != Informasi.Kategori.DIKECUALIKAN
        },
        lewat=Count("id", filter=lewat),
        jumlah=Count("id"),
    )
    tabel["katalog"] = Tabel(
        "katalog",
        _("Daftar Informasi Publik menurut kategori"),
        _("Entri katalog yang terbit saat ini, menurut kategori UU 14/2008 Pasal 9–11."),
        [
            Baris(k, str(label), ik[f"i_{k}"])
            for k, label in Informasi.Kategori.choices
            if k != Informasi.Kategori.DIKECUALIKAN
        ],
        satuan=_("entri"),
    )
    tabel["katalog_tinjau"] = Tabel(
        "katalog_tinjau",
        _("Kemutakhiran katalog"),
        _(
            "Entri terbit yang tanggal tinjauan berikutnya sudah lewat (berkala paling "
            "sedikit tiap 6 bulan, UU 14/2008 Pasal 9) dan yang masih mutakhir."
        ),
        [
            Baris("lewat", str(_("Lewat tanggal tinjauan")), ik["lewat"]),
            Baris("mutakhir", str(_("Mutakhir")), ik["jumlah"] - ik["lewat"]),
        ],
        satuan=_("entri"),
    )

    seluruh = unit is None or unit.induk_id is None
    if not seluruh:
        _sembunyikan_sel_kecil(tabel["jenis_pemohon"])
    med = median(hari_permohonan)
    ringkasan = {
        "jumlah": a["jumlah"],
        "selesai": a["selesai"],
        "tepat_waktu": a["tepat_waktu"],
        "persen_tepat_waktu": round(100 * a["tepat_waktu"] / a["selesai"])
        if a["selesai"]
        else None,
        "median_hari_kerja": med,
        "keberatan": ak["jumlah"],
        "keberatan_tepat_waktu": ak["tepat_waktu"],
        "median_hari_keberatan": median(hari_keberatan),
        "sengketa": sum(per_tahap.values()),
        "perkara_pengadilan": per_tahap.get(Sengketa.Tahap.PENGADILAN, 0),
        "katalog": ik["jumlah"],
    }
    return Statistik(
        tahun=tahun,
        unit=unit,
        tabel=tabel,
        ringkasan=ringkasan,
        hari_permohonan=hari_permohonan,
        hari_keberatan=hari_keberatan,
    )
