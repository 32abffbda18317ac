"""The event log stores events as data and says them in the reader's language."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from informasi.akses import PPID_UTAMA
from permohonan.models import Permohonan, Riwayat
from permohonan.services import perpanjang_jangka_waktu, terima_permohonan, tugaskan_permohonan
from tests.factories import UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


@pytest.fixture
def riwayat(pohon):
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime(2026, 3, 18, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
    )
    staf = UserFactory(groups=[PPID_UTAMA])
    p = diterima.permohonan
    tugaskan_permohonan(permohonan_id=p.pk, unit_kerja=pohon["semarang"], oleh=staf)
    perpanjang_jangka_waktu(
        permohonan_id=p.pk,
        alasan="Dokumen di arsip pusat.",
        oleh=staf,
        hari_ini=dt.date(2026, 4, 1),
    )
    return diterima


def test_events_are_data_queryable_by_code(riwayat):
    p = riwayat.permohonan
    perpanjangan = Riwayat.objects.get(permohonan=p, peristiwa=Riwayat.Peristiwa.DIPERPANJANG)
    assert perpanjangan.data == {"jatuh_tempo": "2026-04-20", "alasan": "Dokumen di arsip pusat."}
    diterima = Riwayat.objects.get(permohonan=p, peristiwa=Riwayat.Peristiwa.DITERIMA)
    assert diterima.data == {"nomor": p.nomor, "jatuh_tempo": "2026-04-09"}
    # The event carries the request's real arrival time.
    assert diterima.waktu == p.diterima_pada


def test_sentences_follow_the_active_language(riwayat):
    perpanjangan = Riwayat.objects.get(peristiwa=Riwayat.Peristiwa.DIPERPANJANG)
    with translation.override("id"):
        assert perpanjangan.kalimat == (
            "Diperpanjang sampai 20 April 2026. Alasan: Dokumen di arsip pusat."
        )
    with translation.override("en"):
        assert perpanjangan.kalimat == (
            "Extended until 20 April 2026. Reason: Dokumen di arsip pusat."
        )


def test_the_status_page_shows_the_history_in_english(client, riwayat):
    p = riwayat.permohonan
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, riwayat.token]))
    html = client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    assert "Request received" in html
    assert f"Registration number {p.nomor}; due 9 April 2026." in html
    assert "Being processed by KPU Kota Semarang." in html
    assert "Extended until 20 April 2026." in html
    assert "Diperpanjang sampai" not in html


def test_rows_from_before_events_were_data_keep_their_sentence(riwayat):
    lama = Riwayat.objects.create(
        permohonan=riwayat.permohonan,
        peristiwa=Riwayat.Peristiwa.DITUGASKAN,
        data={"teks": "Diproses oleh KPU Kota Semarang."},
    )
    assert lama.kalimat == "Diproses oleh KPU Kota Semarang."


def test_an_english_visit_does_not_leave_english_behind(client, riwayat):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(reverse("permohonan:lacak"))
    # The next thing this thread does (another test, a job) is in the site's language.
    assert translation.get_language() == "id"
