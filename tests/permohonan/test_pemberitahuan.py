"""The written notice (UU 14/2008 Pasal 22 ayat 7): required points, closing the request,
released files only for the requester."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA
from informasi.demo_berkas import buat_csv, buat_pdf
from permohonan.models import PemberitahuanTertulis, Permohonan, Riwayat
from permohonan.services import TransisiDitolak, kirim_pemberitahuan, terima_permohonan
from tests.factories import (
    InformasiFactory,
    PetugasFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)
from tests.surat_pdf import unduh_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def diterima(pohon):
    call_command("perbarui_hari_libur", verbosity=0)
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now(),
    )


@pytest.fixture
def petugas(pohon):
    return PetugasFactory(
        unit_kerja=pohon["semarang"], user=UserFactory(groups=[PPID_PELAKSANA])
    ).user


def _notice(**kwargs):
    data = {
        "hasil": Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        "informasi_diberikan": "Rekap DPT per kecamatan.",
        "bentuk": PemberitahuanTertulis.Bentuk.SOFTCOPY,
        "cara_penyampaian": "email",
        "nama_penandatangan": "Agus Prasetyo",
        "jabatan_penandatangan": "Sekretaris KPU Kota Semarang selaku PPID Pelaksana",
    }
    data.update(kwargs)
    return PemberitahuanTertulis(**data)


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"hasil": "ditolak", "pasal_17": [], "alasan": "x"}, "huruf Pasal 17"),
        ({"hasil": "ditolak", "pasal_17": ["h"], "alasan": " "}, "huruf Pasal 17"),
        ({"hasil": "dikabulkan_sebagian", "bagian_dihitamkan": ""}, "dihitamkan"),
        ({"informasi_diberikan": ""}, "informasi yang diberikan"),
    ],
)
def test_a_notice_missing_a_required_point_is_refused(diterima, petugas, ubah, pesan):
    with pytest.raises(TransisiDitolak, match=pesan):
        kirim_pemberitahuan(
            permohonan_id=diterima.permohonan.pk, pemberitahuan=_notice(**ubah), oleh=petugas
        )
    diterima.permohonan.refresh_from_db()
    assert diterima.permohonan.terbuka


def test_sending_the_notice_closes_the_request_once(diterima, petugas):
    kirim_pemberitahuan(
        permohonan_id=diterima.permohonan.pk,
        pemberitahuan=_notice(),
        lampiran=[("Rekap DPT", SimpleUploadedFile("dpt.csv", buat_csv([["a"], ["1"]])))],
        oleh=petugas,
    )
    permohonan = Permohonan.objects.get()
    assert (permohonan.status, permohonan.hasil) == ("selesai", "dikabulkan_seluruhnya")
    assert permohonan.selesai_pada is not None
    assert Riwayat.objects.filter(permohonan=permohonan, peristiwa="pemberitahuan").exists()
    with pytest.raises(TransisiDitolak):
        kirim_pemberitahuan(permohonan_id=permohonan.pk, pemberitahuan=_notice(), oleh=petugas)


def test_requester_sees_the_notice_and_downloads_released_files(client, diterima, petugas):
    entri = InformasiFactory(judul="Rekap DPT Pilkada")
    kirim_pemberitahuan(
        permohonan_id=diterima.permohonan.pk,
        pemberitahuan=_notice(),
        lampiran=[("Rekap DPT", SimpleUploadedFile("dpt.pdf", buat_pdf("DPT", [])))],
        informasi_terkait=[entri],
        oleh=petugas,
    )
    nomor = diterima.permohonan.nomor
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    html = client.get(reverse("permohonan:status", args=[nomor])).content.decode()
    assert "Dikabulkan seluruhnya" in html
    assert "Agus Prasetyo" in html
    assert "Rekap DPT Pilkada" in html
    lampiran = diterima.permohonan.daftar_pemberitahuan.get().lampiran.get()
    url = reverse("permohonan:lampiran", args=[nomor, lampiran.pk])
    assert url in html
    response = client.get(url)
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    # Someone without the secret link or the e-mail gets nothing.
    assert Client().get(url).status_code == 404


def test_notice_through_the_admin_is_guided_previewed_and_sent_only_when_confirmed(
    client, diterima, petugas
):
    from procrastinate.contrib.django.models import ProcrastinateJob

    from permohonan.models import NomorUrut

    client.force_login(petugas)
    url = reverse("admin:permohonan_permohonan_pemberitahuan", args=[diterima.permohonan.pk])
    # Step 1: the decision first.
    html = client.get(url).content.decode()
    assert 'name="keputusan"' in html and "Ditolak" in html
    # Step 2: a refusal shows the Pasal 17 letters and the test, not the delivery fields.
    html = client.get(url, {"keputusan": "ditolak"}).content.decode()
    assert 'name="pasal_17"' in html and 'name="uji_konsekuensi"' in html
    assert 'name="bentuk"' not in html and 'name="lampiran_1"' not in html
    # A full grant shows the delivery fields, not the exemption ones.
    html = client.get(url, {"keputusan": "dikabulkan_seluruhnya"}).content.decode()
    assert 'name="bentuk"' in html and 'name="lampiran_1"' in html
    assert 'name="pasal_17"' not in html and 'name="badan_lain"' not in html
    umum = {
        "nama_penandatangan": "Agus Prasetyo",
        "jabatan_penandatangan": "PPID Pelaksana",
        "biaya_salinan": "0",
        "biaya_pengiriman": "0",
        "biaya_lain": "0",
        "langkah": "pratinjau",
    }
    response = client.post(
        url,
        {
            **umum,
            "hasil": "dikabulkan_seluruhnya",
            "informasi_diberikan": "DPT",
            "bentuk": "softcopy",
            "lampiran_1": SimpleUploadedFile("surat.pdf", b"MZ\x90\x00" + b"\x00" * 100),
        },
    )
    assert "Isi berkas tidak sesuai dengan namanya" in response.content.decode()
    data = {
        **umum,
        "hasil": "ditolak",
        "alasan": "Memuat data pribadi pemilih.",
        "pasal_17": ["h"],
    }
    response = client.post(url, data)
    # A refusal needs a consequence test in force (UU 14/2008 Pasal 2 ayat 4, Pasal 19):
    # said at the preview, before anything is sent.
    assert "uji konsekuensi yang sudah ditetapkan" in response.content.decode()
    data["uji_konsekuensi"] = str(
        uji_konsekuensi(
            diterima.permohonan.unit_kerja,
            permohonan=diterima.permohonan,
            kesimpulan="dikecualikan",
        ).pk
    )
    nomor_sebelum = list(NomorUrut.objects.values_list("awalan", "terakhir"))
    jobs_sebelum = ProcrastinateJob.objects.filter(task_name__endswith="kirim_surel").count()
    response = client.post(url, data)
    html = response.content.decode()
    # Step 3: the letter as it will be sent, and a button that says what happens.
    assert response.status_code == 200
    assert "PEMBERITAHUAN TERTULIS" in html and "Memuat data pribadi pemilih." in html
    assert "Kirim pemberitahuan ke pemohon" in html
    # Nothing sent, numbered or stored by the preview.
    assert not PemberitahuanTertulis.objects.exists()
    assert list(NomorUrut.objects.values_list("awalan", "terakhir")) == nomor_sebelum
    assert (
        ProcrastinateJob.objects.filter(task_name__endswith="kirim_surel").count() == jobs_sebelum
    )
    diterima.permohonan.refresh_from_db()
    assert diterima.permohonan.terbuka
    # "Ubah isinya" goes back to the form with what was typed.
    html = client.post(url, {**data, "langkah": "ubah"}).content.decode()
    assert "Memuat data pribadi pemilih." in html and "Pratinjau surat" in html
    response = client.post(url, {**data, "langkah": "kirim"})
    assert response.status_code == 302, response.content.decode()[:2000]
    pemberitahuan = PemberitahuanTertulis.objects.get()
    assert (pemberitahuan.hasil, pemberitahuan.pasal_17) == ("ditolak", ["h"])
    assert (
        ProcrastinateJob.objects.filter(task_name__endswith="kirim_surel").count()
        == jobs_sebelum + 1
    )


def test_a_released_file_survives_the_preview_and_is_sent_once(client, diterima, petugas):
    from permohonan.models import Lampiran
    from permohonan.penyimpanan import privat

    client.force_login(petugas)
    url = reverse("admin:permohonan_permohonan_pemberitahuan", args=[diterima.permohonan.pk])
    data = {
        "hasil": "dikabulkan_seluruhnya",
        "informasi_diberikan": "Rekap DPT.",
        "bentuk": "softcopy",
        "nama_penandatangan": "Agus Prasetyo",
        "jabatan_penandatangan": "PPID Pelaksana",
        "biaya_salinan": "0",
        "biaya_pengiriman": "0",
        "biaya_lain": "0",
        "lampiran_1_judul": "Rekap DPT Pilkada",
    }
    pdf = SimpleUploadedFile("dpt.pdf", buat_pdf("DPT", []), content_type="application/pdf")
    response = client.post(url, {**data, "langkah": "pratinjau", "lampiran_1": pdf})
    html = response.content.decode()
    assert "Rekap DPT Pilkada" in html  # listed under the letter
    assert not Lampiran.objects.exists()
    tanda = html.split('name="lampiran_1_tersimpan" value="')[1].split('"')[0]
    response = client.post(url, {**data, "langkah": "kirim", "lampiran_1_tersimpan": tanda})
    assert response.status_code == 302, response.content.decode()[:2000]
    lampiran = Lampiran.objects.get()
    assert lampiran.judul == "Rekap DPT Pilkada"
    assert lampiran.berkas.open("rb").read().startswith(b"%PDF-")
    # The kept copy is gone; only the sent file remains.
    _folder, berkas = privat.listdir("sementara")
    assert berkas == []


def test_notice_letter_in_html_and_pdf(client, diterima, petugas, antrean):
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=diterima.permohonan.pk, pemberitahuan=_notice(), oleh=petugas
    )
    nomor = diterima.permohonan.nomor
    url = reverse("permohonan:surat_pemberitahuan", args=[nomor, pemberitahuan.pk])
    assert Client().get(url).status_code == 404  # not for strangers
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    html = client.get(url).content.decode()
    assert "PEMBERITAHUAN TERTULIS" in html and "Agus Prasetyo" in html
    _pdf, isi = unduh_pdf(client, url, antrean)
    assert isi.startswith(b"%PDF-")

    # Staff get the same stored PDF: built once for everyone.
    client.force_login(petugas)
    staff = client.get(
        reverse("admin:permohonan_permohonan_surat", args=[diterima.permohonan.pk]),
        {"format": "pdf"},
    )
    assert b"".join(staff.streaming_content) == isi


def test_the_admin_notice_form_takes_blacked_out_parts_each_with_its_test(
    client, diterima, petugas
):
    from permohonan.models import BagianDihitamkan
    from tests.factories import uji_konsekuensi

    uji = uji_konsekuensi(diterima.permohonan.unit_kerja, permohonan=diterima.permohonan)
    client.force_login(petugas)
    url = reverse("admin:permohonan_permohonan_pemberitahuan", args=[diterima.permohonan.pk])
    data = {
        "hasil": "dikabulkan_sebagian",
        "informasi_diberikan": "DPT tanpa NIK.",
        "bentuk": "softcopy",
        "pasal_17": ["h"],
        "bagian_1": "Kolom NIK dan NKK",
        "nama_penandatangan": "Agus Prasetyo",
        "jabatan_penandatangan": "PPID Pelaksana",
        "biaya_salinan": "0",
        "biaya_pengiriman": "0",
        "biaya_lain": "0",
    }
    response = client.post(url, {**data, "langkah": "pratinjau"})
    assert "Pilih uji konsekuensi bagian ini" in response.content.decode()
    data["bagian_1_uji"] = str(uji.pk)
    assert client.post(url, {**data, "langkah": "kirim"}).status_code == 302
    assert BagianDihitamkan.objects.get().uji_konsekuensi == uji
