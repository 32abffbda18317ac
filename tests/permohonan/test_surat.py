"""The letters registry: each letter prints and downloads as PDF from one declaration, for
the requester (with proof) and for staff; the PDF turns into text that says the letter."""

import datetime as dt
import subprocess
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from informasi.akses import PPID_UTAMA
from permohonan import surat
from permohonan.models import Keberatan, Permohonan
from permohonan.services import ajukan_keberatan, perpanjang_jangka_waktu, terima_permohonan
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru
from tests.surat_pdf import unduh_pdf

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
        "laporan_tahunan",
    }


def test_the_extension_notice_is_a_letter_for_the_requester(
    client, diperpanjang, tmp_path, antrean
):
    p = Permohonan.objects.get()
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diperpanjang.token]))
    status = client.get(reverse("permohonan:status", args=[p.nomor])).content.decode()
    url = reverse("permohonan:surat_perpanjangan", args=[p.nomor])
    assert url in status
    html = client.get(url).content.decode()
    assert "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU" in html
    assert "Dokumen tersimpan di arsip kabupaten." in html
    pdf, isi = unduh_pdf(client, url, antrean)
    assert pdf["Content-Disposition"] == f'inline; filename="perpanjangan-{p.nomor}.pdf"'
    teks = _teks_pdf(isi, tmp_path)
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


def test_letters_of_a_unit_carry_its_letterhead_number_addressee_and_points(
    client, pohon, tmp_path, antrean
):
    """Tata naskah dinas (DOMAIN.md §12): the unit that issues it, numbered by its pattern,
    place and date, Yth., Hal, the points a–f each under its own letter, name, position and
    NIP of the signer."""
    from informasi.akses import PPID_PELAKSANA
    from permohonan.models import PemberitahuanTertulis
    from permohonan.services import kirim_pemberitahuan

    call_command("perbarui_hari_libur", verbosity=0)
    semarang = pohon["semarang"]
    semarang.kota, semarang.singkatan = "Semarang", "3374"
    semarang.alamat = "Jl. Cendrawasih No. 1, Semarang Tengah"
    logo = BytesIO()
    Image.new("RGB", (200, 200), "#a4161a").save(logo, "PNG")
    semarang.logo.save("logo.png", ContentFile(logo.getvalue()), save=False)
    semarang.save()
    petugas = PetugasFactory(
        unit_kerja=semarang,
        user=UserFactory(groups=[PPID_PELAKSANA]),
        jabatan="Sekretaris KPU Kota Semarang selaku PPID Pelaksana",
        nip="197803142005011002",
    ).user
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(semarang),
        kanal=Permohonan.Kanal.ONLINE,
    )
    p = diterima.permohonan
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=p.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekapitulasi DPT per kecamatan.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            cara_penyampaian=Permohonan.CaraSalinan.EMAIL,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="Sekretaris KPU Kota Semarang selaku PPID Pelaksana",
            nip_penandatangan="197803142005011002",
        ),
        oleh=petugas,
    )
    tahun = timezone.localdate().year
    assert pemberitahuan.nomor_surat == f"1/PP.06-SD/3374/{tahun}"
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diterima.token]))
    url = reverse("permohonan:surat_pemberitahuan", args=[p.nomor, pemberitahuan.pk])
    # The unit's logo heads the printable letter (a public address) and the PDF.
    html = client.get(url).content.decode()
    assert f'src="{semarang.logo.url}"' in html
    assert client.get(semarang.logo.url).status_code == 200
    _pdf, isi = unduh_pdf(client, url, antrean)
    (tmp_path / "logo.pdf").write_bytes(isi)
    gambar = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "logo.pdf")],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    assert len(gambar.strip().splitlines()) == 3  # header, rule, the logo
    teks = _teks_pdf(isi, tmp_path)
    for bagian in (
        "KPU KOTA SEMARANG",
        "Jl. Cendrawasih No. 1",
        f"1/PP.06-SD/3374/{tahun}",
        "Semarang,",
        f"Yth. {p.pemohon.nama}",
        "Hal",
        "NIP 197803142005011002",
    ):
        assert bagian in teks, bagian
    # a–f, each under its own letter, in order; a point that does not apply says so.
    poin = [teks.index(f"\n{h}.") for h in "abcdef"]
    assert poin == sorted(poin)
    assert "tidak ada bagian yang dihitamkan" in teks
    assert "KPU RI" not in teks.split("Yth.")[0]  # not the head office's letterhead


def test_every_letter_of_a_unit_below_kpu_ri_carries_its_letterhead_and_a_number(client, pohon):
    from informasi.akses import ATASAN_PPID, PPID_PELAKSANA
    from permohonan.models import PemberitahuanTertulis
    from permohonan.services import kirim_pemberitahuan, putuskan_keberatan

    call_command("perbarui_hari_libur", verbosity=0)
    semarang = pohon["semarang"]
    semarang.singkatan = "3374"
    semarang.save()
    pelaksana = PetugasFactory(unit_kerja=semarang, user=UserFactory(groups=[PPID_PELAKSANA])).user
    atasan = PetugasFactory(unit_kerja=semarang, user=UserFactory(groups=[ATASAN_PPID])).user
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(semarang),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=1),
    )
    p = diterima.permohonan
    perpanjang_jangka_waktu(permohonan_id=p.pk, alasan="Arsip di gudang.", oleh=pelaksana)
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=p.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus",
            jabatan_penandatangan="Sekretaris",
        ),
        oleh=pelaksana,
    )
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=p, alasan=["d"], kasus_posisi="Tidak sesuai."),
        kanal=Permohonan.Kanal.ONLINE,
    )
    keberatan = putuskan_keberatan(
        keberatan_id=keberatan.pk,
        keputusan="ditolak",
        pertimbangan="Sudah sesuai.",
        nama_atasan="Ir. Hendra",
        jabatan_atasan="Ketua KPU Kota Semarang",
        oleh=atasan,
    )
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diterima.token]))
    tahun = timezone.localdate().year
    surat = {
        reverse("permohonan:surat_bukti", args=[p.nomor]): p.nomor,
        reverse("permohonan:surat_perpanjangan", args=[p.nomor]): f"/PP.06-SD/3374/{tahun}",
        reverse(
            "permohonan:surat_pemberitahuan", args=[p.nomor, pemberitahuan.pk]
        ): pemberitahuan.nomor_surat,
        reverse("keberatan:surat_bukti", args=[keberatan.nomor]): keberatan.nomor,
        reverse(
            "keberatan:surat_tanggapan", args=[keberatan.nomor]
        ): keberatan.nomor_surat_tanggapan,
    }
    assert {pemberitahuan.nomor_surat, keberatan.nomor_surat_tanggapan} == {
        f"2/PP.06-SD/3374/{tahun}",
        f"3/PP.06-SD/3374/{tahun}",
    }
    for url, nomor in surat.items():
        html = client.get(url).content.decode()
        kop = html[html.index('class="kop"') : html.index("</div>", html.index('class="kop"'))]
        assert "KPU KOTA SEMARANG" in kop, url
        assert "Nomor" in html and nomor in html, url
        assert f"Yth. {p.pemohon.nama}" in html, url
