"""A citizen submits a request with an identity scan in a real browser."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from playwright.sync_api import expect

from informasi.akses import PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from permohonan.models import PemberitahuanTertulis, Permohonan
from permohonan.services import kirim_pemberitahuan
from tests.factories import (
    ProfilSitusFactory,
    UnitKerjaFactory,
    UserFactory,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def siap(tmp_path):
    ProfilSitusFactory()
    UnitKerjaFactory(nama="KPU Kota Semarang", jenis="kabupaten_kota")
    call_command("perbarui_hari_libur", verbosity=0)
    ktp = tmp_path / "ktp.pdf"
    ktp.write_bytes(buat_pdf("KTP", []))
    return ktp


@pytest.mark.parametrize("lebar", [360, 1280])
def test_submit_with_a_mistake_then_correct_it(page, live_server, siap, periksa_halaman, lebar):
    page.set_viewport_size({"width": lebar, "height": 900})
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Ajukan Permohonan Informasi").click()  # the home page button
    periksa_halaman(page, f"ajukan-{lebar}")

    page.get_by_label("Nama lengkap").fill("Sri Wahyuni")
    page.get_by_label("NIK", exact=True).fill("3374015708900")  # too short
    page.get_by_label("Pindaian KTP atau akta badan hukum").set_input_files(str(siap))
    page.get_by_label("Alamat").fill("Jl. Pandanaran No. 10, Semarang")
    page.get_by_label("E-mail", exact=True).first.fill("sri@contoh.id")
    page.get_by_label("Permohonan ditujukan kepada").select_option(label="KPU Kota Semarang")
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Rekap DPT per kecamatan.")
    page.get_by_label("Tujuan penggunaan informasi").fill("Bahan liputan.")
    page.get_by_label("Mendapatkan salinan elektronik (softcopy)").check()
    page.locator("input[name=cara_salinan][value=email]").check()
    page.get_by_label("Saya menyatakan data yang saya isi benar", exact=False).check()
    page.get_by_role("button", name="Kirim permohonan").click()

    expect(page.get_by_role("alert")).to_contain_text("NIK terdiri atas 16 angka")
    expect(page.get_by_label("Rincian informasi yang dibutuhkan")).to_have_value(
        "Rekap DPT per kecamatan."
    )
    expect(page.get_by_text("Berkas sudah diterima")).to_be_visible()
    periksa_halaman(page, f"ajukan-salah-{lebar}")

    page.get_by_label("NIK", exact=True).fill("3374015708900002")
    page.get_by_label("Saya menyatakan data yang saya isi benar", exact=False).check()
    page.get_by_role("button", name="Kirim permohonan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Permohonan Anda sudah kami terima")
    expect(page.locator("strong.big")).to_have_text(re.compile(r"^P-20\d\d-\d{5}$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    periksa_halaman(page, f"bukti-{lebar}")

    # The secret link opens the status page, with the due date and the timeline.
    page.locator(".secret-link a").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Permohonan P-20")
    expect(page.get_by_text("Permohonan diterima")).to_be_visible()
    assert "/lacak/P-" in page.url and page.url.count("/") == 6  # token gone from the address
    periksa_halaman(page, f"status-{lebar}")

    # Staff answer with a written notice and a released file; the citizen sees and gets it.
    permohonan = Permohonan.objects.get()
    kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
            informasi_diberikan="Rekap DPT per kecamatan.",
            bagian_dihitamkan="NIK pemilih dihitamkan: rahasia pribadi (Pasal 17 huruf h).",
            pasal_17=["h"],
            uji_konsekuensi=uji_konsekuensi(
                permohonan.unit_kerja, permohonan=permohonan, kesimpulan="dikecualikan"
            ),
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        lampiran=[("Rekap DPT", SimpleUploadedFile("dpt.pdf", buat_pdf("DPT", [])))],
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    page.reload()
    expect(page.get_by_role("heading", name="Pemberitahuan tertulis")).to_be_visible()
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Rekap DPT").click()
    with open(unduhan.value.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"
    periksa_halaman(page, f"status-pemberitahuan-{lebar}")

    page.goto(live_server.url + "/permohonan/register/")
    expect(page.get_by_role("table")).to_contain_text("Perorangan")
    expect(page.get_by_role("table")).not_to_contain_text("Sri Wahyuni")
    periksa_halaman(page, f"register-{lebar}")
