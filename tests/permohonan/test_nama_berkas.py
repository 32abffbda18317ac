"""Identity scans and powers of attorney are stored under random names: the citizen's file
name (e.g. KTP_Budi_Santoso_3374….pdf) is kept only as metadata for staff, shown in the
staff view and used as the download name there (issue 14)."""

from __future__ import annotations

import importlib
import re

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from informasi.akses import PPID_PELAKSANA
from informasi.demo_berkas import buat_pdf
from permohonan.models import Pemohon, Permohonan
from permohonan.penyimpanan import privat
from tests.factories import PetugasFactory, UnitKerjaFactory, UserFactory

pytestmark = pytest.mark.django_db
ASLI = "KTP_Budi_Santoso_3374015708900002.pdf"
KUASA = "Kuasa Budi Santoso.PDF"
ACAK = re.compile(r"^(identitas|kuasa)/\d{4}/\d{2}/[0-9a-f]{32}\.pdf$")


def _semua_berkas(settings) -> list[str]:
    return [str(p) for p in settings.PRIVATE_MEDIA_ROOT.rglob("*") if p.is_file()]


def _data(unit, **ubah):
    return {
        "jenis": "perorangan",
        "nama": "Budi Santoso",
        "nik": "3374015708900002",
        "berkas_identitas": SimpleUploadedFile(ASLI, buat_pdf("KTP", []), "application/pdf"),
        "melalui_kuasa": "on",
        "nama_kuasa": "LBH Semarang",
        "surat_kuasa": SimpleUploadedFile(KUASA, buat_pdf("Kuasa", []), "application/pdf"),
        "alamat": "Jl. Pandanaran No. 10, Semarang",
        "telepon": "081234567890",
        "email": "budi@contoh.id",
        "pekerjaan": "Wartawan",
        "unit_kerja": str(unit.pk),
        "rincian": "Rekapitulasi DPT Pilkada 2024 per kecamatan.",
        "tujuan": "Bahan liputan.",
        "cara_memperoleh": "salinan_softcopy",
        "cara_salinan": "email",
        "pernyataan": "on",
        "situs_web": "",
        **ubah,
    }


def test_uploads_are_stored_under_random_names_and_staff_see_the_original(client, settings):
    call_command("perbarui_hari_libur", verbosity=0)
    unit = UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")
    ajukan = reverse("permohonan:ajukan")
    # Shown again with an error: the kept files have random names too.
    response = client.post(ajukan, _data(unit, nik="3374019908900002"))
    assert ASLI in response.content.decode()  # the citizen still sees their file's name
    assert _semua_berkas(settings) and not any("Budi" in p for p in _semua_berkas(settings))
    form = response.context["form"]
    response = client.post(
        ajukan,
        _data(
            unit,
            berkas_identitas="",
            surat_kuasa="",
            berkas_identitas_tersimpan=form.berkas_tersimpan["berkas_identitas"][0],
            surat_kuasa_tersimpan=form.berkas_tersimpan["surat_kuasa"][0],
        ),
    )
    assert response.status_code == 302
    permohonan = Permohonan.objects.select_related("pemohon").get()
    assert ACAK.match(permohonan.pemohon.berkas_identitas.name)
    assert ACAK.match(permohonan.surat_kuasa.name)
    assert permohonan.pemohon.nama_asli_identitas == ASLI
    assert permohonan.nama_asli_kuasa == KUASA
    assert not any("Budi" in p for p in _semua_berkas(settings))

    petugas = PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[PPID_PELAKSANA])).user
    client.force_login(petugas)
    halaman = client.get(reverse("admin:permohonan_permohonan_change", args=[permohonan.pk]))
    assert ASLI in halaman.content.decode() and KUASA in halaman.content.decode()
    unduh = client.get(reverse("admin:permohonan_permohonan_identitas", args=[permohonan.pk]))
    assert ASLI in unduh["Content-Disposition"]
    assert b"".join(unduh.streaming_content).startswith(b"%PDF-")
    unduh = client.get(reverse("admin:permohonan_permohonan_kuasa", args=[permohonan.pk]))
    assert "Kuasa" in unduh["Content-Disposition"]


def test_the_migration_moves_files_stored_before_to_random_names(settings):
    lama = privat.save(f"identitas/2026/05/{ASLI}", ContentFile(buat_pdf("KTP", [])))
    isi = privat.open(lama).read()
    pemohon = Pemohon.objects.create(
        jenis="perorangan", nama="Budi", nik="3374015708900002", alamat="Semarang"
    )
    Pemohon.objects.filter(pk=pemohon.pk).update(berkas_identitas=lama)

    migrasi = importlib.import_module("permohonan.migrations.0014_nama_berkas_acak")
    migrasi.pindah_ke_nama_acak(apps, None)

    pemohon.refresh_from_db()
    assert ACAK.match(pemohon.berkas_identitas.name)
    assert pemohon.nama_asli_identitas == ASLI
    assert privat.open(pemohon.berkas_identitas.name).read() == isi
    assert not privat.exists(lama)
