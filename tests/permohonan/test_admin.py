"""The triage queue in the admin: scoping, badges, actions, identity scans."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA, PPID_UTAMA
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
