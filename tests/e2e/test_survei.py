"""A citizen whose request is finished answers the satisfaction survey on a 360 px phone,
first forgetting one element; the survey index and the consultation pages pass axe and the
HTML checker. Screenshots in test-artifacts/survei/."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from informasi.akses import PPID_UTAMA
from permohonan.models import PemberitahuanTertulis, Permohonan, Survei, TopikKonsultasi
from permohonan.services import kirim_pemberitahuan, terima_permohonan
from scripts.localpg import PROJECT_DIR
from tests.factories import (
    ProfilSitusFactory,
    UnitKerjaFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
)

pytestmark = pytest.mark.django_db(transaction=True)
LAYAR = PROJECT_DIR / "test-artifacts" / "survei"


@pytest.fixture
def selesai():
    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    unit = UnitKerjaFactory(nama="KPU Kota Semarang", slug="kpu-semarang", jenis="kabupaten_kota")
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
    )
    kirim_pemberitahuan(
        permohonan_id=diterima.permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT per kecamatan.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    TopikKonsultasi.objects.create(
        judul="Jam layanan meja informasi",
        uraian="Apakah jam layanan 08.00–16.00 sudah sesuai?",
        unit_kerja=unit,
        dibuka=timezone.localdate(),
        ditutup=timezone.localdate(),
    )
    return diterima


def _foto(page, nama):
    LAYAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(LAYAR / f"{nama}.png"), full_page=True)


def test_a_citizen_answers_the_survey_on_a_phone(page, live_server, selesai, periksa_halaman):
    page.set_viewport_size({"width": 360, "height": 740})
    nomor = selesai.permohonan.nomor
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/{selesai.token}/")
    periksa_halaman(page, "status-undangan-360")
    _foto(page, "status-undangan-360")
    page.get_by_role("link", name="Isi survei kepuasan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Survei kepuasan layanan informasi")
    periksa_halaman(page, "survei-isi-360")
    _foto(page, "isi-360")

    # Eight of nine answered (the facilities forgotten), with a suggestion.
    jawaban = {
        "1. Persyaratan": "Sesuai",
        "2. Sistem, mekanisme, dan prosedur": "Sangat mudah",
        "3. Waktu penyelesaian": "Cepat",
        "4. Biaya/tarif": "Gratis",
        "5. Produk spesifikasi jenis pelayanan": "Sesuai",
        "6. Kompetensi pelaksana": "Kompeten",
        "7. Perilaku pelaksana": "Sangat sopan dan ramah",
        "8. Penanganan pengaduan, saran, dan masukan": "Berfungsi kurang maksimal",
    }
    for unsur, pilihan in jawaban.items():
        page.get_by_role("group", name=unsur).get_by_label(pilihan, exact=True).check()
    page.get_by_label("Saran untuk perbaikan layanan").fill("Tambahkan kursi di ruang tunggu.")
    page.get_by_role("button", name="Kirim survei").click()

    expect(page.get_by_role("alert")).to_contain_text("Pilih salah satu jawaban.")
    kelompok = page.get_by_role("group", name="3. Waktu penyelesaian")
    expect(kelompok.get_by_label("Cepat", exact=True)).to_be_checked()
    expect(page.get_by_label("Saran untuk perbaikan layanan")).to_have_value(
        "Tambahkan kursi di ruang tunggu."
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    periksa_halaman(page, "survei-salah-360")
    _foto(page, "salah-360")

    page.get_by_role("group", name="9. Sarana dan prasarana").get_by_label(
        "Baik", exact=True
    ).check()
    page.get_by_role("button", name="Kirim survei").click()
    expect(page.get_by_text("sudah diisi, terima kasih")).to_be_visible()
    periksa_halaman(page, "survei-terima-kasih-360")
    survei = Survei.objects.get()
    assert (survei.waktu, survei.sarana, survei.biaya) == (3, 3, 4)

    # The index shows the respondent in this year's index, at both widths.
    for lebar in (360, 1280):
        page.set_viewport_size({"width": lebar, "height": 740 if lebar < 800 else 800})
        page.goto(f"{live_server.url}/survei/?unit=kpu-semarang")
        expect(page.get_by_role("heading", level=1)).to_have_text("Survei kepuasan masyarakat")
        expect(page.get_by_text("Jumlah responden").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= lebar
        periksa_halaman(page, f"survei-indeks-{lebar}")
        _foto(page, f"indeks-{lebar}")

    # The consultation forum: the open topic and its form.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/survei/konsultasi/")
    periksa_halaman(page, "konsultasi-360")
    page.get_by_role("link", name="Jam layanan meja informasi").click()
    page.get_by_label("Masukan", exact=True).fill("Buka juga Sabtu pagi.")
    page.get_by_role("button", name="Kirim masukan").click()
    expect(page.get_by_text("masukan Anda sudah kami terima")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    periksa_halaman(page, "konsultasi-topik-360")
    _foto(page, "konsultasi-topik-360")
