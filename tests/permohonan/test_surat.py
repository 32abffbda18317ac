"""The letters registry: each letter prints and downloads as PDF from one declaration, for
the requester (with proof) and for staff; the PDF turns into text that says the letter."""

import datetime as dt
import subprocess

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from informasi.akses import PPID_UTAMA
from permohonan import surat
from permohonan.models import Keberatan, Permohonan
from permohonan.services import ajukan_keberatan, perpanjang_jangka_waktu, terima_permohonan
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


@pytest.fixture
def diperpanjang(pohon):
    call_command("perbarui_hari_libur", verbosity=0)
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=1),
    )
    perpanjang_jangka_waktu(
        permohonan_id=diterima.permohonan.pk,
        alasan="Dokumen tersimpan di arsip kabupaten.",
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    return diterima


def _teks_pdf(isi: bytes, tmp_path) -> str:
    berkas = tmp_path / "surat.pdf"
    berkas.write_bytes(isi)
    return subprocess.run(
        ["pdftotext", str(berkas), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_every_letter_is_declared_once_with_template_and_file_name():
    assert set(surat.SURAT) == {
        "bukti",
        "perpanjangan",
        "pemberitahuan",
        "bukti_keberatan",
        "tanggapan_keberatan",
        "uji_konsekuensi",
    }


def test_the_extension_notice_is_a_letter_for_the_requester(client, diperpanjang, tmp_path):
    p = Permohonan.objects.get()
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diperpanjang.token]))
    status = client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    url = reverse("permohonan:surat_perpanjangan", args=[p.nomor])
    assert url in status
    html = client.get(url).content.decode()
    assert "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU" in html
    assert "Dokumen tersimpan di arsip kabupaten." in html
    pdf = client.get(url, {"format": "pdf"})
    assert pdf["Content-Disposition"] == f'inline; filename="perpanjangan-{p.nomor}.pdf"'
    teks = _teks_pdf(pdf.content, tmp_path)
    assert "PERPANJANGAN" in teks and "arsip kabupaten" in teks


def test_the_objection_receipt_prints_for_requester_and_staff(client, pohon, diperpanjang):
    p = Permohonan.objects.get()
    Permohonan.objects.filter(pk=p.pk).update(
        jatuh_tempo=timezone.localdate() - dt.timedelta(days=30),
        jatuh_tempo_perpanjangan=timezone.localdate() - dt.timedelta(days=20),
    )
    p.refresh_from_db()
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=p, alasan=["c"], kasus_posisi="Belum dijawab."),
        kanal=Permohonan.Kanal.ONLINE,
    )
    url = reverse("keberatan:surat_bukti", args=[keberatan.nomor])
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diperpanjang.token]))
    assert url in client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    html = client.get(url).content.decode()
    assert "BUKTI PENGAJUAN KEBERATAN" in html and keberatan.nomor in html
    staf = PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    client.force_login(staf)
    admin = client.get(reverse("admin:permohonan_keberatan_bukti", args=[keberatan.pk]))
    assert "BUKTI PENGAJUAN KEBERATAN" in admin.content.decode()


def test_letters_stay_indonesian_for_an_english_reader(client, diperpanjang):
    p = Permohonan.objects.get()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diperpanjang.token]))
    html = client.get(reverse("permohonan:surat_bukti", args=[p.nomor])).content.decode()
    assert "hari kerja setelah" in html  # the deadline explanation, as the official letter
    assert translation.get_language() == "id"
