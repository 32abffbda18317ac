"""The days-off table: seeded from `holidays`, editable by staff, read by the calendar."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from permohonan.kalender import jatuh_tempo_pemberitahuan
from permohonan.models import HariLibur
from permohonan.selectors import libur_aktif

pytestmark = pytest.mark.django_db


def test_seeding_takes_national_holidays_and_cuti_bersama_once():
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    nyepi = HariLibur.objects.get(tanggal=date(2026, 3, 19))
    assert (nyepi.nama, nyepi.jenis, nyepi.sumber) == (
        "Hari Suci Nyepi",
        "libur_nasional",
        "pustaka",
    )
    assert HariLibur.objects.get(tanggal=date(2026, 3, 18)).jenis == "cuti_bersama"
    jumlah = HariLibur.objects.count()
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    assert HariLibur.objects.count() == jumlah


def test_staff_changes_survive_a_refresh():
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    HariLibur.objects.filter(tanggal=date(2026, 12, 24)).update(aktif=False)  # cuti cancelled
    HariLibur.objects.create(
        tanggal=date(2026, 11, 27), nama="Pemungutan suara ulang", jenis="lainnya"
    )
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    assert not HariLibur.objects.get(tanggal=date(2026, 12, 24)).aktif
    assert HariLibur.objects.get(tanggal=date(2026, 11, 27)).sumber == "petugas"


def test_deadlines_follow_the_table_and_the_cuti_bersama_setting(settings):
    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    libur = libur_aktif(date(2026, 3, 1), date(2026, 5, 31))
    assert jatuh_tempo_pemberitahuan(date(2026, 3, 18), libur) == date(2026, 4, 9)

    settings.PERMOHONAN_CUTI_BERSAMA_LIBUR = False
    libur = libur_aktif(date(2026, 3, 1), date(2026, 5, 31))
    assert date(2026, 3, 18) not in libur
    assert jatuh_tempo_pemberitahuan(date(2026, 3, 18), libur) == date(2026, 4, 2)

    # A day switched off by staff counts as a working day again.
    settings.PERMOHONAN_CUTI_BERSAMA_LIBUR = True
    HariLibur.objects.filter(tanggal=date(2026, 4, 3)).update(aktif=False)
    libur = libur_aktif(date(2026, 3, 1), date(2026, 5, 31))
    assert jatuh_tempo_pemberitahuan(date(2026, 3, 18), libur) == date(2026, 4, 8)


# Real dates of 2025–2027 (each row a legal scenario): arrival, due date of the written
# notice (10 working days, UU 14/2008 Pasal 22 ayat 7), what it skips.
@pytest.mark.parametrize(
    ("tiba", "jatuh_tempo"),
    [
        # Before Idul Fitri 2025 and its cuti bersama (31 Mar–7 Apr): not 10 April.
        (date(2025, 3, 27), date(2025, 4, 22)),
        # Nyepi 2026 (19 Mar) with its cuti bersama (18 Mar), Idul Fitri's cuti bersama
        # (20, 23, 24 Mar) and Good Friday (3 Apr): 17, 25, 26, 27, 30, 31 Mar, 1, 2, 6, 7 Apr.
        (date(2026, 3, 16), date(2026, 4, 7)),
        # Across the year's end: cuti bersama (24 Dec), Christmas, New Year and Isra Mikraj
        # (5 Jan 2027): 22, 23, 28, 29, 30, 31 Dec, 4, 6, 7, 8 Jan.
        (date(2026, 12, 21), date(2027, 1, 8)),
    ],
)
def test_due_dates_across_real_holidays_of_2025_to_2027(tiba, jatuh_tempo):
    call_command("perbarui_hari_libur", tahun=[2025, 2026, 2027], verbosity=0)
    assert jatuh_tempo_pemberitahuan(tiba, libur_aktif(tiba)) == jatuh_tempo


def test_the_default_refresh_covers_every_year_from_the_oldest_record(pohon):
    from django.utils import timezone

    from permohonan.models import Permohonan
    from permohonan.services import terima_permohonan
    from tests.factories import pemohon_baru, permohonan_baru

    terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.SURAT,
        diterima_pada=timezone.make_aware(timezone.datetime(2025, 3, 27, 10)),
        oleh=None,
    )
    call_command("perbarui_hari_libur", verbosity=0)
    ini = timezone.localdate().year
    tahun = set(HariLibur.objects.values_list("tanggal__year", flat=True))
    assert tahun == set(range(2025, ini + 3))


def test_a_year_the_table_does_not_cover_is_an_estimate_never_a_year_without_holidays():
    from permohonan.selectors import tahun_belum_tercakup

    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    libur = libur_aktif(date(2027, 1, 1))
    assert libur.perkiraan(date(2026, 12, 1), date(2026, 12, 31)) == []
    assert libur.perkiraan(date(2026, 12, 21), date(2027, 1, 7)) == [
        "hari libur tahun 2027 belum dimuat ke tabel"
    ]
    assert 2027 in tahun_belum_tercakup()
    call_command("perbarui_hari_libur", tahun=[2027], verbosity=0)
    # 2027: Idul Fitri is still the package's estimate.
    alasan = libur_aktif(date(2027, 3, 1)).perkiraan(date(2027, 3, 1), date(2027, 3, 31))
    assert alasan == [
        "Hari Raya Idul Fitri, 10 Maret 2027, masih perkiraan",
        "Hari kedua dari Hari Raya Idul Fitri, 11 Maret 2027, masih perkiraan",
    ]


def test_a_year_without_decreed_cuti_bersama_is_provisional():
    call_command("perbarui_hari_libur", tahun=[2028], verbosity=0)
    alasan = libur_aktif(date(2028, 6, 1)).perkiraan(date(2028, 6, 1), date(2028, 6, 30))
    assert alasan == ["cuti bersama tahun 2028 belum ditetapkan"]


def test_the_status_page_and_the_check_say_perkiraan(client, pohon):
    from django.core import checks
    from django.utils import timezone

    from permohonan.models import Permohonan
    from permohonan.services import terima_permohonan
    from tests.factories import pemohon_baru, permohonan_baru

    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
    )
    pesan = [m.id for m in checks.run_checks(tags=[checks.Tags.database], databases=["default"])]
    assert "permohonan.W002" in pesan  # nothing seeded at all
    nomor = diterima.permohonan.nomor
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    html = client.get(reverse("permohonan:status", args=[nomor])).content.decode()
    assert "(perkiraan)" in html and "Tanggal ini masih perkiraan" in html
    assert f"hari libur tahun {timezone.localdate().year} belum dimuat ke tabel" in html

    call_command("perbarui_hari_libur", verbosity=0)
    pesan = [m.id for m in checks.run_checks(tags=[checks.Tags.database], databases=["default"])]
    assert "permohonan.W002" not in pesan


def test_a_promised_date_is_frozen_and_recomputed_only_when_staff_say_so(client, pohon):
    """Received Monday 16 Nov 2026: due Monday 30 Nov. Staff then decree 20 Nov a day off
    (an election-related holiday): the promise and its explanation stay; the admin lists the
    request; recomputing it moves the date to 1 Dec, logged and shown to the requester."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from informasi.akses import PPID_UTAMA
    from permohonan.models import Permohonan, Riwayat
    from permohonan.selectors import jatuh_tempo_berubah
    from permohonan.services import terima_permohonan
    from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.SURAT,
        diterima_pada=timezone.datetime(2026, 11, 16, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
    )
    p = diterima.permohonan
    Permohonan.objects.filter(pk=p.pk).update(status=Permohonan.Status.DIPROSES)
    assert p.jatuh_tempo == date(2026, 11, 30)
    HariLibur.objects.create(
        tanggal=date(2026, 11, 20), nama="Pemungutan suara ulang", jenis="lainnya"
    )

    p.refresh_from_db()
    assert p.jatuh_tempo == date(2026, 11, 30)  # nothing moved by itself
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diterima.token]))
    html = client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    assert "Pemungutan suara ulang" not in html  # explained as it was computed

    staf = PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    assert [(x.pk, lama, baru) for x, lama, baru in jatuh_tempo_berubah(staf)["permohonan"]] == [
        (p.pk, date(2026, 11, 30), date(2026, 12, 1))
    ]
    client.force_login(staf)
    halaman = reverse("admin:permohonan_harilibur_jatuh_tempo")
    assert p.nomor in client.get(halaman).content.decode()
    response = client.post(halaman, {"jenis": "permohonan", "pk": p.pk}, follow=True)
    assert "jatuh tempo sekarang 1 Desember 2026" in response.content.decode()
    p.refresh_from_db()
    assert p.jatuh_tempo == date(2026, 12, 1)
    log = Riwayat.objects.get(permohonan=p, peristiwa="dihitung_ulang")
    assert log.untuk_pemohon and log.data == {"lama": "2026-11-30", "baru": "2026-12-01"}
    assert jatuh_tempo_berubah(staf)["permohonan"] == []
    client.logout()
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diterima.token]))
    html = client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    assert "Pemungutan suara ulang" in html and "30 November 2026 menjadi 1 Desember 2026" in html


def test_the_list_of_dates_to_recompute_reads_the_table_once(
    client, pohon, django_assert_max_num_queries, tanpa_cache_halaman
):
    from django.utils import timezone

    from informasi.akses import PPID_UTAMA
    from permohonan.models import Permohonan
    from permohonan.services import terima_permohonan
    from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

    call_command("perbarui_hari_libur", verbosity=0)
    for hari in range(8):
        terima_permohonan(
            pemohon=pemohon_baru(),
            permohonan=permohonan_baru(pohon["semarang"]),
            kanal=Permohonan.Kanal.ONLINE,
            diterima_pada=timezone.now() - timezone.timedelta(days=hari),
        )
    client.force_login(
        PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    )
    # session, user, groups, unit, holidays, requests, objections, banner (4)
    with django_assert_max_num_queries(13):
        assert client.get(reverse("admin:permohonan_harilibur_jatuh_tempo")).status_code == 200
