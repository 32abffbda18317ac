"""The counters behind /statistik/ (`RekapLayanan`, kept by PostgreSQL triggers, issue 15)
against counting the requests themselves: after registering, every kind of update (one row
and many, through the ORM and the services), moving, deleting, a requester's new kind and a
unit's new time zone, every figure is what the definitions give."""

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce, Now

from informasi.models import UnitKerja
from permohonan.models import Pemohon, Permohonan, RekapLayanan
from permohonan.services import terima_permohonan
from permohonan.statistik import _angka_permohonan, permohonan_dalam, tanggal_lokal
from tests.factories import pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")
P = Permohonan


def _langsung(tahun: int, unit: UnitKerja | None) -> tuple[dict, list]:
    """The figures counted from the requests, as /statistik/ did before the counters."""
    dasar = permohonan_dalam(tahun, unit)
    dijawab = Q(dijawab_pertama_pada__isnull=False)
    terbuka = Q(status__in=P.STATUS_TERBUKA)
    a = dasar.annotate(
        dijawab_lokal=tanggal_lokal("dijawab_pertama_pada"),
        hari_ini_lokal=tanggal_lokal(Now()),
        batas_pertama=Coalesce("jatuh_tempo_perpanjangan", "jatuh_tempo"),
        batas=Coalesce("jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo"),
    ).aggregate(
        jumlah=Count("id"),
        selesai=Count("id", filter=dijawab),
        tepat_waktu=Count("id", filter=dijawab & Q(dijawab_lokal__lte=F("batas_pertama"))),
        terlambat=Count("id", filter=dijawab & Q(dijawab_lokal__gt=F("batas_pertama"))),
        dicabut_belum_dijawab=Count("id", filter=~dijawab & Q(status=P.Status.DICABUT)),
        melewati_batas=Count("id", filter=~dijawab & terbuka & Q(hari_ini_lokal__gt=F("batas"))),
        berjalan=Count("id", filter=~dijawab & terbuka & Q(hari_ini_lokal__lte=F("batas"))),
        dicabut=Count("id", filter=Q(status=P.Status.DICABUT)),
        dalam_proses=Count("id", filter=terbuka & Q(hasil="")),
        diperpanjang=Count("id", filter=Q(jatuh_tempo_perpanjangan__isnull=False)),
        **{f"b{m}": Count("id", filter=Q(tanggal_terima__month=m)) for m in range(1, 13)},
        **{f"k_{k}": Count("id", filter=Q(kanal=k)) for k in P.Kanal.values},
        **{f"j_{j}": Count("id", filter=Q(pemohon__jenis=j)) for j in Pemohon.Jenis.values},
        **{
            f"h_{h}": Count("id", filter=Q(hasil=h) & ~Q(status=P.Status.DICABUT))
            for h in P.Hasil.values
        },
    )
    pasangan = (
        dasar.filter(dijawab)
        .annotate(dijawab_lokal=tanggal_lokal("dijawab_pertama_pada"))
        .values_list("tanggal_terima", "dijawab_lokal")
        .annotate(n=Count("id"))
        .order_by()
    )
    return a, sorted(pasangan)


def _sama(pohon) -> None:
    for tahun in (2025, 2026, 2027):
        for unit in (None, pohon["ri"], pohon["jateng"], pohon["semarang"], pohon["dki"]):
            harus, pasangan_harus = _langsung(tahun, unit)
            angka, pasangan = _angka_permohonan(tahun, unit)
            assert {k: angka[k] for k in harus} == harus, (tahun, unit)
            assert sorted(pasangan) == pasangan_harus, (tahun, unit)


def _waktu(tanggal: dt.date, jam: int) -> dt.datetime:
    return dt.datetime.combine(tanggal, dt.time(jam, 30), tzinfo=WIB)


def test_the_counters_are_what_counting_the_requests_gives_after_every_kind_of_write(pohon):
    acak = random.Random(15)  # noqa: S311 - a fixed sequence of test cases, not a secret
    units = [pohon["semarang"], pohon["jateng"], pohon["dki"]]
    UnitKerja.objects.filter(pk=pohon["dki"].pk).update(zona_waktu="Asia/Jayapura")
    jenis = {
        "perorangan": {},
        "badan_hukum": {"jenis": "badan_hukum", "nik": "", "nomor_badan_hukum": "AHU-1"},
        "kelompok_orang": {"jenis": "kelompok_orang", "nik": ""},
    }
    semua = []
    for _ in range(24):
        # Around the turn of the year, so moves and time zones cross it.
        tanggal = dt.date(2025, 12, 1) + dt.timedelta(days=acak.randrange(0, 120))
        semua.append(
            terima_permohonan(
                pemohon=pemohon_baru(**jenis[acak.choice(list(jenis))]),
                permohonan=permohonan_baru(acak.choice(units)),
                kanal=acak.choice(P.Kanal.values),
                diterima_pada=_waktu(tanggal, 10),
            ).permohonan
        )
    _sama(pohon)

    # Decided, withdrawn, extended, carried out, answered just before midnight (WIB: the
    # next day in WIT), many rows in one statement and one row at a time.
    for p in semua:
        perubahan = {}
        if acak.random() < 0.7:
            jawab = p.tanggal_terima + dt.timedelta(days=acak.randrange(0, 30))
            perubahan["dijawab_pertama_pada"] = _waktu(jawab, acak.choice([9, 23]))
        if acak.random() < 0.3:
            perubahan["jatuh_tempo_perpanjangan"] = p.jatuh_tempo + dt.timedelta(days=9)
        if acak.random() < 0.2:
            perubahan["jatuh_tempo_pelaksanaan"] = p.jatuh_tempo + dt.timedelta(days=40)
        perubahan["status"] = acak.choice(P.Status.values)
        perubahan["hasil"] = acak.choice(["", *P.Hasil.values])
        P.objects.filter(pk=p.pk).update(**perubahan)
    _sama(pohon)
    P.objects.filter(kanal=P.Kanal.EMAIL).update(status=P.Status.SELESAI, hasil="ditolak")
    P.objects.filter(tanggal_terima__month=1).update(jatuh_tempo=F("jatuh_tempo") - 20)
    _sama(pohon)

    # Saved through the model, moved to another unit and to another year.
    for p in acak.sample(semua, 6):
        p.refresh_from_db()
        p.unit_kerja = acak.choice(units)
        p.tanggal_terima = p.tanggal_terima.replace(year=2027)
        p.save()
    P.objects.filter(unit_kerja=pohon["jateng"]).update(unit_kerja=pohon["dki"])
    _sama(pohon)

    # A requester's kind, a unit's time zone, deleted requests.
    pemohon = semua[0].pemohon
    Pemohon.objects.filter(pk=pemohon.pk).update(jenis="kelompok_orang", nik="")
    UnitKerja.objects.filter(pk=pohon["semarang"].pk).update(zona_waktu="Asia/Makassar")
    for p in acak.sample(semua[1:], 5):
        P.objects.filter(pk=p.pk).delete()
    _sama(pohon)
    # Nothing counted twice or left over: every request's row is in once.
    assert (
        sum(RekapLayanan.objects.filter(dimensi="jumlah").values_list("jumlah", flat=True))
        == P.objects.count()
    )


def test_a_new_day_makes_an_open_request_late_without_any_write(pohon):
    p = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=P.Kanal.ONLINE,
        diterima_pada=_waktu(dt.date(2026, 3, 2), 10),
    ).permohonan
    # Its deadline is today, where the unit is: still running; yesterday: late.
    hari_ini = pohon["semarang"].hari_ini()
    P.objects.filter(pk=p.pk).update(tanggal_terima=dt.date(2026, 3, 2), jatuh_tempo=hari_ini)
    angka, _ = _angka_permohonan(2026, None)
    assert (angka["berjalan"], angka["melewati_batas"]) == (1, 0)
    P.objects.filter(pk=p.pk).update(jatuh_tempo=hari_ini - dt.timedelta(days=1))
    angka, _ = _angka_permohonan(2026, None)
    assert (angka["berjalan"], angka["melewati_batas"]) == (0, 1)
