"""A public form sent while the database is really away (the test cluster is stopped): a
clear 503 page in the visitor's language, nothing registered, nothing typed or uploaded lost."""

import re
from html import unescape

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from permohonan.models import Permohonan
from tests.factories import UnitKerjaFactory
from tests.permohonan.test_ajukan import AJUKAN, _data

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def unit():
    # Rate-limit counters of earlier transactional tests live on in the cache table.
    cache.clear()
    call_command("perbarui_hari_libur", verbosity=0)
    return UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")


def _isian_tersembunyi(html: str) -> dict[str, str]:
    form = re.search(r'<form method="post".*?</form>', html, re.S).group(0)
    return {
        unescape(nama): unescape(nilai)
        for nama, nilai in re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)"', form)
    }


def test_a_request_sent_while_the_database_is_away_is_kept_for_sending_again(
    unit, basis_data_mati, settings
):
    client = Client()
    # no-store on the form page would make "Back" from the 503 page fetch the form again —
    # from the same absent database — instead of showing it with what was typed.
    assert "no-store" not in client.get(AJUKAN).get("Cache-Control", "")
    data = _data(unit, nama='Sri "Wahyuni" <b>')
    with basis_data_mati():
        response = client.post(AJUKAN, data)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Kiriman Anda belum tercatat" in html
    assert "Tidak ada yang tercatat" in html
    assert "tombol <strong>Kembali</strong>" in html
    assert "Berkas yang Anda lampirkan (ktp.pdf) sudah kami simpan sementara" in html
    assert "<b>" not in html  # what was typed is escaped
    assert Permohonan.objects.count() == 0

    # Everything typed is on the page, and the identity scan is kept as by a re-shown form.
    isian = _isian_tersembunyi(html)
    assert isian["nama"] == 'Sri "Wahyuni" <b>'
    assert isian["nik"] == data["nik"] and isian["rincian"] == data["rincian"]
    assert isian["berkas_identitas_tersimpan"]
    assert list((settings.PRIVATE_MEDIA_ROOT / "sementara").iterdir())

    # The database is back: "Kirim lagi" registers the request, with the scan.
    response = client.post(AJUKAN, {**isian, "konfirmasi": "1"})
    assert response.status_code == 302
    permohonan = Permohonan.objects.get()
    assert permohonan.pemohon.nama == 'Sri "Wahyuni" <b>'
    assert permohonan.pemohon.berkas_identitas.read().startswith(b"%PDF")


def test_the_page_is_in_the_visitor_s_language(unit, basis_data_mati, settings):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with basis_data_mati():
        response = client.post(AJUKAN, _data(unit))
    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Nothing was registered" in html
    assert "Send again" in html and "Back" in html


def test_a_file_that_is_not_acceptable_is_not_kept(unit, basis_data_mati, settings):
    skrip = SimpleUploadedFile("ktp.pdf", b"#!/bin/sh\necho hi\n", content_type="application/pdf")
    with basis_data_mati():
        response = Client().post(AJUKAN, _data(unit, berkas_identitas=skrip))
    html = response.content.decode()
    assert "tidak dapat disimpan saat ini: lampirkan lagi" in html
    assert "berkas_identitas_tersimpan" not in html
    assert not (settings.PRIVATE_MEDIA_ROOT / "sementara").exists()


def test_the_tracking_lookup_and_the_objection_form_get_the_same_page(unit, basis_data_mati):
    lacak = reverse("permohonan:lacak")
    keberatan = reverse("keberatan:ajukan")
    with basis_data_mati():
        response = Client().post(lacak, {"nomor": "P-2026-00001", "email": "sri@contoh.id"})
        assert response.status_code == 503
        assert _isian_tersembunyi(response.content.decode())["nomor"] == "P-2026-00001"
        response = Client().post(keberatan, {"nomor": "P-2026-00001", "alasan": "a"})
        assert response.status_code == 503
        assert "Kiriman Anda belum tercatat" in response.content.decode()
        # A page that is only read says so, without the "nothing registered" part.
        response = Client().get(reverse("permohonan:register"))
        assert response.status_code == 503
        assert "Layanan sedang terganggu" in response.content.decode()
        assert "Tidak ada yang tercatat" not in response.content.decode()
