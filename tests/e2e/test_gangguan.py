"""The database goes away while a citizen sends the request form (the test cluster is really
stopped): the outage page is accessible and valid, Back returns to the form with what was
typed, and once the database is back "Kirim lagi" registers the request with its scan."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from permohonan.models import Permohonan
from tests.e2e.test_permohonan import siap  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def test_back_from_the_outage_page_keeps_what_was_typed(
    page,
    live_server,
    siap,  # noqa: F811
    basis_data_mati,
    periksa_halaman,
):
    cache.clear()  # rate-limit counters of earlier transactional tests
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Ajukan Permohonan Informasi").click()
    page.get_by_label("Nama lengkap").fill("Sri Wahyuni")
    page.get_by_label("NIK", exact=True).fill("3374015708900002")
    page.get_by_label("Pindaian KTP atau akta badan hukum").set_input_files(str(siap))
    page.get_by_label("Alamat").fill("Jl. Pandanaran No. 10, Semarang")
    page.get_by_label("E-mail", exact=True).first.fill("sri@contoh.id")
    page.get_by_label("Permohonan ditujukan kepada").select_option(label="KPU Kota Semarang")
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Rekap DPT per kecamatan.")
    page.get_by_label("Tujuan penggunaan informasi").fill("Bahan liputan.")
    page.get_by_label("Mendapatkan salinan elektronik (softcopy)").check()
    page.locator("input[name=cara_salinan][value=email]").check()
    page.get_by_label("Saya menyatakan data yang saya isi benar", exact=False).check()

    with basis_data_mati():
        page.get_by_role("button", name="Kirim permohonan").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Kiriman Anda belum tercatat")
        periksa_halaman(page, "gangguan")

        # Back, with the database still away: the form and what was typed are there (from
        # the browser's cache: the visitor came from the home page, as the cookies say).
        page.go_back()
        expect(page.get_by_label("Nama lengkap")).to_have_value("Sri Wahyuni")
        expect(page.get_by_label("Rincian informasi yang dibutuhkan")).to_have_value(
            "Rekap DPT per kecamatan."
        )
        # (Not restored, as the page says: the NIK field has autocomplete=off, and files.)
        page.get_by_label("NIK", exact=True).fill("3374015708900002")
        page.get_by_label("Pindaian KTP atau akta badan hukum").set_input_files(str(siap))
        page.get_by_role("button", name="Kirim permohonan").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Kiriman Anda belum tercatat")
        expect(page.get_by_text("sudah kami simpan sementara")).to_be_visible()

    # The database is back: "Kirim lagi" sends the same, the scan included.
    page.get_by_role("button", name="Kirim lagi").click()
    expect(page).to_have_url(re.compile(r"/permohonan/bukti/"))
    assert Permohonan.objects.get().pemohon.berkas_identitas.read().startswith(b"%PDF")
