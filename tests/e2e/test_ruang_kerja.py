"""The officer's workspace in a real browser, one journey per role (PPID Pelaksana, PPID
Utama, Atasan PPID, Editor): log in, read the dashboard counts (checked against the database
by hand-written conditions), open the most urgent item from them and complete an action. The
queue fits 1280 and 1024 px with its late marker visible; axe finds nothing on the dashboard,
queue, request page and the guided notice form. Screenshots: test-artifacts/ruang-kerja/."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from permohonan.models import Keberatan, PemberitahuanTertulis, Permohonan
from permohonan.services import ajukan_keberatan, kirim_pemberitahuan, terima_permohonan
from portal.models import Berita, KategoriBerita
from tests.e2e.conftest import ARTIFACTS, axe_violations
from tests.factories import (
    PetugasFactory,
    ProfilSitusFactory,
    UnitKerjaFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db(transaction=True)

SANDI = "rahasia-uji-123"
FOTO = ARTIFACTS / "ruang-kerja"


@pytest.fixture
def kantor():
    ProfilSitusFactory()
    call_command("perbarui_hari_libur", verbosity=0)
    ri = UnitKerjaFactory(slug="kpu-ri", nama="Komisi Pemilihan Umum Republik Indonesia")
    semarang = UnitKerjaFactory(
        slug="kpu-kota-semarang", nama="KPU Kota Semarang", jenis="kabupaten_kota", induk=ri
    )
    orang = {}
    for nama, peran, unit in [
        ("agus.ppid", PPID_PELAKSANA, semarang),
        ("ratna.utama", PPID_UTAMA, ri),
        ("hendra.atasan", ATASAN_PPID, semarang),
        ("eko.editor", EDITOR_BERITA, ri),
    ]:
        user = UserFactory(username=nama, first_name=nama.split(".")[0].title(), groups=[peran])
        PetugasFactory(user=user, unit_kerja=unit, jabatan="Petugas")
        orang[peran] = user
    hari_ini = timezone.localdate()

    def terima(rincian, **ubah):
        hasil = terima_permohonan(
            pemohon=pemohon_baru(),
            permohonan=permohonan_baru(semarang, rincian=rincian),
            kanal=Permohonan.Kanal.ONLINE,
        )
        if ubah:
            Permohonan.objects.filter(pk=hasil.permohonan.pk).update(**ubah)
        return Permohonan.objects.get(pk=hasil.permohonan.pk)

    terlambat = terima(
        "Rekap DPT Pilkada 2024 per kecamatan.",
        status=Permohonan.Status.DIPROSES,
        jatuh_tempo=hari_ini - timedelta(days=3),
    )
    hari_ini_jatuh = terima("Daftar TPS Kecamatan Tembalang.", jatuh_tempo=hari_ini)
    baru = terima("Anggaran sosialisasi pemilih pemula 2026.")
    ditolak = terima("Salinan DPT lengkap dengan NIK Kelurahan Tembalang.")
    uji = uji_konsekuensi(semarang, permohonan=ditolak, kesimpulan="dikecualikan")
    kirim_pemberitahuan(
        permohonan_id=ditolak.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil="ditolak",
            pasal_17=["h"],
            uji_konsekuensi=uji,
            alasan="Memuat NIK pemilih.",
            nama_penandatangan="Agus",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=orang[PPID_PELAKSANA],
    )
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=ditolak, alasan=["a"], kasus_posisi="Data saya sendiri."),
        kanal=Permohonan.Kanal.ONLINE,
    )
    kategori, _ = KategoriBerita.objects.get_or_create(
        slug="kegiatan", defaults={"nama": "Kegiatan"}
    )
    Berita.objects.create(
        kategori=kategori,
        judul="Rapat pleno rekapitulasi",
        slug="rapat-pleno",
        isi="Isi.",
        status="draf",
        unit_kerja=ri,
    )
    return {
        "orang": orang,
        "terlambat": terlambat,
        "hari_ini": hari_ini_jatuh,
        "baru": baru,
        "keberatan": keberatan,
    }


def _masuk(browser, live_server, username, lebar=1280):
    konteks = browser.new_context(viewport={"width": lebar, "height": 800})
    page = konteks.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Sandi").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("heading", name="Perlu perhatian")).to_be_visible()
    return page


def _periksa(page, nama):
    """axe finds nothing; a full-page screenshot is kept to be looked at."""
    FOTO.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(FOTO / f"{nama}.png"), full_page=True)
    masalah = axe_violations(page)
    assert not masalah, f"{nama} ({page.url}):\n" + "\n".join(masalah)


def _angka(page, label) -> int:
    baris = page.locator(".dasbor-kartu a", has_text=label)
    return int(baris.locator(".dasbor-angka").inner_text())


def _tanpa_geser(page):
    """No horizontal scrolling: neither the page nor the queue's table is wider."""
    lebar = page.evaluate(
        """() => {
        const d = document.documentElement, r = document.querySelector('#changelist .results');
        return [d.scrollWidth, d.clientWidth, r.scrollWidth, r.clientWidth];
    }"""
    )
    assert lebar[0] <= lebar[1] and lebar[2] <= lebar[3], lebar


def _hitung(hari_ini):
    """The dashboard's figures counted here by hand from every request."""
    semua = list(Permohonan.objects.all())
    terbuka = [p for p in semua if p.terbuka]
    return {
        "terlambat": sum(p.batas_waktu < hari_ini for p in terbuka),
        "hari_ini": sum(p.batas_waktu == hari_ini for p in terbuka),
        "baru": sum(p.status == "diterima" for p in semua),
    }


def test_ppid_pelaksana_opens_the_late_request_from_the_dashboard_and_notes_it(
    browser, live_server, kantor
):
    page = _masuk(browser, live_server, "agus.ppid")
    harapan = _hitung(timezone.localdate())
    assert harapan == {"terlambat": 1, "hari_ini": 1, "baru": 2}
    assert _angka(page, "Terlambat") == harapan["terlambat"]
    assert _angka(page, "Jatuh tempo hari ini") == harapan["hari_ini"]
    assert _angka(page, "Baru, belum diproses") == harapan["baru"]
    _periksa(page, "dasbor-pelaksana")
    page.locator(".dasbor-kartu a", has_text="Terlambat").click()
    baris = page.locator("#result_list tbody tr")
    expect(baris).to_have_count(1)
    expect(baris.first).to_contain_text(kantor["terlambat"].nomor)
    expect(baris.first.locator(".tanda-terlambat")).to_be_visible()
    page.get_by_role("link", name=kantor["terlambat"].nomor).click()
    ringkasan = page.get_by_role("region", name="Ringkasan")
    expect(ringkasan).to_contain_text("Rekap DPT Pilkada 2024")
    expect(ringkasan.locator(".sisa-lewat")).to_be_visible()
    _periksa(page, "permohonan-pelaksana")
    page.get_by_role("link", name="Tambah catatan internal").click()
    page.get_by_label("Catatan").fill("Menunggu data dari PPK Tembalang.")
    page.get_by_role("button", name="Simpan").click()
    expect(page.locator(".messagelist")).to_contain_text("tersimpan")
    expect(page.locator("#riwayat-permohonan-set, .inline-group").first).to_contain_text(
        "Menunggu data dari PPK Tembalang."
    )


@pytest.mark.parametrize("lebar", [1280, 1024, 360])
def test_ppid_utama_queue_fits_and_the_most_urgent_request_is_assigned(
    browser, live_server, kantor, lebar
):
    page = _masuk(browser, live_server, "ratna.utama", lebar)
    page.goto(live_server.url + "/admin/permohonan/permohonan/")
    _tanpa_geser(page)
    # Sorted by urgency: the late request first, its marker on screen.
    pertama = page.locator("#result_list tbody tr").first
    expect(pertama).to_contain_text(kantor["terlambat"].nomor)
    tanda = pertama.locator(".tanda-terlambat")
    expect(tanda).to_be_visible()
    kotak = tanda.bounding_box()
    assert kotak["x"] + kotak["width"] <= lebar
    expect(pertama.locator(".sisa-lewat")).to_contain_text("-")
    _periksa(page, f"antrean-{lebar}")
    pertama.get_by_role("link").first.click()
    page.get_by_role("link", name="Tugaskan ke unit/petugas").click()
    # The request's current office is preselected.
    expect(page.get_by_label("Unit kerja")).to_have_value(str(kantor["terlambat"].unit_kerja_id))
    page.get_by_label("Petugas").select_option(label="agus.ppid")
    page.get_by_role("button", name="Simpan").click()
    expect(page.locator(".messagelist")).to_contain_text("tersimpan")
    kantor["terlambat"].refresh_from_db()
    assert kantor["terlambat"].petugas == kantor["orang"][PPID_PELAKSANA]


def test_the_notice_form_is_guided_and_axe_clean(browser, live_server, kantor):
    page = _masuk(browser, live_server, "agus.ppid")
    page.goto(
        live_server.url + f"/admin/permohonan/permohonan/{kantor['hari_ini'].pk}/pemberitahuan/"
    )
    _periksa(page, "pemberitahuan-1-keputusan")
    page.get_by_label("Informasi tidak dikuasai").check()
    page.get_by_role("button", name="Lanjut").click()
    # Only what "not held" needs: the holding body, no Pasal 17 boxes, no delivery.
    expect(page.get_by_label("Badan publik yang menguasai")).to_be_visible()
    expect(page.locator("[name=pasal_17]")).to_have_count(0)
    expect(page.locator("[name=bentuk]")).to_have_count(0)
    _periksa(page, "pemberitahuan-2-isi")
    page.get_by_label("Badan publik yang menguasai").fill("Bawaslu Kota Semarang")
    page.get_by_role("button", name="Pratinjau surat").click()
    expect(page.locator(".pratinjau-surat")).to_contain_text("Bawaslu Kota Semarang")
    _periksa(page, "pemberitahuan-3-pratinjau")
    assert not PemberitahuanTertulis.objects.filter(permohonan=kantor["hari_ini"]).exists()
    page.get_by_role("button", name="Kirim pemberitahuan ke pemohon").click()
    expect(page.locator(".messagelist")).to_contain_text("terkirim")
    kantor["hari_ini"].refresh_from_db()
    assert kantor["hari_ini"].hasil == "tidak_dikuasai"


def test_atasan_ppid_takes_up_the_waiting_objection(browser, live_server, kantor):
    page = _masuk(browser, live_server, "hendra.atasan")
    menunggu = Keberatan.objects.filter(status="diajukan").count()
    assert menunggu == 1
    # The objections block comes first for the Atasan PPID.
    expect(page.locator(".dasbor-kartu h3").first).to_have_text("Keberatan")
    assert _angka(page, "Menunggu ditangani atasan PPID") == menunggu
    _periksa(page, "dasbor-atasan")
    page.locator(".dasbor-kartu a", has_text="Menunggu ditangani").click()
    page.get_by_role("link", name=kantor["keberatan"].nomor).click()
    page.get_by_role("button", name="Proses").click()
    expect(page.locator(".messagelist")).to_be_visible()
    kantor["keberatan"].refresh_from_db()
    assert kantor["keberatan"].status == "diproses"


def test_editor_sees_drafts_and_opens_them(browser, live_server, kantor):
    page = _masuk(browser, live_server, "eko.editor")
    assert _angka(page, "Draf") == Berita.objects.filter(status="draf").count() == 1
    # No request counts for an editor.
    expect(page.locator(".dasbor-kartu", has_text="Permohonan informasi")).to_have_count(0)
    _periksa(page, "dasbor-editor")
    page.locator(".dasbor-kartu a", has_text="Draf").click()
    expect(page.locator("#result_list")).to_contain_text("Rapat pleno rekapitulasi")
    page.get_by_role("link", name="Rapat pleno rekapitulasi").click()
    page.get_by_label("Status").select_option("terbit")
    page.get_by_role("button", name="Simpan", exact=True).click()
    expect(page.locator(".messagelist")).to_be_visible()
    assert Berita.objects.get().status == "terbit"
