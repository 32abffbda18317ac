"""The legal chain in a real browser: a citizen receives a refusal, files an objection, the
Atasan PPID accepts it, the request reopens, the PPID sends the information; the DIK shows
the consequence test. Public pages pass axe and HTML validation."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from informasi.akses import ATASAN_PPID, PPID_PELAKSANA
from permohonan.models import PemberitahuanTertulis, Permohonan
from permohonan.services import kirim_pemberitahuan, terima_permohonan
from tests.factories import (
    PetugasFactory,
    ProfilSitusFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _masuk(page, url, username):
    page.goto(url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("rahasia-uji-123")
    page.locator("input[type=submit]").click()


def test_refusal_objection_accepted_reopened_and_answered(
    page, browser, live_server, pohon, antrean, periksa_halaman
):
    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    unit = pohon["semarang"]
    pelaksana = UserFactory(username="ppid.smg", groups=[PPID_PELAKSANA])
    PetugasFactory(user=pelaksana, unit_kerja=unit, jabatan="PPID Pelaksana")
    atasan = UserFactory(username="atasan.smg", groups=[ATASAN_PPID])
    PetugasFactory(user=atasan, unit_kerja=unit, jabatan="Ketua KPU Kota Semarang")
    hasil = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
    )
    nomor = hasil.permohonan.nomor
    uji = uji_konsekuensi(unit)
    kirim_pemberitahuan(
        permohonan_id=hasil.permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DITOLAK,
            pasal_17=["h"],
            uji_konsekuensi=uji,
            alasan="Salinan DPT memuat NIK dan NKK pemilih.",
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=pelaksana,
    )
    antrean()
    mail.outbox.clear()

    # The citizen reads the refusal and objects.
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/{hasil.token}/")
    expect(page.get_by_text("Ditolak").first).to_be_visible()
    periksa_halaman(page, "keberatan-status-ditolak")
    page.get_by_role("link", name="Ajukan keberatan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ajukan keberatan")
    periksa_halaman(page, "keberatan-form")
    page.get_by_label(re.compile(r"a\. Permohonan ditolak")).check()
    page.get_by_label("Kasus posisi").fill("Saya hanya meminta rekap tanpa NIK.")
    page.get_by_label("Saya menyatakan keterangan yang saya isi benar.").check()
    page.get_by_role("button", name="Kirim keberatan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Keberatan Anda sudah kami terima")
    nomor_keberatan = page.locator("strong.big").inner_text()
    assert re.fullmatch(r"K-20\d\d-\d{5}", nomor_keberatan)
    periksa_halaman(page, "keberatan-bukti")

    # The Atasan PPID accepts it in the admin.
    staf = browser.new_page()
    _masuk(staf, live_server.url, "atasan.smg")
    staf.goto(live_server.url + "/admin/permohonan/keberatan/")
    staf.get_by_role("link", name=nomor_keberatan).click()
    staf.get_by_role("link", name="Tanggapi keberatan").click()
    staf.get_by_label("Keberatan diterima").check()
    staf.get_by_label("Pertimbangan").fill("Rekap tanpa NIK wajib diberikan.")
    expect(staf.get_by_label("Jabatan")).to_have_value("Ketua KPU Kota Semarang")
    staf.get_by_role("button", name="Simpan").click()
    expect(staf.locator(".messagelist")).to_contain_text("tersimpan")

    # The request is open again; the PPID sends the information.
    pelaksana_page = browser.new_page()
    _masuk(pelaksana_page, live_server.url, "ppid.smg")
    pelaksana_page.goto(live_server.url + "/admin/permohonan/permohonan/")
    pelaksana_page.get_by_role("link", name=nomor).click()
    expect(pelaksana_page.get_by_text("Diproses", exact=True)).to_be_visible()
    pelaksana_page.get_by_role("link", name="Kirim pemberitahuan tertulis").click()
    pelaksana_page.get_by_label("Keputusan:", exact=True).select_option(
        label="Dikabulkan seluruhnya"
    )
    pelaksana_page.get_by_label("Informasi yang diberikan:", exact=True).fill(
        "Rekap DPT per kecamatan tanpa NIK."
    )
    pelaksana_page.get_by_label("Bentuk informasi yang diberikan").select_option(
        label="Salinan elektronik (softcopy)"
    )
    pelaksana_page.get_by_role("button", name="Simpan").click()
    expect(pelaksana_page.locator(".messagelist")).to_contain_text(
        "Pemberitahuan tertulis terkirim"
    )

    # The citizen sees the whole chain.
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/")
    expect(page.get_by_text("Keberatan diterima").first).to_be_visible()
    expect(page.get_by_text("Komisi Informasi").first).to_be_visible()
    expect(page.locator("[id^=judul-pemberitahuan-]")).to_have_count(2)
    expect(page.get_by_text("Dikabulkan seluruhnya").first).to_be_visible()
    periksa_halaman(page, "keberatan-status-selesai")

    antrean()
    subjek = [m.subject for m in mail.outbox]
    assert f"Keberatan {nomor_keberatan} telah diterima" in subjek
    tanggapan = next(m for m in mail.outbox if m.subject.startswith("Tanggapan atas"))
    assert tanggapan.attachments[0][1].startswith(b"%PDF-")

    # The DIK lists the consequence test behind the refusal, with its sheet.
    for lebar in (360, 1280):
        page.set_viewport_size({"width": lebar, "height": 900})
        page.goto(live_server.url + "/informasi/dikecualikan/")
        expect(page.get_by_role("link", name=uji.informasi)).to_be_visible()
        expect(page.get_by_role("table")).to_contain_text(uji.nomor_keputusan)
        periksa_halaman(page, f"dik-{lebar}")
        assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.get_by_role("link", name=uji.informasi).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("LEMBAR UJI KONSEKUENSI")
