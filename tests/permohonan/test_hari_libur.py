"""The days-off table: seeded from `holidays`, editable by staff, read by the calendar."""

from datetime import date

import pytest
from django.core.management import call_command

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
