"""The public request form: validation in Indonesian, nothing lost, a receipt at the end."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from informasi.demo_berkas import buat_pdf
from permohonan.models import Pemohon, Permohonan, Riwayat
from tests.factories import UnitKerjaFactory
from tests.surat_pdf import unduh_pdf

pytestmark = pytest.mark.django_db
AJUKAN = reverse("permohonan:ajukan")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", verbosity=0)


@pytest.fixture
def unit():
    return UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")


def _ktp():
    return SimpleUploadedFile("ktp.pdf", buat_pdf("KTP", []), content_type="application/pdf")


def _data(unit, **ubah):
    data = {
        "jenis": "perorangan",
        "nama": "Sri Wahyuni",
        "nik": "3374015708900002",
        "berkas_identitas": _ktp(),
        "alamat": "Jl. Pandanaran No. 10, Semarang",
        "telepon": "081234567890",
        "email": "sri@contoh.id",
        "pekerjaan": "Wartawan",
        "unit_kerja": str(unit.pk),
        "rincian": "Rekapitulasi DPT Pilkada 2024 per kecamatan.",
        "tujuan": "Bahan liputan.",
        "cara_memperoleh": "salinan_softcopy",
        "cara_salinan": "email",
        "pernyataan": "on",
        "situs_web": "",
    }
    data.update(ubah)
    return {k: v for k, v in data.items() if v is not None}


def test_a_complete_request_is_registered_and_shows_its_receipt(client, unit):
    response = client.post(AJUKAN, _data(unit), follow=True)
    permohonan = Permohonan.objects.get()
    html = response.content.decode()
    assert permohonan.nomor in html
    assert "Pemberitahuan tertulis paling lambat" in html
    assert permohonan.pemohon.nik == "3374015708900002"
    assert permohonan.kanal == Permohonan.Kanal.ONLINE
    assert Riwayat.objects.filter(permohonan=permohonan, peristiwa="diterima").exists()
    with permohonan.pemohon.berkas_identitas.open("rb") as fh:
        assert fh.read(5) == b"%PDF-"


def test_errors_are_shown_in_indonesian_and_nothing_is_lost(client, unit):
    response = client.post(AJUKAN, _data(unit, nik="3374019908900002", pernyataan=None))
    assert response.status_code == 200
    html = response.content.decode()
    assert "NIK ini tidak mungkin benar" in html
    assert "Periksa kembali isian berikut" in html
    assert "Rekapitulasi DPT Pilkada 2024 per kecamatan." in html
    assert 'value="sri@contoh.id"' in html
    # The uploaded scan is kept: the page says so and carries a signed reference to it.
    assert "Berkas sudah diterima: <strong>ktp.pdf</strong>" in html
    form = response.context["form"]
    tanda = form.berkas_tersimpan["berkas_identitas"][0]

    # Second try, without uploading again.
    response = client.post(
        AJUKAN,
        _data(unit, berkas_identitas=None, berkas_identitas_tersimpan=tanda),
        follow=True,
    )
    permohonan = Permohonan.objects.get()
    assert permohonan.nomor in response.content.decode()
    with permohonan.pemohon.berkas_identitas.open("rb") as fh:
        assert fh.read(5) == b"%PDF-"


def test_a_forged_file_reference_is_ignored(client, unit):
    response = client.post(
        AJUKAN,
        _data(unit, berkas_identitas=None, berkas_identitas_tersimpan="sementara/x.pdf:forged"),
    )
    assert "Unggah berkasnya" in response.content.decode()
    assert not Permohonan.objects.exists()


def test_identity_scan_is_checked_by_content(client, unit):
    palsu = SimpleUploadedFile("ktp.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(AJUKAN, _data(unit, berkas_identitas=palsu))
    assert "Isi berkas tidak sesuai dengan namanya" in response.content.decode()
    assert not Permohonan.objects.exists()


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"jenis": "badan_hukum", "nik": ""}, "Isi nomor pengesahan badan hukum"),
        ({"melalui_kuasa": "on"}, "Isi nama kuasa"),
        ({"cara_salinan": ""}, "Pilih cara mendapatkan salinan"),
        ({"email": "bukan-email"}, "alamat email yang valid"),
    ],
)
def test_missing_or_wrong_fields_are_explained(client, unit, ubah, pesan):
    response = client.post(AJUKAN, _data(unit, **ubah))
    assert pesan in response.content.decode()
    assert not Permohonan.objects.exists()


def test_legal_entity_request(client, unit):
    data = _data(unit, jenis="badan_hukum", nik="", nomor_badan_hukum="AHU-0012345.AH.01.07")
    client.post(AJUKAN, data)
    pemohon = Pemohon.objects.get()
    assert (pemohon.jenis, pemohon.nik, pemohon.nomor_badan_hukum) == (
        "badan_hukum",
        "",
        "AHU-0012345.AH.01.07",
    )


def test_robots_filling_the_honeypot_are_refused(client, unit):
    response = client.post(AJUKAN, _data(unit, situs_web="http://spam.example"))
    assert "Permohonan tidak dapat diproses" in response.content.decode()
    assert not Permohonan.objects.exists()


def test_receipt_is_only_for_the_browser_that_submitted(client, unit):
    client.post(AJUKAN, _data(unit))
    nomor = Permohonan.objects.get().nomor
    assert nomor not in Client().get(reverse("permohonan:bukti"), follow=True).content.decode()


def test_search_words_prefill_the_details(client, unit):
    html = client.get(AJUKAN, {"rincian": "dana kampanye 2024"}).content.decode()
    assert "dana kampanye 2024</textarea>" in html


def test_too_many_submissions_from_one_address_are_held_back(client, unit, settings):
    settings.PERMOHONAN_BATAS_EMAIL_PER_HARI = 2
    for _ in range(2):
        client.post(AJUKAN, _data(unit))
    response = client.post(AJUKAN, _data(unit, rincian="Permohonan ketiga."))
    html = response.content.decode()
    assert "Terlalu banyak permohonan" in html
    assert "Permohonan ketiga." in html  # nothing typed is lost
    assert Permohonan.objects.count() == 2
    # Another e-mail address from another machine is not affected.
    response = client.post(
        AJUKAN, _data(unit, email="lain@contoh.id"), REMOTE_ADDR="10.0.0.2", follow=True
    )
    assert Permohonan.objects.count() == 3


def test_published_information_is_suggested_before_registering(client, unit):
    from tests.factories import InformasiFactory

    InformasiFactory(
        judul="Rekapitulasi Daftar Pemilih Tetap Pilkada 2024 per Kecamatan",
        ringkasan="Jumlah pemilih tetap per kecamatan.",
    )
    response = client.post(AJUKAN, _data(unit))
    html = response.content.decode()
    assert "Permohonan Anda belum terkirim: informasi ini mungkin sudah tersedia" in html
    assert "Rekapitulasi Daftar Pemilih Tetap Pilkada 2024 per Kecamatan" in html
    assert not Permohonan.objects.exists()
    tanda = response.context["form"].berkas_tersimpan["berkas_identitas"][0]

    # The citizen still wants to ask: the scan is not uploaded again.
    response = client.post(
        AJUKAN,
        _data(unit, berkas_identitas=None, berkas_identitas_tersimpan=tanda, konfirmasi="1"),
        follow=True,
    )
    assert Permohonan.objects.get().nomor in response.content.decode()


def test_the_receipt_letter_prints_and_downloads_as_pdf_for_the_requester_only(
    client, unit, antrean
):
    client.post(AJUKAN, _data(unit))
    permohonan = Permohonan.objects.get()
    url = reverse("permohonan:surat_bukti", args=[permohonan.nomor])

    html = client.get(url).content.decode()
    assert "BUKTI PERMOHONAN INFORMASI PUBLIK" in html
    assert permohonan.nomor in html and "Rekapitulasi DPT Pilkada 2024" in html
    assert f"{permohonan.jatuh_tempo.day} " in html  # the due date, with its explanation
    assert unduh_pdf(client, url, antrean)[1].startswith(b"%PDF-")

    # Another browser, without proof: the tracking page, the number filled in, saying how
    # to get to the receipt — and nothing of the request itself.
    lain = Client().get(url, follow=True)
    assert lain.redirect_chain[-1][0].startswith(reverse("permohonan:lacak"))
    html = lain.content.decode()
    assert "Bukti permohonan dapat dibuka kapan saja" in html
    assert f'value="{permohonan.nomor}"' in html
    assert "Rekapitulasi DPT Pilkada 2024" not in html


def test_the_form_marks_what_is_required_before_anything_is_sent(client, unit):
    html = client.get(AJUKAN).content.decode()
    for nama in ("nama", "alamat", "email", "berkas_identitas", "rincian", "tujuan"):
        assert f'<label for="id_{nama}" class="wajib">' in html, nama
    for nama in ("telepon", "pekerjaan", "nik", "nomor_badan_hukum"):
        assert f'<label for="id_{nama}">' in html, nama  # optional, or only for some
    assert "Wajib untuk perorangan dan kelompok orang" in html
    assert "Wajib untuk badan hukum" in html
    assert "Kolom bertanda (wajib) harus diisi" in html


def test_the_suggestion_step_says_nothing_was_sent_and_offers_to_send(client, unit):
    from tests.factories import InformasiFactory

    InformasiFactory(judul="Rekapitulasi Daftar Pemilih Tetap Pilkada 2024 per Kecamatan")
    html = client.post(AJUKAN, _data(unit)).content.decode()
    assert "Permohonan Anda belum terkirim" in html
    assert '<button type="submit" form="form-permohonan">Tetap kirim permohonan</button>' in html
    assert 'name="konfirmasi" value="1"' in html


def test_overlong_texts_are_refused_with_the_limit_and_kept_on_the_page(client, unit):
    panjang = "Rekap DPT per kecamatan. " * 400  # 10 000 characters
    response = client.post(AJUKAN, _data(unit, rincian=panjang, tujuan="x" * 2001))
    html = response.content.decode()
    assert response.status_code == 200
    assert "paling banyak 5000 karakter" in html and "paling banyak 2000 karakter" in html
    assert "Rekap DPT per kecamatan. Rekap DPT" in html  # what they typed is still there
    assert 'maxlength="5000"' in html  # the limit shows in the field too
    assert not Permohonan.objects.exists()


def _ktp_besar(kb: int):
    isi = buat_pdf("KTP", []) + b"0" * (kb * 1024)
    return SimpleUploadedFile("ktp.pdf", isi, content_type="application/pdf")


def _sementara(settings) -> list:
    folder = settings.PRIVATE_MEDIA_ROOT / "sementara"
    return list(folder.iterdir()) if folder.exists() else []


def test_uploads_kept_for_a_reshown_form_are_limited_per_address(client, unit, settings):
    """Issue 14: 10 POSTs with errors stored 103 MB for a day. Beyond the address's daily
    quota the form still shows its errors, asks to attach the file again, stores nothing."""
    settings.PERMOHONAN_SEMENTARA_MB_PER_ALAMAT = 1
    salah = {"nik": "3374019908900002"}
    response = client.post(AJUKAN, _data(unit, berkas_identitas=_ktp_besar(600), **salah))
    assert "Berkas sudah diterima" in response.content.decode()
    assert len(_sementara(settings)) == 1

    response = client.post(AJUKAN, _data(unit, berkas_identitas=_ktp_besar(600), **salah))
    html = response.content.decode()
    assert "NIK ini tidak mungkin benar" in html  # the form's own errors, still shown
    assert "Lampirkan lagi berkasnya saat mengirim ulang formulir" in html
    assert "Berkas sudah diterima" not in html
    assert 'value="sri@contoh.id"' in html  # what was typed is kept
    assert len(_sementara(settings)) == 1

    # Another address still has its own quota.
    response = client.post(
        AJUKAN, _data(unit, berkas_identitas=_ktp_besar(600), **salah), REMOTE_ADDR="10.1.1.1"
    )
    assert "Berkas sudah diterima" in response.content.decode()
    assert len(_sementara(settings)) == 2


def test_uploads_kept_for_reshown_forms_are_limited_in_total(client, unit, settings):
    settings.PERMOHONAN_SEMENTARA_MB_PER_ALAMAT = 100
    settings.PERMOHONAN_SEMENTARA_MB_TOTAL = 1
    salah = {"nik": "3374019908900002"}
    client.post(AJUKAN, _data(unit, berkas_identitas=_ktp_besar(600), **salah))
    response = client.post(
        AJUKAN, _data(unit, berkas_identitas=_ktp_besar(600), **salah), REMOTE_ADDR="10.1.1.2"
    )
    assert "Lampirkan lagi berkasnya saat mengirim ulang formulir" in response.content.decode()
    assert len(_sementara(settings)) == 1
    # The refused address got its share back: a small file still fits once there is room.
    from informasi.batas_laju import pakai_kuota

    assert pakai_kuota(
        "sementara-ip", "10.1.1.2", jumlah=100 * 1024 * 1024, batas=100 * 1024 * 1024, detik=60
    )
