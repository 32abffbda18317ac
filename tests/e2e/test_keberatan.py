"""The objection journey in a real browser (UU 14/2008 Pasal 35–37; DOMAIN.md §5–7).

A citizen receives a refusal backed by a consequence test, files an objection from the
status page and gets its K-number and answer deadline; the Atasan PPID of the parent unit
accepts it in the admin; the request reopens and the unit's PPID Pelaksana sends the
information with a PDF from the admin notice form; the citizen sees the answer, the dispute
window and both written notices; the public DIK lists the consequence test and its sheet.
Every public page passes axe and the Nu HTML Checker; the e-mails carry the receipt and the
answer letter as PDF."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from informasi.akses import ATASAN_PPID, PPID_PELAKSANA
from informasi.demo_berkas import buat_pdf
from permohonan import kalender
from permohonan.models import Keberatan, PemberitahuanTertulis, Permohonan
from permohonan.selectors import libur_aktif
from permohonan.services import jendela_keberatan, kirim_pemberitahuan, terima_permohonan
from tests.e2e.conftest import axe_violations
from tests.factories import (
    PetugasFactory,
    ProfilSitusFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db(transaction=True)

SANDI = "rahasia-uji-123"  # UserFactory's password
ALASAN_TOLAK = "Salinan DPT memuat NIK dan NKK pemilih."
KASUS = "Saya hanya meminta rekap jumlah pemilih per kecamatan, tanpa NIK dan NKK."
PERTIMBANGAN = "Rekap jumlah pemilih tidak memuat data pribadi; wajib diberikan."
DIBERIKAN = "Rekap DPT per kecamatan tanpa NIK dan NKK."


def _masuk(konteks, url, username):
    """A staff member logs in to the admin in their own browser context."""
    staf = konteks.new_page()
    staf.goto(url + "/admin/login/")
    staf.get_by_label("Nama pengguna").fill(username)
    staf.get_by_label("Sandi").fill(SANDI)
    staf.get_by_role("button", name="Masuk").click()
    expect(staf.get_by_role("button", name="Keluar")).to_be_visible()
    return staf


@pytest.fixture
def penolakan(pohon):
    """A request to KPU Kota Semarang refused under Pasal 17 huruf h, backed by a consequence
    test in force; the PPID Pelaksana of the unit and the Atasan PPID of the province."""
    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    unit = pohon["semarang"]
    pelaksana = UserFactory(
        username="agus.ppid", first_name="Agus", last_name="Prasetyo", groups=[PPID_PELAKSANA]
    )
    PetugasFactory(user=pelaksana, unit_kerja=unit, jabatan="Sekretaris selaku PPID Pelaksana")
    atasan = UserFactory(
        username="hendra.atasan",
        first_name="Hendra",
        last_name="Gunawan",
        groups=[ATASAN_PPID],
    )
    # The parent unit: its Atasan PPID answers objections to the units below it.
    PetugasFactory(user=atasan, unit_kerja=pohon["jateng"], jabatan="Ketua KPU Provinsi")
    hasil = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
    )
    uji = uji_konsekuensi(unit, permohonan=hasil.permohonan, kesimpulan="dikecualikan")
    kirim_pemberitahuan(
        permohonan_id=hasil.permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DITOLAK,
            pasal_17=["h"],
            uji_konsekuensi=uji,
            alasan=ALASAN_TOLAK,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="Sekretaris selaku PPID Pelaksana",
        ),
        oleh=pelaksana,
    )
    return {"hasil": hasil, "uji": uji}


def test_refusal_objection_accepted_request_reopened_and_information_sent(
    page, browser, live_server, penolakan, antrean, periksa_halaman, tmp_path
):
    hasil, uji = penolakan["hasil"], penolakan["uji"]
    permohonan = hasil.permohonan
    nomor = permohonan.nomor
    antrean()  # the e-mails of the request and of the refusal
    mail.outbox.clear()

    # 1. The citizen opens the secret link and reads the refusal.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/{hasil.token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Permohonan {nomor}")
    expect(page.locator(".status-line")).to_contain_text("Selesai — Ditolak")
    pemberitahuan = page.get_by_role("region", name="Pemberitahuan tertulis")
    expect(pemberitahuan).to_contain_text("UU 14/2008 Pasal 17 huruf h")
    expect(pemberitahuan).to_contain_text(ALASAN_TOLAK)
    periksa_halaman(page, "keberatan-status-ditolak")

    # 2. It files an objection: the windows table says ground (a) is open until when.
    page.get_by_role("link", name="Ajukan keberatan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ajukan keberatan")
    jendela = jendela_keberatan(permohonan)
    tabel = page.get_by_role("region", name="Kapan keberatan dapat diajukan")
    expect(tabel.get_by_role("row", name="Huruf a")).to_contain_text(
        re.compile(rf"Sampai \w+, {kalender.format_tanggal(jendela['a'].batas)}")
    )
    # Nothing was left unanswered: ground (c) has not arisen.
    expect(tabel.get_by_role("row", name="Huruf c")).to_contain_text(
        "Belum — alasan ini belum terjadi"
    )
    periksa_halaman(page, "keberatan-ajukan")

    page.get_by_label(re.compile(r"a\. Permohonan ditolak")).check()
    page.get_by_label("Kasus posisi").fill(KASUS)
    page.get_by_label("Saya menyatakan keterangan yang saya isi benar.").check()
    page.get_by_role("button", name="Kirim keberatan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Keberatan Anda sudah kami terima")
    keberatan = Keberatan.objects.get()
    assert re.fullmatch(r"K-20\d\d-\d{5}", keberatan.nomor)
    expect(page.locator("strong.big")).to_have_text(keberatan.nomor)
    jatuh_tempo = kalender.format_tanggal(keberatan.jatuh_tempo)
    libur = libur_aktif(keberatan.tanggal_terima, keberatan.tanggal_terima + timedelta(days=90))
    assert keberatan.jatuh_tempo == kalender.tambah_hari_kerja(keberatan.tanggal_terima, 30, libur)
    expect(page.locator(".receipt")).to_contain_text(
        re.compile(rf"Tanggapan atasan PPID paling lambat\s+\w+, {jatuh_tempo}")
    )
    periksa_halaman(page, "keberatan-bukti")

    # Back on the status page, the objection waits for its answer, with the deadline.
    page.get_by_role("link", name=nomor).click()
    bagian = page.get_by_role("region", name="Keberatan")
    expect(bagian.get_by_role("heading", level=3)).to_have_text(f"{keberatan.nomor} — Diajukan")
    expect(bagian).to_contain_text(re.compile(rf"Tanggapan paling lambat\s+\w+, {jatuh_tempo}"))
    periksa_halaman(page, "keberatan-status-diajukan")

    # 3. The Atasan PPID of the province, in another browser, accepts the objection.
    atasan_konteks = browser.new_context(viewport={"width": 1280, "height": 900})
    atasan = _masuk(atasan_konteks, live_server.url, "hendra.atasan")
    atasan.get_by_role("rowheader", name="Keberatan").get_by_role("link").click()
    antrean_keberatan = atasan.locator("#result_list")
    expect(antrean_keberatan).to_contain_text(nomor)
    atasan.get_by_role("link", name=keberatan.nomor).click()
    expect(atasan.locator(".field-alasan_lengkap")).to_contain_text("a. Permohonan ditolak")
    expect(atasan.locator(".field-kasus_posisi")).to_contain_text(KASUS)
    # axe only: Django's inlines.js adds autocomplete="off" to the inline formset's hidden
    # inputs in the live DOM, which the Nu checker rejects (Django's own code).
    assert not axe_violations(atasan)
    atasan.get_by_role("link", name="Tanggapi keberatan").click()
    # Name and position come from the Atasan's account; the letter is signed with them.
    expect(atasan.get_by_label("Nama atasan PPID")).to_have_value("Hendra Gunawan")
    expect(atasan.get_by_label("Jabatan")).to_have_value("Ketua KPU Provinsi")
    atasan.get_by_label("Keberatan diterima").check()
    atasan.get_by_label("Pertimbangan").fill(PERTIMBANGAN)
    atasan.get_by_label("Nama atasan PPID").fill("Ir. Hendra Gunawan")
    atasan.get_by_label("Jabatan").fill("Ketua KPU Provinsi Jawa Tengah")
    periksa_halaman(atasan, "keberatan-admin-tanggapi")
    atasan.get_by_role("button", name="Simpan").click()
    expect(atasan.locator(".messagelist")).to_contain_text("Tanggapan atasan PPID: tersimpan.")
    expect(atasan.locator(".field-status")).to_contain_text("Selesai")
    expect(atasan.locator(".field-keputusan")).to_contain_text("Keberatan diterima")
    expect(atasan.get_by_role("link", name="Tanggapi keberatan")).to_have_count(0)
    atasan_konteks.close()

    # 4. The request is open again; the unit's PPID Pelaksana sends the information.
    ppid_konteks = browser.new_context(viewport={"width": 1280, "height": 900})
    ppid = _masuk(ppid_konteks, live_server.url, "agus.ppid")
    ppid.get_by_role("rowheader", name="Permohonan informasi").get_by_role("link").click()
    ppid.get_by_role("link", name=nomor).click()
    expect(ppid.locator(".field-status")).to_contain_text("Diproses")
    ppid.get_by_role("link", name="Kirim pemberitahuan tertulis").click()
    ppid.get_by_label("Dikabulkan seluruhnya").check()
    ppid.get_by_role("button", name="Lanjut").click()
    ppid.get_by_label("Informasi yang diberikan", exact=True).fill(DIBERIKAN)
    ppid.get_by_label("Bentuk informasi yang diberikan").select_option(
        label="Salinan elektronik (softcopy)"
    )
    periksa_halaman(ppid, "keberatan-admin-pemberitahuan")
    rekap = tmp_path / "rekap-dpt.pdf"
    rekap.write_bytes(buat_pdf("Rekap DPT per kecamatan", ["Semarang Tengah: 51.234 pemilih"]))
    ppid.get_by_label("Judul lampiran 1").fill("Rekap DPT per kecamatan")
    ppid.get_by_label("Berkas lampiran 1").set_input_files(str(rekap))
    ppid.get_by_role("button", name="Pratinjau surat").click()
    expect(ppid.locator(".pratinjau-surat")).to_contain_text(DIBERIKAN)
    periksa_halaman(ppid, "keberatan-admin-pratinjau")
    ppid.get_by_role("button", name="Kirim pemberitahuan ke pemohon").click()
    expect(ppid.locator(".messagelist")).to_contain_text("Pemberitahuan tertulis terkirim")
    expect(ppid.locator(".field-status")).to_contain_text("Selesai")
    expect(ppid.locator(".field-hasil")).to_contain_text("Dikabulkan seluruhnya")
    ppid_konteks.close()

    # 5. The citizen reloads the status page: the answer, the dispute window, two notices.
    page.reload()
    expect(page.locator(".status-line")).to_contain_text("Selesai — Dikabulkan seluruhnya")
    for peristiwa in (
        "Keberatan diajukan",
        "Tanggapan atas keberatan",
        "Permohonan diproses kembali",
    ):
        expect(page.locator(".timeline")).to_contain_text(peristiwa)
    bagian = page.get_by_role("region", name="Keberatan")
    expect(bagian.get_by_role("heading", level=3)).to_have_text(f"{keberatan.nomor} — Selesai")
    expect(bagian).to_contain_text("Keberatan diterima")
    expect(bagian).to_contain_text(PERTIMBANGAN)
    keberatan.refresh_from_db()
    diputuskan = timezone.localtime(keberatan.diputuskan_pada).date()
    batas_sengketa = kalender.batas_pengajuan_sengketa(
        diputuskan, libur_aktif(diputuskan, diputuskan + timedelta(days=60))
    )
    expect(bagian).to_contain_text(
        re.compile(
            r"Bila tidak puas, Anda dapat mengajukan sengketa informasi kepada Komisi Informasi"
            rf"\s+paling lambat \w+, {kalender.format_tanggal(batas_sengketa)}"
        )
    )
    daftar = page.get_by_role("region", name="Pemberitahuan tertulis")
    expect(daftar).to_have_count(2)
    expect(daftar.first).to_contain_text(DIBERIKAN)  # newest first
    expect(daftar.last).to_contain_text(ALASAN_TOLAK)
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Rekap DPT per kecamatan").click()
    with open(unduhan.value.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"
    periksa_halaman(page, "keberatan-status-selesai")

    # The Atasan's answer as a printable letter.
    bagian.get_by_role("link", name="Surat tanggapan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("TANGGAPAN ATAS KEBERATAN")
    expect(page.locator("main")).to_contain_text("Ir. Hendra Gunawan")

    # 6. The public DIK lists the consequence test, at a phone's and a desktop's width.
    for lebar in (360, 1280):
        page.set_viewport_size({"width": lebar, "height": 900})
        page.goto(live_server.url + "/informasi/dikecualikan/")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Daftar Informasi yang Dikecualikan"
        )
        baris = page.get_by_role("row").filter(has=page.get_by_role("link", name=uji.informasi))
        expect(baris).to_contain_text(uji.nomor_keputusan)
        expect(baris).to_contain_text("UU 14/2008 Pasal 17 huruf h")
        expect(baris).to_contain_text(uji.ringkasan)
        periksa_halaman(page, f"keberatan-dik-{lebar}")
        if lebar == 360:
            assert page.evaluate("document.documentElement.scrollWidth") <= lebar
    page.get_by_role("link", name=uji.informasi).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("LEMBAR UJI KONSEKUENSI")
    expect(page.locator("main")).to_contain_text(uji.analisis_konsekuensi)

    # 7. The worker sends the receipt, the answer letter (PDF) and the second notice.
    antrean()
    kepada = {m.subject: m for m in mail.outbox if m.to == ["sri.wahyuni@contoh.id"]}
    tanda_terima = kepada[f"Keberatan {keberatan.nomor} telah diterima"]
    assert jatuh_tempo in tanda_terima.body
    tanggapan = kepada[f"Tanggapan atas keberatan {keberatan.nomor}"]
    assert "Keputusan: Keberatan diterima" in tanggapan.body
    assert "Komisi Informasi" in tanggapan.body
    ((nama_pdf, isi_pdf, tipe),) = tanggapan.attachments
    assert nama_pdf.endswith(".pdf") and tipe == "application/pdf"
    assert isi_pdf.startswith(b"%PDF-")
    assert len(mail.outbox) == 3, [m.subject for m in mail.outbox]

    # 8. A refusal cites the consequence test behind it (DOMAIN.md §4, "ditolak"): the
    # requester can open that test's sheet from the refusal on the status page.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/")
    penolakan_lama = page.get_by_role("region", name="Pemberitahuan tertulis").last
    lembar = penolakan_lama.get_by_role("link", name=re.compile("uji konsekuensi", re.IGNORECASE))
    expect(lembar, "the refusal should link to the sheet of its consequence test").to_be_visible()
    lembar.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("LEMBAR UJI KONSEKUENSI")
    expect(page.locator("main")).to_contain_text(uji.nomor_keputusan)


def test_an_unanswered_objection_goes_to_the_information_commission(
    page, context, live_server, pohon, periksa_halaman
):
    """The Atasan PPID let the 30 working days lapse: the citizen sees until when they may
    take the dispute to the Komisi Informasi; staff record the dispute they filed, and the
    citizen sees it on the status page."""
    from permohonan.services import ajukan_keberatan

    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    atasan = UserFactory(username="hendra.atasan", groups=[ATASAN_PPID])
    PetugasFactory(user=atasan, unit_kerja=pohon["jateng"], jabatan="Ketua KPU Provinsi")
    hasil = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - timedelta(days=90),
    )
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["c"], kasus_posisi=KASUS),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - timedelta(days=60),
    )
    nomor = hasil.permohonan.nomor
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/{hasil.token}/")
    expect(page.get_by_text("Batas waktu tanggapan sudah lewat tanpa tanggapan")).to_be_visible()
    periksa_halaman(page, "keberatan-tak-dijawab")

    staf = _masuk(context, live_server.url, "hendra.atasan")
    staf.goto(f"{live_server.url}/admin/permohonan/keberatan/{keberatan.pk}/change/")
    staf.get_by_role("button", name=re.compile("Tambahkan .*sengketa", re.IGNORECASE)).click()
    baris = staf.locator("#sengketa-0")  # the row just added (not the hidden template)
    baris.get_by_label("Komisi Informasi:").fill("Komisi Informasi Provinsi Jawa Tengah")
    baris.get_by_label("Tanggal sengketa diajukan:").fill(timezone.localdate().isoformat())
    baris.get_by_label("Nomor register sengketa:").fill("031/XII/KIP-JTG-PS/2026")
    staf.get_by_role("button", name="Simpan", exact=True).click()
    expect(staf.locator(".messagelist .success")).to_be_visible()

    page.reload()
    expect(page.get_by_text("031/XII/KIP-JTG-PS/2026").first).to_be_visible()
    expect(page.locator(".timeline")).to_contain_text("Registrasi di Komisi Informasi")
    periksa_halaman(page, "keberatan-sengketa")
