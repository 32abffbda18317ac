"""/statistik/: every figure against a hand count, small cells withheld, the open data, a
fixed number of queries, and odd parameters falling back to the defaults."""

import csv
import datetime as dt
import io
import json
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from informasi.akses import ATASAN_PPID, PPID_UTAMA
from informasi.models import Informasi
from permohonan.models import Keberatan, PemberitahuanTertulis, Pemohon, Permohonan, Sengketa
from permohonan.selectors import angka_layanan
from permohonan.services import (
    ajukan_keberatan,
    cabut_permohonan,
    kirim_pemberitahuan,
    perpanjang_jangka_waktu,
    putuskan_keberatan,
    terima_permohonan,
)
from permohonan.statistik import median, statistik_layanan
from tests.factories import (
    InformasiFactory,
    PetugasFactory,
    TopikFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db
STATISTIK = reverse("statistik:statistik")
WIB = ZoneInfo("Asia/Jakarta")


def _waktu(tanggal, jam=10):
    return dt.datetime.combine(tanggal, dt.time(jam), tzinfo=WIB)


def _terima(unit, tanggal, *, kanal=Permohonan.Kanal.ONLINE, jenis="perorangan"):
    pemohon = {
        "perorangan": {},
        "badan_hukum": {"jenis": "badan_hukum", "nik": "", "nomor_badan_hukum": "AHU-1"},
        "kelompok_orang": {"jenis": "kelompok_orang", "nik": ""},
    }[jenis]
    return terima_permohonan(
        pemohon=pemohon_baru(**pemohon),
        permohonan=permohonan_baru(unit),
        kanal=kanal,
        diterima_pada=_waktu(tanggal),
    ).permohonan


def _jawab(p, oleh, tanggal, *, informasi_terkait=(), **isi):
    data = {
        "hasil": Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        "informasi_diberikan": "Rekap DPT per kecamatan.",
        "bentuk": PemberitahuanTertulis.Bentuk.SOFTCOPY,
        "cara_penyampaian": "email",
        "nama_penandatangan": "Agus Prasetyo",
        "jabatan_penandatangan": "PPID",
        **isi,
    }
    n = kirim_pemberitahuan(
        permohonan_id=p.pk,
        pemberitahuan=PemberitahuanTertulis(**data),
        informasi_terkait=informasi_terkait,
        oleh=oleh,
    )
    # The service stamps "now"; the figures are about the dates below.
    PemberitahuanTertulis.objects.filter(pk=n.pk).update(dikirim_pada=_waktu(tanggal, 9))
    Permohonan.objects.filter(pk=p.pk).update(
        dijawab_pertama_pada=_waktu(tanggal, 9), selesai_pada=_waktu(tanggal, 9)
    )
    return n


@pytest.fixture
def kasus(pohon):
    """2026, by hand (working days counted after the receipt date):
    Semarang (under Jateng):
      p1 Mon 2 Mar, online, perorangan: granted in full 5 Mar → 3 days, on time; its notice
         names a catalogue entry of topic "Pemilu";
      p2 Mon 2 Mar, e-mail, badan hukum: refused (Pasal 17 h) 13 Mar → 9 days, on time;
         objection (ground a) received 16 Mar, rejected 17 Mar → 1 day; a dispute in
         mediation filed 1 Apr;
      p3 Tue 3 Mar, in person, perorangan: extended, "not held" on 4 May → late, > 17 days;
      p4 Wed 4 Mar, online, perorangan: withdrawn;
      p5 Thu 2 Apr, letter, kelompok orang: never answered → past its deadline.
    DKI: p6 Mon 5 Jan, online, perorangan: not yet documented 7 Jan → 2 days, on time.
    Semarang 2025: p7 (another year)."""
    call_command("perbarui_hari_libur", tahun=[2025, 2026, 2027], verbosity=0)
    utama = PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    atasan = PetugasFactory(
        unit_kerja=pohon["semarang"], user=UserFactory(groups=[ATASAN_PPID])
    ).user
    s, dki = pohon["semarang"], pohon["dki"]
    pemilu = TopikFactory(nama="Pemilu", slug="pemilu")
    entri = InformasiFactory(unit_kerja=s, topik=[pemilu])
    InformasiFactory(unit_kerja=s, tinjau_berikutnya=dt.date(2020, 1, 1))
    InformasiFactory(unit_kerja=s, kategori=Informasi.Kategori.SETIAP_SAAT)
    InformasiFactory(unit_kerja=s, status=Informasi.Status.DRAF, diterbitkan_pada=None)
    InformasiFactory(unit_kerja=dki)

    p1 = _terima(s, dt.date(2026, 3, 2))
    _jawab(p1, utama, dt.date(2026, 3, 5), informasi_terkait=[entri])
    p2 = _terima(s, dt.date(2026, 3, 2), kanal=Permohonan.Kanal.EMAIL, jenis="badan_hukum")
    _jawab(
        p2,
        utama,
        dt.date(2026, 3, 13),
        hasil=Permohonan.Hasil.DITOLAK,
        pasal_17=["h"],
        alasan="Memuat NIK pemilih.",
        uji_konsekuensi=uji_konsekuensi(s, permohonan=p2, kesimpulan="dikecualikan"),
    )
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=p2, alasan=["a"], kasus_posisi="Tidak setuju."),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=_waktu(dt.date(2026, 3, 16)),
    )
    putuskan_keberatan(
        keberatan_id=keberatan.pk,
        keputusan=Keberatan.Keputusan.DITOLAK,
        pertimbangan="Dipertimbangkan.",
        nama_atasan="Ir. Hendra",
        jabatan_atasan="Ketua",
        oleh=atasan,
    )
    Keberatan.objects.filter(pk=keberatan.pk).update(diputuskan_pada=_waktu(dt.date(2026, 3, 17)))
    Sengketa.objects.create(
        keberatan=keberatan,
        komisi="Komisi Informasi Provinsi Jawa Tengah",
        tanggal_diajukan=dt.date(2026, 4, 1),
        tahap=Sengketa.Tahap.MEDIASI,
    )
    p3 = _terima(s, dt.date(2026, 3, 3), kanal=Permohonan.Kanal.DATANG_LANGSUNG)
    perpanjang_jangka_waktu(
        permohonan_id=p3.pk, alasan="Dokumen di arsip.", oleh=utama, hari_ini=dt.date(2026, 3, 4)
    )
    _jawab(
        p3, utama, dt.date(2026, 5, 4), hasil=Permohonan.Hasil.TIDAK_DIKUASAI, badan_lain="Bawaslu"
    )
    p4 = _terima(s, dt.date(2026, 3, 4))
    cabut_permohonan(permohonan_id=p4.pk, alasan="Sudah tidak perlu.", oleh=utama)
    _terima(s, dt.date(2026, 4, 2), kanal=Permohonan.Kanal.SURAT, jenis="kelompok_orang")
    p6 = _terima(dki, dt.date(2026, 1, 5))
    _jawab(p6, utama, dt.date(2026, 1, 7), hasil=Permohonan.Hasil.BELUM_DIDOKUMENTASIKAN)
    _terima(s, dt.date(2025, 11, 3))
    return {"utama": utama}


def _nilai(stat, kunci):
    return {b.kode: b.nilai for b in stat.tabel[kunci].baris}


def test_every_figure_of_a_unit_matches_the_hand_count(kasus, pohon):
    stat = statistik_layanan(tahun=2026, unit=pohon["semarang"])
    assert stat.ringkasan["jumlah"] == 5
    assert stat.ringkasan["selesai"] == 3
    bulan = _nilai(stat, "bulan")
    assert (bulan["3"], bulan["4"], bulan["1"]) == (4, 1, 0)
    assert sum(bulan.values()) == 5
    assert _nilai(stat, "kanal") == {"online": 2, "email": 1, "datang_langsung": 1, "surat": 1}
    assert _nilai(stat, "hasil") == {
        "dikabulkan_seluruhnya": 1,
        "dikabulkan_sebagian": 0,
        "ditolak": 1,
        "tidak_dikuasai": 1,
        "belum_didokumentasikan": 0,
        "dicabut": 1,
        "dalam_proses": 1,
    }
    pasal = _nilai(stat, "pasal_17")
    assert pasal["h"] == 1 and sum(pasal.values()) == 1
    assert _nilai(stat, "lama") == {"0-5": 1, "6-10": 1, "11-17": 0, "18+": 1}
    assert stat.ringkasan["median_hari_kerja"] == 9
    assert _nilai(stat, "ketepatan") == {
        "tepat_waktu": 2,
        "terlambat": 1,
        "melewati_batas": 1,
        "berjalan": 0,
        "dicabut": 1,
    }
    assert _nilai(stat, "perpanjangan") == {"diperpanjang": 1, "tidak": 4}
    alasan = _nilai(stat, "keberatan_alasan")
    assert alasan["a"] == 1 and sum(alasan.values()) == 1
    assert _nilai(stat, "keberatan_keputusan") == {
        "diterima": 0,
        "ditolak": 1,
        "musyawarah": 0,
        "dicabut": 0,
        "diproses": 0,
    }
    assert _nilai(stat, "keberatan_lama") == {"0-10": 1, "11-20": 0, "21-30": 0, "31+": 0}
    assert stat.ringkasan["median_hari_keberatan"] == 1
    assert stat.ringkasan["keberatan_tepat_waktu"] == 1
    sengketa = _nilai(stat, "sengketa")
    assert sengketa["mediasi"] == 1 and sum(sengketa.values()) == 1
    assert _nilai(stat, "topik") == {"pemilu": 1}
    assert _nilai(stat, "katalog") == {"berkala": 2, "serta_merta": 0, "setiap_saat": 1}
    assert _nilai(stat, "katalog_tinjau") == {"lewat": 1, "mutakhir": 2}


def test_the_whole_body_includes_every_unit_and_shows_every_cell(kasus, pohon):
    for unit in (None, pohon["ri"]):
        stat = statistik_layanan(tahun=2026, unit=unit)
        assert stat.ringkasan["jumlah"] == 6
        assert _nilai(stat, "bulan")["1"] == 1
        assert _nilai(stat, "hasil")["belum_didokumentasikan"] == 1
        assert _nilai(stat, "ketepatan")["tepat_waktu"] == 3
        # 2, 3, 9 and more than 17 days: the median of four is the mean of the middle two.
        assert stat.ringkasan["median_hari_kerja"] == 6
        # Not a unit but the whole body: small requester cells are shown.
        assert _nilai(stat, "jenis_pemohon") == {
            "perorangan": 4,
            "badan_hukum": 1,
            "kelompok_orang": 1,
        }
        assert _nilai(stat, "katalog")["berkala"] == 3
    assert statistik_layanan(tahun=2025, unit=None).ringkasan["jumlah"] == 1


def test_small_requester_cells_of_a_unit_are_withheld(kasus, pohon, client):
    stat = statistik_layanan(tahun=2026, unit=pohon["semarang"])
    baris = {b.kode: b for b in stat.tabel["jenis_pemohon"].baris}
    assert (baris["perorangan"].nilai, baris["perorangan"].disembunyikan) == (3, False)
    for kode in ("badan_hukum", "kelompok_orang"):
        assert (baris[kode].nilai, baris[kode].disembunyikan) == (None, True)
    params = {"tahun": "2026", "unit": "kpu-semarang"}
    html = client.get(STATISTIK, params).content.decode()
    assert "&lt; 3" in html
    data = json.loads(client.get(reverse("statistik:data_json"), params).content)
    sel = {b["kode"]: b for b in data["angka"]["jenis_pemohon"]["baris"]}
    assert sel["badan_hukum"] == {
        "kode": "badan_hukum",
        "label": "Badan hukum",
        "nilai": None,
        "disembunyikan": True,
    }
    assert sel["perorangan"]["nilai"] == 3
    respons = client.get(reverse("statistik:data_csv"), params)
    teks = b"".join(respons.streaming_content).decode("utf-8-sig")
    baris_csv = list(csv.DictReader(io.StringIO(teks)))
    bh = next(b for b in baris_csv if b["angka"] == "jenis_pemohon" and b["kode"] == "badan_hukum")
    assert (bh["nilai"], bh["disembunyikan"]) == ("", "1")
    ok = next(b for b in baris_csv if b["angka"] == "ketepatan" and b["kode"] == "tepat_waktu")
    assert ok["nilai"] == "2" and ok["unit"] == "kpu-semarang"


def test_the_page_and_open_data_show_the_figures_without_personal_data(kasus, client):
    response = client.get(STATISTIK, {"tahun": "2026"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == len(response.context["tabel"])
    assert "<title id=" in html and "<desc id=" in html
    assert "Dijawab tepat waktu" in html and "Definisi angka" in html
    data = json.loads(client.get(reverse("statistik:data_json"), {"tahun": "2026"}).content)
    assert data["ringkasan"]["jumlah"] == 6
    assert data["angka"]["lama"]["definisi"]
    for pemohon in Pemohon.objects.all():
        for pribadi in filter(None, (pemohon.nama, pemohon.nik, pemohon.email, pemohon.alamat)):
            assert pribadi not in html
            assert pribadi not in json.dumps(data, ensure_ascii=False)


def test_the_home_page_figure_agrees_with_the_statistics(kasus, pohon):
    angka = angka_layanan(2026)
    stat = statistik_layanan(tahun=2026)
    assert angka["jumlah"] == stat.ringkasan["jumlah"] == 6
    assert angka["selesai"] == stat.ringkasan["selesai"] == 4
    assert angka["tepat_waktu"] == stat.ringkasan["tepat_waktu"] == 3
    assert angka["persen_tepat_waktu"] == stat.ringkasan["persen_tepat_waktu"] == 75


def test_on_time_is_counted_in_the_units_time_zone(pohon):
    """The answer's date is counted in the unit's zone (WITA here), as
    Permohonan.ketepatan_waktu counts it, not in the body's default zone (WIB)."""
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    pohon["dki"].zona_waktu = "Asia/Makassar"
    pohon["dki"].save()
    p = _terima(pohon["dki"], dt.date(2026, 3, 2))
    jawab = dt.datetime.combine(p.jatuh_tempo, dt.time(23, 30), tzinfo=ZoneInfo("Asia/Makassar"))
    Permohonan.objects.filter(pk=p.pk).update(
        status="selesai", hasil="dikabulkan_seluruhnya", dijawab_pertama_pada=jawab
    )
    p.refresh_from_db()
    assert p.ketepatan_waktu(dt.date(2026, 12, 1)) == "tepat_waktu"
    assert angka_layanan(2026)["tepat_waktu"] == 1
    assert _nilai(statistik_layanan(tahun=2026), "ketepatan")["tepat_waktu"] == 1
    # 00:30 WITA the next day is still 23:30 WIB on the due date: late for this unit.
    Permohonan.objects.filter(pk=p.pk).update(dijawab_pertama_pada=jawab + dt.timedelta(hours=1))
    p.refresh_from_db()
    assert p.ketepatan_waktu(dt.date(2026, 12, 1)) == "terlambat"
    assert angka_layanan(2026)["tepat_waktu"] == 0
    assert _nilai(statistik_layanan(tahun=2026), "ketepatan")["terlambat"] == 1


def test_median_of_a_distribution():
    assert median({}) is None
    assert median({3: 1}) == 3
    assert median({2: 1, 3: 1, 9: 1, 30: 1}) == 6
    assert median({1: 3, 10: 1}) == 1


def _jumlah_query(client, params):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(STATISTIK, params).status_code == 200
    return len(ctx.captured_queries)


def test_the_query_count_does_not_grow_with_the_data(kasus, pohon, client, tanpa_cache_halaman):
    params = {"tahun": "2026", "unit": "kpu-jateng"}
    sebelum = _jumlah_query(client, params)
    # site profile and pages (2), years, units, the requests' counters (counts, the open
    # ones by deadline, answer dates), refusals, days off, objections, their answer dates,
    # disputes, topics, catalogue, annual reports, the satisfaction index.
    assert sebelum == 16
    for i in range(60):
        tanggal = dt.date(2026, 1, 5) + dt.timedelta(days=i * 5)
        p = _terima(pohon["semarang"], tanggal, kanal=Permohonan.Kanal.EMAIL)
        if i % 2:
            Permohonan.objects.filter(pk=p.pk).update(
                status="selesai",
                hasil="dikabulkan_seluruhnya",
                dijawab_pertama_pada=_waktu(tanggal + dt.timedelta(days=i % 20)),
            )
    assert _jumlah_query(client, params) == sebelum


@pytest.mark.parametrize(
    "params",
    [
        {"tahun": "0"},
        {"tahun": "-1"},
        {"tahun": "99999"},
        {"tahun": "1e9"},
        {"tahun": "\x00"},
        {"tahun": "٢٠٢٦"},
        {"unit": "tidak-ada"},
        {"unit": "kpu-jateng\x00"},
        {"tahun": "2026", "unit": ["a", "b"]},
    ],
)
def test_bad_parameters_fall_back_to_the_defaults(client, pohon, params):
    from django.utils import timezone

    for url in (STATISTIK, reverse("statistik:data_json"), reverse("statistik:data_csv")):
        response = client.get(url, params)
        assert response.status_code == 200
    data = json.loads(client.get(reverse("statistik:data_json"), params).content)
    assert data["tahun"] == timezone.localdate().year
    assert data["unit"] is None or params.get("unit") == ["a", "b"]


def _penghitung():
    """The home page's counters (RekapLayanan: requests, answered, on time) per year and
    unit, where any is not zero."""
    from permohonan.models import RekapLayanan

    angka = {}
    for r in RekapLayanan.objects.select_related("unit_kerja").filter(
        dimensi__in=("jumlah", "selesai", "tepat_waktu")
    ):
        angka.setdefault((r.tahun, r.unit_kerja.nama), {})[r.dimensi] = r.jumlah
    hasil = {
        k: (v.get("jumlah", 0), v.get("selesai", 0), v.get("tepat_waktu", 0))
        for k, v in angka.items()
    }
    return {k: v for k, v in hasil.items() if any(v)}


def _sama_dengan_statistik(tahun):
    angka = angka_layanan(tahun)
    stat = statistik_layanan(tahun=tahun).ringkasan
    for kunci in ("jumlah", "selesai", "tepat_waktu", "persen_tepat_waktu"):
        assert angka[kunci] == stat[kunci], kunci
    return angka["jumlah"], angka["selesai"], angka["tepat_waktu"]


def test_the_counters_follow_registering_deciding_moving_and_deleting(kasus, pohon):
    """The home page reads per-year-and-unit counters kept by triggers (issue 15): after
    every kind of write they are what counting the requests gives."""

    semarang, dki = pohon["semarang"].nama, pohon["dki"].nama
    assert _penghitung() == {
        (2026, semarang): (5, 3, 2),
        (2026, dki): (1, 1, 1),
        (2025, semarang): (1, 0, 0),
    }
    assert _sama_dengan_statistik(2026) == (6, 4, 3)

    # Registering (a service) and deciding on time (the notice service).
    baru = _terima(pohon["dki"], dt.date(2026, 6, 1))
    assert _penghitung()[(2026, dki)] == (2, 1, 1)
    _jawab(baru, kasus["utama"], dt.date(2026, 6, 3))
    assert _penghitung()[(2026, dki)] == (2, 2, 2)
    assert _sama_dengan_statistik(2026) == (7, 5, 4)

    # Answered late after all (a bulk update, as the admin's corrections do).
    Permohonan.objects.filter(pk=baru.pk).update(
        dijawab_pertama_pada=_waktu(dt.date(2026, 8, 3), 9)
    )
    assert _penghitung()[(2026, dki)] == (2, 2, 1)
    # An extension moves the deadline it is measured against.
    Permohonan.objects.filter(pk=baru.pk).update(jatuh_tempo_perpanjangan=dt.date(2026, 8, 5))
    assert _penghitung()[(2026, dki)] == (2, 2, 2)

    # Moved to another unit, then to another year.
    Permohonan.objects.filter(pk=baru.pk).update(unit_kerja=pohon["semarang"])
    assert _penghitung()[(2026, dki)] == (1, 1, 1)
    assert _penghitung()[(2026, semarang)] == (6, 4, 3)
    Permohonan.objects.filter(pk=baru.pk).update(tanggal_terima=dt.date(2025, 12, 30))
    assert _penghitung()[(2025, semarang)] == (2, 1, 1)
    assert _sama_dengan_statistik(2026) == (6, 4, 3)
    assert _sama_dengan_statistik(2025) == (2, 1, 1)

    # The unit's time zone decides the answer's date: answered 23:30 WIB on the due date
    # is 01:30 the next day in WIT (late there).
    Permohonan.objects.filter(pk=baru.pk).update(
        dijawab_pertama_pada=dt.datetime.combine(dt.date(2026, 8, 5), dt.time(23, 30), tzinfo=WIB)
    )
    assert _penghitung()[(2025, semarang)] == (2, 1, 1)
    pohon["semarang"].zona_waktu = "Asia/Jayapura"
    pohon["semarang"].save()
    assert _penghitung()[(2025, semarang)] == (2, 1, 0)
    assert _sama_dengan_statistik(2025) == (2, 1, 0)
    # 2026's answers were at 09:00 WIB, 11:00 WIT the same day: unchanged.
    assert _sama_dengan_statistik(2026) == (6, 4, 3)

    # Deleting requests (one, then a queryset: the unanswered ones of 2026, p4 and p5).
    lain = _terima(pohon["dki"], dt.date(2026, 7, 1))
    assert _penghitung()[(2026, dki)] == (2, 1, 1)
    lain.delete()
    assert _penghitung()[(2026, dki)] == (1, 1, 1)
    Permohonan.objects.filter(tanggal_terima__year=2026, dijawab_pertama_pada=None).delete()
    assert _penghitung()[(2026, semarang)] == (3, 3, 2)
    assert _sama_dengan_statistik(2026) == (4, 4, 3)
    assert {k for k in _penghitung() if k[0] == 2026} == {(2026, semarang), (2026, dki)}
