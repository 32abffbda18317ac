"""Identity documents are deleted when their retention period ends (UU 27/2022; DOMAIN.md
§11): the file and its reference go, the record that identity was checked stays."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA
from permohonan.models import Keberatan, Pemohon, Permohonan, Riwayat, Sengketa
from permohonan.penyimpanan import privat
from permohonan.services import (
    TransisiDitolak,
    dokumen_kedaluwarsa,
    periksa_identitas,
    terima_permohonan,
)
from permohonan.tasks import hapus_dokumen_identitas_harian
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")
SEKARANG = timezone.now()
LAMA = SEKARANG - dt.timedelta(days=3 * 365)  # closed long before the 24-month period
BARU = SEKARANG - dt.timedelta(days=300)  # closed within it


@pytest.fixture(autouse=True)
def _libur():
    call_command("perbarui_hari_libur", tahun=[2023, 2024, 2025, 2026, 2027], verbosity=0)


def _permohonan(pohon, *, selesai_pada, kuasa=False, status=Permohonan.Status.SELESAI):
    kwargs = {}
    if kuasa:
        kwargs = {"nama_kuasa": "Budi", "surat_kuasa": ContentFile(b"%PDF-1.4 kuasa", "k.pdf")}
    hasil = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"], **kwargs),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=selesai_pada - dt.timedelta(days=10),
    )
    # Test set-up only: the case as its services would have left it.
    Permohonan.objects.filter(pk=hasil.permohonan.pk).update(
        status=status, selesai_pada=selesai_pada if status != "diproses" else None
    )
    Riwayat.objects.filter(permohonan=hasil.permohonan).update(waktu=selesai_pada)
    return Permohonan.objects.select_related("pemohon").get(pk=hasil.permohonan.pk)


def _keberatan(permohonan, *, status, diputuskan_pada=None, kuasa=False, nomor="K-2024-00001"):
    return Keberatan.objects.create(
        nomor=nomor,
        permohonan=permohonan,
        alasan=["e"],
        kasus_posisi="Tidak dipenuhi.",
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=permohonan.selesai_pada,
        tanggal_terima=permohonan.selesai_pada.date(),
        jatuh_tempo=permohonan.selesai_pada.date(),
        status=status,
        diputuskan_pada=diputuskan_pada,
        surat_kuasa=ContentFile(b"%PDF-1.4 kuasa keberatan", "kk.pdf") if kuasa else "",
    )


def _file(berkas_name: str) -> bool:
    return bool(berkas_name) and privat.exists(berkas_name)


def test_documents_past_the_period_are_deleted_the_rest_kept(pohon):
    petugas = UserFactory(username="pelaksana", groups=[PPID_PELAKSANA])
    PetugasFactory(user=petugas, unit_kerja=pohon["semarang"])

    lama = _permohonan(pohon, selesai_pada=LAMA, kuasa=True)
    periksa_identitas(permohonan_id=lama.pk, oleh=petugas)
    k_lama = _keberatan(lama, status="selesai", diputuskan_pada=LAMA, kuasa=True)
    scan_lama, kuasa_lama, kuasa_k = (
        lama.pemohon.berkas_identitas.name,
        lama.surat_kuasa.name,
        k_lama.surat_kuasa.name,
    )
    baru = _permohonan(pohon, selesai_pada=BARU)
    masih_diproses = _permohonan(pohon, selesai_pada=LAMA, status="diproses")
    keberatan_terbuka = _permohonan(pohon, selesai_pada=LAMA)
    _keberatan(keberatan_terbuka, status="diproses", nomor="K-2024-00002")
    sengketa_berjalan = _permohonan(pohon, selesai_pada=LAMA)
    k = _keberatan(sengketa_berjalan, status="selesai", diputuskan_pada=LAMA, nomor="K-2024-3")
    Sengketa.objects.create(keberatan=k, komisi="KI Jateng", tanggal_diajukan=LAMA.date())
    # Withdrawn long ago, but an objection on it was withdrawn recently: the period runs
    # from that last step.
    langkah_baru = _permohonan(pohon, selesai_pada=LAMA)
    k2 = _keberatan(langkah_baru, status="dicabut", nomor="K-2024-00004")
    Riwayat.objects.create(
        permohonan=langkah_baru, keberatan=k2, peristiwa="keberatan_dicabut", waktu=BARU
    )
    tetap = [baru, masih_diproses, keberatan_terbuka, sengketa_berjalan, langkah_baru]
    scan_tetap = {p.pk: p.pemohon.berkas_identitas.name for p in tetap}

    out = io.StringIO()
    call_command("hapus_dokumen_identitas", stdout=out)

    assert "3 dokumen dari 1 permohonan dihapus" in out.getvalue()
    lama.refresh_from_db()
    pemohon = Pemohon.objects.get(pk=lama.pemohon_id)
    k_lama.refresh_from_db()
    # Files really gone from storage, and nothing names them any more.
    assert not privat.exists(scan_lama)
    assert not privat.exists(kuasa_lama)
    assert not privat.exists(kuasa_k)
    assert pemohon.berkas_identitas.name == ""
    assert lama.surat_kuasa.name == ""
    assert k_lama.surat_kuasa.name == ""
    # The fact of the identity check stays.
    assert pemohon.identitas_diperiksa_oleh == petugas
    assert pemohon.identitas_diperiksa_pada is not None
    assert pemohon.identitas_dihapus_pada is not None
    # Logged in the request's history, for staff.
    event = Riwayat.objects.get(permohonan=lama, peristiwa=Riwayat.Peristiwa.IDENTITAS_DIHAPUS)
    assert event.data["dokumen"] == ["identitas", "kuasa", "kuasa K-2024-00001"]
    assert event.untuk_pemohon is False
    assert "24 bulan" in event.kalimat
    assert "surat kuasa keberatan K-2024-00001" in event.kalimat
    for p in tetap:
        p.pemohon.refresh_from_db()
        assert p.pemohon.berkas_identitas.name == scan_tetap[p.pk]
        assert _file(scan_tetap[p.pk]), p
    assert not Riwayat.objects.filter(
        permohonan__in=tetap, peristiwa=Riwayat.Peristiwa.IDENTITAS_DIHAPUS
    ).exists()

    # Run again (the next day): nothing more to delete, no second event.
    call_command("hapus_dokumen_identitas", verbosity=0)
    assert Riwayat.objects.filter(peristiwa=Riwayat.Peristiwa.IDENTITAS_DIHAPUS).count() == 1


def test_the_period_is_a_setting(pohon, settings):
    p = _permohonan(pohon, selesai_pada=BARU)
    assert dokumen_kedaluwarsa() == []
    settings.PERMOHONAN_RETENSI_IDENTITAS_BULAN = 6
    assert [i.permohonan.pk for i in dokumen_kedaluwarsa()] == [p.pk]


def test_dry_run_lists_and_deletes_nothing(pohon):
    p = _permohonan(pohon, selesai_pada=LAMA, kuasa=True)
    scan = p.pemohon.berkas_identitas.name

    out = io.StringIO()
    call_command("hapus_dokumen_identitas", "--dry-run", stdout=out)

    teks = out.getvalue()
    assert p.nomor in teks and "identitas" in teks and "kuasa" in teks
    assert "2 dokumen dari 1 permohonan akan dihapus" in teks
    assert privat.exists(scan)
    p.pemohon.refresh_from_db()
    assert p.pemohon.berkas_identitas.name == scan
    assert not Riwayat.objects.filter(peristiwa=Riwayat.Peristiwa.IDENTITAS_DIHAPUS).exists()


def test_the_daily_job_deletes(pohon):
    p = _permohonan(pohon, selesai_pada=LAMA)
    scan = p.pemohon.berkas_identitas.name

    hapus_dokumen_identitas_harian(timestamp=int(SEKARANG.timestamp()))

    assert not privat.exists(scan)
    assert Riwayat.objects.filter(permohonan=p, peristiwa="identitas_dihapus").exists()


def test_identity_check_is_recorded_once_by_handling_staff_only(pohon):
    from permohonan.akses import AksesDitolak, TidakDitemukan

    p = _permohonan(pohon, selesai_pada=BARU)
    petugas = UserFactory(username="pelaksana", groups=[PPID_PELAKSANA])
    PetugasFactory(user=petugas, unit_kerja=pohon["semarang"])
    lain = UserFactory(username="dki", groups=[PPID_PELAKSANA])
    PetugasFactory(user=lain, unit_kerja=pohon["dki"])
    editor = UserFactory(username="editor", groups=["Editor Berita"])

    with pytest.raises(TidakDitemukan):
        periksa_identitas(permohonan_id=p.pk, oleh=lain)
    with pytest.raises((AksesDitolak, TidakDitemukan)):
        periksa_identitas(permohonan_id=p.pk, oleh=editor)
    periksa_identitas(permohonan_id=p.pk, oleh=petugas)
    with pytest.raises(TransisiDitolak):
        periksa_identitas(permohonan_id=p.pk, oleh=petugas)
    assert Riwayat.objects.filter(permohonan=p, peristiwa="identitas_diperiksa").count() == 1


def test_staff_mark_the_identity_checked_on_the_request_page_and_see_it_after_deletion(
    client, pohon
):
    from django.urls import reverse

    petugas = UserFactory(username="pelaksana", groups=[PPID_PELAKSANA])
    PetugasFactory(user=petugas, unit_kerja=pohon["semarang"])
    p = _permohonan(pohon, selesai_pada=LAMA)
    client.force_login(petugas)
    halaman = reverse("admin:permohonan_permohonan_change", args=[p.pk])
    aksi = reverse("admin:permohonan_permohonan_aksi", args=[p.pk, "identitas"])

    assert aksi in client.get(halaman).content.decode()
    assert client.post(aksi, {}).status_code == 302
    html = client.get(halaman).content.decode()
    assert "Diperiksa oleh" in html and aksi not in html

    call_command("hapus_dokumen_identitas", verbosity=0)

    html = client.get(halaman).content.decode()
    assert "Dihapus (masa retensi berakhir):" in html and "Diperiksa oleh" in html
    assert "Dokumen identitas dihapus" in html  # the history line
    identitas = reverse("admin:permohonan_permohonan_identitas", args=[p.pk])
    assert client.get(identitas).status_code == 404
