"""Registering a request: number, receipt date, due date, log, private identity file."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from permohonan.models import Permohonan, Riwayat
from permohonan.services import hash_token, terima_permohonan
from tests.factories import UnitKerjaFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)


def _terima(diterima_pada, **kwargs):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(UnitKerjaFactory()),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=diterima_pada,
        **kwargs,
    )


def test_request_gets_number_dates_and_a_log_entry(settings):
    hasil = _terima(dt.datetime(2026, 3, 18, 9, 30, tzinfo=WIB))  # cuti bersama Nyepi
    permohonan = hasil.permohonan
    assert permohonan.nomor == "P-2026-00001"
    assert permohonan.tanggal_terima == dt.date(2026, 3, 25)
    assert permohonan.jatuh_tempo == dt.date(2026, 4, 9)
    assert permohonan.status == Permohonan.Status.DITERIMA
    assert permohonan.token_hash == hash_token(hasil.token) != hasil.token
    riwayat = Riwayat.objects.get(permohonan=permohonan)
    assert riwayat.peristiwa == Riwayat.Peristiwa.DITERIMA and riwayat.untuk_pemohon
    # The identity scan is stored outside the public media folder and has no URL.
    path = permohonan.pemohon.berkas_identitas.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    with pytest.raises(ValueError):
        permohonan.pemohon.berkas_identitas.url  # noqa: B018


def test_receipt_date_is_the_local_date_in_jakarta():
    # 23:30 WIB on Friday 6 November 2026 is still Friday in Jakarta (16:30 UTC).
    friday_night = dt.datetime(2026, 11, 6, 16, 30, tzinfo=dt.UTC)
    assert _terima(friday_night).permohonan.tanggal_terima == dt.date(2026, 11, 6)
    # 00:30 WIB on Saturday is Friday 17:30 UTC: the receipt date rolls to Monday.
    saturday = dt.datetime(2026, 11, 6, 17, 30, tzinfo=dt.UTC)
    assert _terima(saturday).permohonan.tanggal_terima == dt.date(2026, 11, 9)


def test_numbers_follow_the_year_of_receipt():
    assert _terima(dt.datetime(2026, 12, 31, 10, tzinfo=WIB)).permohonan.nomor == "P-2026-00001"
    # 23:30 UTC on 31 December is New Year's Day in Jakarta: received on Monday 4 January.
    baru = _terima(dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)).permohonan
    assert (baru.nomor, baru.tanggal_terima) == ("P-2027-00001", dt.date(2027, 1, 4))


def test_open_request_past_its_due_date_is_overdue():
    permohonan = _terima(dt.datetime(2026, 11, 2, 10, tzinfo=WIB)).permohonan
    assert permohonan.jatuh_tempo == dt.date(2026, 11, 16)
    assert not permohonan.terlambat(dt.date(2026, 11, 16))
    assert permohonan.terlambat(dt.date(2026, 11, 17))


def test_a_request_to_a_wit_unit_counts_in_wit():
    """23:30 WIB on Thursday 5 November 2026 is 01:30 WIT on Friday 6 November in Jayapura:
    the receipt date is the Friday, and the due date follows from it (DOMAIN.md §4 rule 7)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from django.core.management import call_command

    from tests.factories import UnitKerjaFactory

    call_command("perbarui_hari_libur", tahun=[2026], verbosity=0)
    jayapura = UnitKerjaFactory(
        slug="kpu-kota-jayapura", nama="KPU Kota Jayapura", zona_waktu="Asia/Jayapura"
    )
    jakarta = UnitKerjaFactory(slug="kpu-kota-jakarta-pusat", nama="KPU Jakarta Pusat")
    tiba = dt.datetime(2026, 11, 5, 23, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    ke_jayapura = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(jayapura),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=tiba,
    ).permohonan
    ke_jakarta = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(jakarta),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=tiba,
    ).permohonan
    assert ke_jayapura.tanggal_terima == dt.date(2026, 11, 6)
    assert ke_jakarta.tanggal_terima == dt.date(2026, 11, 5)
    assert ke_jayapura.jatuh_tempo == dt.date(2026, 11, 20)
    assert ke_jakarta.jatuh_tempo == dt.date(2026, 11, 19)
