"""Staff actions on a request: allowed transitions, refused ones, and the log."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from informasi.akses import PPID_UTAMA
from permohonan.models import Permohonan, Riwayat
from permohonan.services import (
    TransisiDitolak,
    cabut_permohonan,
    catat_catatan_internal,
    perpanjang_jangka_waktu,
    terima_permohonan,
    tugaskan_permohonan,
)
from tests.factories import UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


@pytest.fixture
def permohonan(pohon):
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    # Received Wednesday 18 March 2026: due Thursday 9 April (see test_kalender).
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["ri"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime(2026, 3, 18, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
    ).permohonan


@pytest.fixture
def petugas():
    return UserFactory(groups=[PPID_UTAMA])


def test_assigning_moves_a_new_request_into_processing(permohonan, pohon, petugas):
    hasil = tugaskan_permohonan(
        permohonan_id=permohonan.pk, unit_kerja=pohon["semarang"], petugas=petugas, oleh=petugas
    )
    assert (hasil.status, hasil.unit_kerja, hasil.petugas) == (
        "diproses",
        pohon["semarang"],
        petugas,
    )
    riwayat = Riwayat.objects.get(permohonan=permohonan, peristiwa="ditugaskan")
    assert riwayat.pelaku == petugas and "KPU Kota Semarang" in riwayat.kalimat


def test_extension_adds_seven_working_days_once(permohonan, petugas):
    hasil = perpanjang_jangka_waktu(
        permohonan_id=permohonan.pk,
        alasan="Dokumen tersimpan di arsip kabupaten.",
        oleh=petugas,
        hari_ini=dt.date(2026, 4, 9),  # the last day is still in time
    )
    assert hasil.jatuh_tempo == dt.date(2026, 4, 9)
    assert hasil.batas_waktu == dt.date(2026, 4, 20)
    assert hasil.status == Permohonan.Status.DIPERPANJANG
    riwayat = Riwayat.objects.get(permohonan=permohonan, peristiwa="diperpanjang")
    assert riwayat.untuk_pemohon and "20 April 2026" in riwayat.kalimat

    with pytest.raises(TransisiDitolak, match="satu kali"):
        perpanjang_jangka_waktu(
            permohonan_id=permohonan.pk, alasan="lagi", oleh=petugas, hari_ini=dt.date(2026, 4, 10)
        )


def test_extension_after_the_deadline_or_without_reason_is_refused(permohonan, petugas):
    with pytest.raises(TransisiDitolak, match="sudah lewat"):
        perpanjang_jangka_waktu(
            permohonan_id=permohonan.pk,
            alasan="Arsip",
            oleh=petugas,
            hari_ini=dt.date(2026, 4, 10),
        )
    with pytest.raises(TransisiDitolak, match="alasan"):
        perpanjang_jangka_waktu(
            permohonan_id=permohonan.pk, alasan="  ", oleh=petugas, hari_ini=dt.date(2026, 4, 1)
        )
    permohonan.refresh_from_db()
    assert permohonan.jatuh_tempo_perpanjangan is None


def test_withdrawn_request_cannot_be_handled_any_more(permohonan, pohon, petugas):
    cabut_permohonan(permohonan_id=permohonan.pk, alasan="Atas permintaan pemohon.", oleh=petugas)
    permohonan.refresh_from_db()
    assert permohonan.status == Permohonan.Status.DICABUT and permohonan.selesai_pada
    with pytest.raises(TransisiDitolak):
        cabut_permohonan(permohonan_id=permohonan.pk, alasan="", oleh=petugas)
    with pytest.raises(TransisiDitolak):
        tugaskan_permohonan(permohonan_id=permohonan.pk, unit_kerja=pohon["dki"], oleh=petugas)
    with pytest.raises(TransisiDitolak):
        perpanjang_jangka_waktu(
            permohonan_id=permohonan.pk, alasan="x", oleh=petugas, hari_ini=dt.date(2026, 3, 20)
        )
    assert not permohonan.terlambat(dt.date(2026, 12, 1))


def test_internal_notes_are_for_staff_only(permohonan, petugas):
    catatan = catat_catatan_internal(
        permohonan_id=permohonan.pk, catatan="Hubungi Biro Hukum dulu.", oleh=petugas
    )
    assert catatan.untuk_pemohon is False
    with pytest.raises(TransisiDitolak):
        catat_catatan_internal(permohonan_id=permohonan.pk, catatan=" ", oleh=petugas)
