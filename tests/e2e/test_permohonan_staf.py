"""The whole request workflow in a real browser: a citizen submits a request with an identity
scan and follows it through the secret link from the e-mail; a PPID Pelaksana extends it and
sends the written notice with a released file from the admin; the citizen, in another
browser, reads the notice and downloads the file. Every public page passes axe and Nu."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import formats, translation
from playwright.sync_api import expect

from informasi.akses import PPID_PELAKSANA
from informasi.demo_berkas import buat_pdf
from permohonan.kalender import format_tanggal
from permohonan.models import Permohonan
from tests.factories import PetugasFactory, ProfilSitusFactory, UnitKerjaFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

ALASAN = "Data rekap DPT masih dihimpun dari 16 kecamatan."
TUGAS_SUREL = "permohonan.tasks.kirim_surel"


@pytest.fixture
def berkas(tmp_path):
    ktp = tmp_path / "ktp.pdf"
    ktp.write_bytes(buat_pdf("KTP", []))
    dpt = tmp_path / "rekap-dpt.pdf"
    dpt.write_bytes(buat_pdf("Rekap DPT per kecamatan", ["Kecamatan Semarang Tengah: 51.234"]))
    return {"ktp": ktp, "dpt": dpt}


def test_staff_extend_and_answer_then_the_citizen_downloads_the_file(
    page, browser, live_server, berkas, antrean, periksa_halaman
):
    ProfilSitusFactory()
    unit = UnitKerjaFactory(
        slug="kpu-kota-semarang", nama="KPU Kota Semarang", jenis="kabupaten_kota"
    )
    call_command("perbarui_hari_libur", verbosity=0)
    petugas = UserFactory(
        username="agus.ppid", first_name="Agus", last_name="Prasetyo", groups=[PPID_PELAKSANA]
    )
    PetugasFactory(user=petugas, unit_kerja=unit, jabatan="Sekretaris selaku PPID Pelaksana")

    # 1. The citizen submits the request with an identity scan and gets the receipt.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/permohonan/ajukan/")
    periksa_halaman(page, "staf-ajukan")
    page.get_by_label("Nama lengkap").fill("Sri Wahyuni")
    page.get_by_label("NIK", exact=True).fill("3374015708900002")
    page.get_by_label("Pindaian KTP atau akta badan hukum").set_input_files(str(berkas["ktp"]))
    page.get_by_label("Alamat").fill("Jl. Pandanaran No. 10, Semarang")
    page.get_by_role("textbox", name="E-mail (wajib)", exact=True).fill("sri@contoh.id")
    page.get_by_label("Permohonan ditujukan kepada").select_option(label="KPU Kota Semarang")
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Rekap DPT per kecamatan.")
    page.get_by_label("Tujuan penggunaan informasi").fill("Bahan liputan.")
    page.get_by_label("Mendapatkan salinan elektronik (softcopy)").check()
    page.get_by_role("radio", name="E-mail", exact=True).check()
    page.get_by_label("Saya menyatakan data yang saya isi benar", exact=False).check()
    page.get_by_role("button", name="Kirim permohonan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Permohonan Anda sudah kami terima")
    nomor = page.locator("strong.big").inner_text()
    assert re.fullmatch(r"P-20\d\d-\d{5}", nomor)
    periksa_halaman(page, "staf-bukti")

    # 2. The worker sends the tracking e-mail; its secret link opens the status page.
    assert antrean() == [TUGAS_SUREL]
    (surel_diterima,) = mail.outbox
    assert surel_diterima.to == ["sri@contoh.id"] and nomor in surel_diterima.subject
    cocok = re.search(
        rf"http://testserver(/permohonan/lacak/{nomor}/[\w-]+/)", surel_diterima.body
    )
    assert cocok, surel_diterima.body
    tautan = live_server.url + cocok[1]
    page.goto(tautan)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Permohonan {nomor}")
    expect(page.locator(".status-line")).to_contain_text("Diterima")
    expect(page.locator(".timeline")).to_contain_text("Permohonan diterima")
    periksa_halaman(page, "staf-status-sebelum")

    # 3. The PPID Pelaksana of the unit logs in and finds the request in the queue.
    staf_konteks = browser.new_context(viewport={"width": 1280, "height": 900})
    staf = staf_konteks.new_page()
    staf.goto(live_server.url + "/admin/login/")
    staf.get_by_label("Nama pengguna").fill("agus.ppid")
    staf.get_by_label("Sandi").fill("rahasia-uji-123")
    staf.get_by_role("button", name="Masuk").click()
    # The dashboard counts the new request; its link opens the filtered queue.
    staf.get_by_role("link", name="1 Baru, belum diproses").click()
    expect(staf.locator("#result_list")).to_contain_text("KPU Kota Semarang")
    staf.get_by_role("link", name=nomor).click()
    expect(staf.locator(".field-status")).to_contain_text("Diterima")

    # It extends the deadline by 7 working days, with a written reason.
    staf.get_by_role("link", name="Perpanjang 7 hari kerja").click()
    staf.get_by_label("Alasan").fill(ALASAN)
    staf.get_by_role("button", name="Simpan").click()
    expect(staf.locator(".messagelist")).to_contain_text(
        "Perpanjang jangka waktu 7 hari kerja: tersimpan."
    )
    permohonan = Permohonan.objects.get(nomor=nomor)
    tanggal_baru = format_tanggal(permohonan.jatuh_tempo_perpanjangan)  # "16 Desember 2026"
    with translation.override("id"):
        tanggal_admin = formats.date_format(permohonan.jatuh_tempo_perpanjangan)  # "16 Des. 2026"
    expect(staf.locator(".field-status")).to_contain_text("Diperpanjang")
    expect(staf.locator(".field-jatuh_tempo_perpanjangan")).to_contain_text(tanggal_admin)
    expect(staf.locator(".field-alasan_perpanjangan")).to_contain_text(ALASAN)
    expect(staf.get_by_role("link", name="Perpanjang 7 hari kerja")).to_have_count(0)

    # It sends the written notice with the released file.
    staf.get_by_role("link", name="Kirim pemberitahuan tertulis").click()
    staf.get_by_label("Dikabulkan seluruhnya").check()
    staf.get_by_role("button", name="Lanjut").click()
    staf.get_by_label("Informasi yang diberikan", exact=True).fill(
        "Rekap DPT per kecamatan, Pemilu 2024."
    )
    staf.get_by_label("Bentuk informasi yang diberikan").select_option(
        label="Salinan elektronik (softcopy)"
    )
    expect(staf.get_by_label("Nama penandatangan")).to_have_value("Agus Prasetyo")
    expect(staf.get_by_label("Jabatan penandatangan")).to_have_value(
        "Sekretaris selaku PPID Pelaksana"
    )
    staf.get_by_label("Judul lampiran 1").fill("Rekap DPT per kecamatan")
    staf.get_by_label("Berkas lampiran 1").set_input_files(str(berkas["dpt"]))
    staf.get_by_role("button", name="Pratinjau surat").click()
    # The letter as it will be sent; nothing is sent before the confirmation.
    expect(staf.locator(".pratinjau-surat")).to_contain_text("PEMBERITAHUAN TERTULIS")
    expect(staf.locator(".pratinjau-surat")).to_contain_text("Rekap DPT per kecamatan")
    assert antrean() == [TUGAS_SUREL]  # only the extension's e-mail so far
    assert not permohonan.daftar_pemberitahuan.exists()
    staf.get_by_role("button", name="Kirim pemberitahuan ke pemohon").click()
    expect(staf.locator(".messagelist")).to_contain_text("Pemberitahuan tertulis terkirim")
    expect(staf.locator(".field-status")).to_contain_text("Selesai")
    expect(staf.locator(".field-hasil")).to_contain_text("Dikabulkan seluruhnya")
    expect(staf.get_by_role("link", name="Surat pemberitahuan")).to_be_visible()
    expect(staf.get_by_role("link", name="Kirim pemberitahuan tertulis")).to_have_count(0)
    staf_konteks.close()

    # 4. The worker tells the requester of the extension and sends the notice as PDF.
    assert antrean() == [TUGAS_SUREL]  # the notice (the extension's ran at the preview)
    _, surel_perpanjangan, surel_pemberitahuan = mail.outbox
    assert surel_perpanjangan.to == ["sri@contoh.id"]
    assert "diperpanjang" in surel_perpanjangan.subject
    assert ALASAN in surel_perpanjangan.body and tanggal_baru in surel_perpanjangan.body
    assert surel_pemberitahuan.to == ["sri@contoh.id"]
    assert "Dikabulkan seluruhnya" in surel_pemberitahuan.body
    ((nama_pdf, isi_pdf, tipe),) = surel_pemberitahuan.attachments
    assert nama_pdf.endswith(".pdf") and tipe == "application/pdf"
    assert isi_pdf.startswith(b"%PDF-")

    # 5. The citizen, in another browser with no session, opens the secret link again.
    warga_konteks = browser.new_context(viewport={"width": 1280, "height": 900})
    warga = warga_konteks.new_page()
    warga.goto(tautan)
    expect(warga.get_by_role("heading", level=1)).to_have_text(f"Permohonan {nomor}")
    expect(warga.locator(".status-line")).to_contain_text("Selesai — Dikabulkan seluruhnya")
    expect(warga.get_by_text(f"{tanggal_baru} (diperpanjang; semula")).to_be_visible()
    expect(warga.get_by_role("heading", name="Pemberitahuan tertulis")).to_be_visible()
    expect(warga.locator(".timeline")).to_contain_text(f"Alasan: {ALASAN}")
    with warga.expect_download() as unduhan:
        warga.get_by_role("link", name="Rekap DPT per kecamatan").click()
    with open(unduhan.value.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"
    periksa_halaman(warga, "staf-status-sesudah")
    warga_konteks.close()
