"""Tracking a request: by number + e-mail or by the secret link, never by guessing."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from permohonan.models import Permohonan, Riwayat
from permohonan.services import terima_permohonan
from tests.factories import UnitKerjaFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
LACAK = reverse("permohonan:lacak")


@pytest.fixture
def diterima():
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    return terima_permohonan(
        pemohon=pemohon_baru(email="Sri@Contoh.id"),
        permohonan=permohonan_baru(UnitKerjaFactory()),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime(2026, 11, 2, 10, tzinfo=ZoneInfo("Asia/Jakarta")),
    )


def test_number_and_email_open_the_status_page(client, diterima):
    nomor = diterima.permohonan.nomor
    response = client.post(LACAK, {"nomor": nomor.lower(), "email": "sri@contoh.id"}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("permohonan:status", args=[nomor])
    assert "Senin, 16 November 2026" in html  # due date
    assert "Permohonan diterima" in html


@pytest.mark.parametrize(
    ("nomor", "email"),
    [("P-2026-00001", "orang.lain@contoh.id"), ("P-2026-00099", "sri@contoh.id")],
)
def test_wrong_number_or_email_get_the_same_answer(client, diterima, nomor, email):
    response = client.post(LACAK, {"nomor": nomor, "email": email})
    html = response.content.decode()
    assert "tidak cocok dengan permohonan mana pun" in html
    assert "Sri Wahyuni" not in html


def test_secret_link_opens_the_status_and_leaves_the_address(client, diterima):
    permohonan = diterima.permohonan
    url = reverse("permohonan:lacak_tautan", args=[permohonan.nomor, diterima.token])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("permohonan:status", args=[permohonan.nomor])
    assert client.get(response["Location"]).status_code == 200


def test_wrong_token_and_no_proof_get_nothing(client, diterima):
    nomor = diterima.permohonan.nomor
    salah = client.get(reverse("permohonan:lacak_tautan", args=[nomor, "tebakan"]))
    assert salah.status_code == 404
    langsung = Client().get(reverse("permohonan:status", args=[nomor]))
    assert langsung.status_code == 302 and langsung["Location"] == LACAK


def test_internal_notes_are_never_shown_to_the_requester(client, diterima):
    Riwayat.objects.create(
        permohonan=diterima.permohonan,
        peristiwa=Riwayat.Peristiwa.CATATAN,
        data={"catatan": "Catatan rahasia petugas"},
        untuk_pemohon=False,
    )
    client.get(
        reverse("permohonan:lacak_tautan", args=[diterima.permohonan.nomor, diterima.token])
    )
    html = client.get(reverse("permohonan:status", args=[diterima.permohonan.nomor])).content
    assert "Catatan rahasia petugas" not in html.decode()


def test_overdue_request_shows_until_when_an_objection_may_be_filed(client, diterima, monkeypatch):
    import permohonan.views.permohonan

    monkeypatch.setattr(
        permohonan.views.permohonan.timezone, "localdate", lambda **_: dt.date(2026, 11, 20)
    )
    client.get(
        reverse("permohonan:lacak_tautan", args=[diterima.permohonan.nomor, diterima.token])
    )
    html = client.get(reverse("permohonan:status", args=[diterima.permohonan.nomor])).content
    # Due 16 November; ground (c) arises on 17 November; 30 working days later, skipping the
    # cuti bersama of 24 December and Christmas: Thursday 31 December 2026.
    assert "Kamis, 31 Desember 2026" in html.decode()


def test_status_page_query_count_is_fixed(
    client, diterima, django_assert_max_num_queries, tanpa_cache_halaman
):
    for n in range(10):
        Riwayat.objects.create(
            permohonan=diterima.permohonan, peristiwa="catatan", data={"catatan": f"{n}"},
            untuk_pemohon=True,
        )  # fmt: skip
    nomor = diterima.permohonan.nomor
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    # session, request, notice (+ its files and entries when there is one), days off,
    # timeline, site profile + pages.
    with django_assert_max_num_queries(8):
        assert client.get(reverse("permohonan:status", args=[nomor])).status_code == 200
