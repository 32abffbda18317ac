"""The triage queue in the admin: scoping, badges, actions, identity scans."""

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA, PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from permohonan.models import Permohonan, Riwayat
from permohonan.services import terima_permohonan
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
DAFTAR = reverse("admin:permohonan_permohonan_changelist")


def _terima(unit, hari_lalu=0):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=hari_lalu),
    ).permohonan


def _petugas(unit, peran):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", verbosity=0)


def test_queue_is_scoped_sorted_by_due_date_and_flags_overdue(client, pohon):
    lama = _terima(pohon["semarang"], hari_lalu=40)
    baru = _terima(pohon["semarang"])
    dki = _terima(pohon["dki"], hari_lalu=41)
    client.force_login(_petugas(pohon["jateng"], PPID_PELAKSANA))

    response = client.get(DAFTAR)
    html = response.content.decode()
    nomor = [p.nomor for p in response.context["cl"].result_list]
    assert nomor == [lama.nomor, baru.nomor]  # nearest due date first; DKI not visible
    assert dki.nomor not in html
    assert "Terlambat" in html


def test_other_units_requests_and_files_do_not_exist_for_pelaksana(client, pohon):
    dki = _terima(pohon["dki"])
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    assert (
        client.get(reverse("admin:permohonan_permohonan_identitas", args=[dki.pk])).status_code
        == 404
    )
    aksi = reverse("admin:permohonan_permohonan_aksi", args=[dki.pk, "catatan"])
    assert client.post(aksi, {"catatan": "x"}).status_code == 404
    assert not Riwayat.objects.filter(permohonan=dki, peristiwa="catatan").exists()
    change = client.get(reverse("admin:permohonan_permohonan_change", args=[dki.pk]))
    assert change.status_code == 302  # the admin's "does not exist" redirect


def test_viewing_an_identity_scan_is_logged(client, pohon):
    permohonan = _terima(pohon["semarang"])
    petugas = _petugas(pohon["semarang"], PPID_PELAKSANA)
    client.force_login(petugas)
    response = client.get(reverse("admin:permohonan_permohonan_identitas", args=[permohonan.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    log = Riwayat.objects.get(permohonan=permohonan, peristiwa="identitas_dilihat")
    assert log.pelaku == petugas and not log.untuk_pemohon


def test_power_of_attorney_is_shown_to_staff_of_the_unit_only_and_logged(client, pohon):
    permohonan = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(
            pohon["semarang"],
            nama_kuasa="LBH Semarang",
            surat_kuasa=ContentFile(buat_pdf("Surat kuasa", []), name="kuasa.pdf"),
        ),
        kanal=Permohonan.Kanal.ONLINE,
    ).permohonan
    url = reverse("admin:permohonan_permohonan_kuasa", args=[permohonan.pk])
    client.force_login(_petugas(pohon["dki"], PPID_PELAKSANA))
    assert client.get(url).status_code == 404

    petugas = _petugas(pohon["semarang"], PPID_PELAKSANA)
    client.force_login(petugas)
    halaman = client.get(reverse("admin:permohonan_permohonan_change", args=[permohonan.pk]))
    assert url in halaman.content.decode()
    response = client.get(url)
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    (log,) = Riwayat.objects.filter(permohonan=permohonan, peristiwa="identitas_dilihat")
    assert log.pelaku == petugas and log.kalimat == "surat kuasa"
    assert not log.untuk_pemohon


def test_extension_through_the_admin_and_a_refused_second_one(client, pohon):
    permohonan = _terima(pohon["semarang"])
    client.force_login(_petugas(pohon["ri"], PPID_UTAMA))
    aksi = reverse("admin:permohonan_permohonan_aksi", args=[permohonan.pk, "perpanjang"])
    halaman = client.get(reverse("admin:permohonan_permohonan_change", args=[permohonan.pk]))
    assert aksi in halaman.content.decode()
    assert "Permohonan diterima" in halaman.content.decode()  # the log, inline

    response = client.post(aksi, {"alasan": "Menunggu dokumen dari KPU Kota."})
    assert response.status_code == 302
    permohonan.refresh_from_db()
    assert permohonan.status == Permohonan.Status.DIPERPANJANG

    response = client.post(aksi, {"alasan": "Sekali lagi."})
    assert response.status_code == 200
    assert "hanya dapat diperpanjang satu kali" in response.content.decode()


def test_assignment_offers_only_reachable_units(client, pohon):
    permohonan = _terima(pohon["semarang"])
    client.force_login(_petugas(pohon["jateng"], PPID_PELAKSANA))
    aksi = reverse("admin:permohonan_permohonan_aksi", args=[permohonan.pk, "tugaskan"])
    response = client.post(aksi, {"unit_kerja": pohon["dki"].pk})
    assert response.status_code == 200
    response = client.post(aksi, {"unit_kerja": pohon["semarang"].pk})
    assert response.status_code == 302
    permohonan.refresh_from_db()
    assert permohonan.status == Permohonan.Status.DIPROSES


def test_staff_register_a_letter_with_its_real_arrival_time(client, pohon):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from informasi.demo_berkas import buat_pdf

    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    data = {
        "kanal": "surat",
        "diterima_pada": "2026-03-18T10:00",
        "jenis": "perorangan",
        "nama": "Pak Harjo",
        "nik": "3374011203600001",
        "berkas_identitas": SimpleUploadedFile("ktp.jpg.pdf", buat_pdf("KTP", [])),
        "alamat": "Semarang",
        "email": "harjo@contoh.id",
        "unit_kerja": str(pohon["semarang"].pk),
        "rincian": "Salinan DPT TPS 05 Kelurahan Pleburan.",
        "tujuan": "Arsip pribadi.",
        "cara_memperoleh": "melihat",
    }
    response = client.post(reverse("admin:permohonan_permohonan_catat"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    permohonan = Permohonan.objects.get()
    # The deadline follows the letter's arrival (cuti bersama Nyepi → counted from 25 March).
    assert (permohonan.kanal, permohonan.jatuh_tempo) == ("surat", dt.date(2026, 4, 9))
    assert Riwayat.objects.get(permohonan=permohonan, peristiwa="diterima").pelaku is not None

    # A unit outside the staff member's subtree is refused.
    data["unit_kerja"] = str(pohon["dki"].pk)
    data["berkas_identitas"] = SimpleUploadedFile("ktp.pdf", buat_pdf("KTP", []))
    response = client.post(reverse("admin:permohonan_permohonan_catat"), data)
    assert response.status_code == 200
    assert Permohonan.objects.count() == 1


def test_a_paper_request_without_email_goes_through_to_a_posted_notice(
    client, pohon, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from procrastinate.contrib.django.models import ProcrastinateJob

    from informasi.demo_berkas import buat_pdf

    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    data = {
        "kanal": "datang_langsung",
        "diterima_pada": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "jenis": "perorangan",
        "nama": "Mbah Sumarni",
        "nik": "3374014107500003",
        "berkas_identitas": SimpleUploadedFile("ktp.pdf", buat_pdf("KTP", [])),
        "alamat": "Jl. Kauman No. 3, Semarang",
        "telepon": "0812 2233 4455",
        "email": "",
        "unit_kerja": str(pohon["semarang"].pk),
        "rincian": "Daftar TPS di Kelurahan Kauman.",
        "tujuan": "Mengetahui tempat memilih.",
        "cara_memperoleh": "salinan_hardcopy",
        "cara_salinan": "pos",
    }
    response = client.post(reverse("admin:permohonan_permohonan_catat"), data, follow=True)
    permohonan = Permohonan.objects.get()
    assert permohonan.pemohon.email == ""
    # The printed receipt carries the secret tracking link, which opens the status page.
    html = response.content.decode()
    assert "BUKTI PERMOHONAN INFORMASI PUBLIK" in html and "Tautan pelacakan" in html
    tautan = html.split("<strong>http://testserver")[1].split("</strong>")[0]
    from django.test import Client

    warga = Client()
    status = warga.get(tautan, follow=True)
    assert permohonan.nomor in status.content.decode()

    jumlah_surel = ProcrastinateJob.objects.count()
    response = client.post(
        reverse("admin:permohonan_permohonan_pemberitahuan", args=[permohonan.pk]),
        {
            "hasil": "dikabulkan_seluruhnya",
            "informasi_diberikan": "Daftar TPS Kelurahan Kauman.",
            "bentuk": "hardcopy",
            "cara_penyampaian": "pos",
            "biaya_salinan": "0",
            "biaya_pengiriman": "0",
            "biaya_lain": "0",
            "nama_penandatangan": "Agus Prasetyo",
            "jabatan_penandatangan": "Sekretaris",
            "langkah": "kirim",
        },
        follow=True,
    )
    assert "cetak suratnya" in response.content.decode()
    permohonan.refresh_from_db()
    assert permohonan.hasil == "dikabulkan_seluruhnya"
    assert ProcrastinateJob.objects.count() == jumlah_surel  # nothing to e-mail
    surat = client.get(reverse("admin:permohonan_permohonan_surat", args=[permohonan.pk]))
    assert (
        "Jl. Kauman No. 3" in surat.content.decode() or permohonan.nomor in surat.content.decode()
    )
