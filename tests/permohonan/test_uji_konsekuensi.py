"""Consequence tests (UU 14/2008 Pasal 2 ayat 4, 17, 19; DOMAIN.md §5): who decides them,
refusals backed by them, the public DIK and the end of exemptions."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA, PPID_UTAMA
from permohonan.akses import AksesDitolak
from permohonan.models import PemberitahuanTertulis, Permohonan, UjiKonsekuensi
from permohonan.services import (
    TransisiDitolak,
    cabut_uji_konsekuensi,
    kirim_pemberitahuan,
    terima_permohonan,
    tetapkan_uji_konsekuensi,
)
from tests.factories import (
    PetugasFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)
from tests.surat_pdf import unduh_pdf

pytestmark = pytest.mark.django_db
DIK = reverse("dik")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", verbosity=0)


def _petugas(unit, peran):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def test_only_ppid_utama_sets_a_complete_test_in_force(pohon):
    uji = uji_konsekuensi(pohon["semarang"], tetapkan=False, nomor_keputusan="")
    with pytest.raises(AksesDitolak, match="Hanya PPID Utama"):
        tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=_petugas(pohon["semarang"], PPID_PELAKSANA))
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    with pytest.raises(TransisiDitolak, match="nomor keputusan"):
        tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
    UjiKonsekuensi.objects.filter(pk=uji.pk).update(nomor_keputusan="7/2026", berlaku_syarat="")
    with pytest.raises(TransisiDitolak, match="jangka waktu"):
        tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
    UjiKonsekuensi.objects.filter(pk=uji.pk).update(berlaku_sampai=dt.date(2031, 1, 1))
    uji = tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
    assert uji.status == "ditetapkan" and uji.ditetapkan_oleh == utama


def test_the_admin_button_refuses_a_pelaksana(client, pohon):
    uji = uji_konsekuensi(pohon["semarang"], tetapkan=False)
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    halaman = client.get(reverse("admin:permohonan_ujikonsekuensi_change", args=[uji.pk]))
    assert halaman.status_code == 200
    response = client.post(
        reverse("admin:permohonan_ujikonsekuensi_tetapkan", args=[uji.pk]), follow=True
    )
    assert "Hanya PPID Utama" in response.content.decode()
    uji.refresh_from_db()
    assert uji.status == "draf"


def _permohonan(unit):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
    ).permohonan


def _penolakan(**kwargs):
    return PemberitahuanTertulis(
        hasil=Permohonan.Hasil.DITOLAK,
        alasan="Memuat data pribadi.",
        nama_penandatangan="Agus Prasetyo",
        jabatan_penandatangan="PPID Pelaksana",
        **kwargs,
    )


@pytest.mark.parametrize("tetapkan", [False, True])
def test_a_refusal_needs_a_test_in_force_covering_its_letters(pohon, tetapkan):
    permohonan = _permohonan(pohon["semarang"])
    oleh = _petugas(pohon["ri"], PPID_UTAMA)
    # Run for this request, exempting it whole, on letter h only.
    uji = uji_konsekuensi(
        pohon["semarang"], tetapkan=tetapkan, permohonan=permohonan, kesimpulan="dikecualikan"
    )
    with pytest.raises(TransisiDitolak) as tolak:
        kirim_pemberitahuan(
            permohonan_id=permohonan.pk,
            pemberitahuan=_penolakan(pasal_17=["c", "h"], uji_konsekuensi=uji),
            oleh=oleh,
        )
    assert ("huruf c" if tetapkan else "sudah ditetapkan") in str(tolak.value)
    permohonan.refresh_from_db()
    assert permohonan.terbuka
    if tetapkan:
        kirim_pemberitahuan(
            permohonan_id=permohonan.pk,
            pemberitahuan=_penolakan(pasal_17=["h"], uji_konsekuensi=uji),
            oleh=oleh,
        )
        permohonan.refresh_from_db()
        assert permohonan.hasil == "ditolak"


def test_a_revoked_or_ended_test_no_longer_backs_a_refusal(pohon):
    permohonan = _permohonan(pohon["semarang"])
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    uji = uji_konsekuensi(pohon["semarang"], permohonan=permohonan, kesimpulan="dikecualikan")
    cabut_uji_konsekuensi(uji_id=uji.pk, alasan="Putusan Komisi Informasi.", oleh=utama)
    with pytest.raises(TransisiDitolak, match="masih berlaku"):
        kirim_pemberitahuan(
            permohonan_id=permohonan.pk,
            pemberitahuan=_penolakan(pasal_17=["h"], uji_konsekuensi=uji),
            oleh=utama,
        )


def test_dik_lists_exemptions_in_force_and_ended_ones_as_open_again(
    client, pohon, django_assert_max_num_queries, tanpa_cache_halaman
):
    hari_ini = timezone.localdate()
    uji_konsekuensi(pohon["semarang"], informasi="NIK pemilih")  # with a condition
    uji_konsekuensi(
        pohon["ri"],
        informasi="Dokumen pengadaan yang sedang diaudit",
        pasal_17=["a"],
        berlaku_syarat="",
        berlaku_sampai=hari_ini + dt.timedelta(days=1),
    )
    uji_konsekuensi(pohon["ri"], informasi="Draf yang belum diputus", tetapkan=False)
    uji_konsekuensi(pohon["ri"], informasi="Hasil uji yang terbuka", kesimpulan="terbuka")

    with django_assert_max_num_queries(6):
        html = client.get(DIK).content.decode()
    assert "NIK pemilih" in html and "sampai pemilik data memberi persetujuan" in html
    assert "Dokumen pengadaan yang sedang diaudit" in html
    assert "Draf yang belum diputus" not in html and "Hasil uji yang terbuka" not in html
    assert "Terbuka kembali" not in html

    # The end date comes: the daily check marks it ended; the DIK shows it open again.
    besok = hari_ini + dt.timedelta(days=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(timezone, "localdate", lambda *a, **k: besok)
        call_command("periksa_pengecualian", verbosity=0)
    audit = UjiKonsekuensi.objects.get(informasi__startswith="Dokumen pengadaan")
    assert audit.status == "berakhir" and audit.selesai_pada == besok
    html = client.get(DIK).content.decode()
    assert "Terbuka kembali" in html
    assert html.index("NIK pemilih") < html.index("Dokumen pengadaan")  # in force first


def test_staff_are_warned_once_30_working_days_before_an_exemption_ends(pohon, antrean):
    staf = _petugas(pohon["semarang"], PPID_PELAKSANA)
    hari_ini = timezone.localdate()
    uji_konsekuensi(
        pohon["semarang"],
        informasi="Berkas audit",
        berlaku_syarat="",
        berlaku_sampai=hari_ini + dt.timedelta(days=20),
    )
    uji_konsekuensi(
        pohon["semarang"],
        informasi="Berkas jauh",
        berlaku_syarat="",
        berlaku_sampai=hari_ini + dt.timedelta(days=200),
    )
    call_command("periksa_pengecualian", verbosity=0)
    antrean()
    (pesan,) = [m for m in mail.outbox if m.to == [staf.email]]
    assert "Berkas audit" in pesan.body and "Berkas jauh" not in pesan.body
    mail.outbox.clear()
    call_command("periksa_pengecualian", verbosity=0)
    antrean()
    assert mail.outbox == []  # warned once


def test_the_sheet_is_public_once_decided_and_prints_as_pdf(client, pohon, antrean):
    uji = uji_konsekuensi(pohon["semarang"])
    draf = uji_konsekuensi(pohon["semarang"], tetapkan=False, informasi="Draf")
    url = reverse("dik_lembar", args=[uji.pk])
    html = client.get(url).content.decode()
    assert "LEMBAR UJI KONSEKUENSI" in html and "12/PP.06-Kpt/05/2026" in html
    assert unduh_pdf(client, url, antrean)[1].startswith(b"%PDF-")
    assert client.get(reverse("dik_lembar", args=[draf.pk])).status_code == 404


def test_a_refusal_citing_a_test_of_other_information_is_refused(pohon):
    """A budget request refused with the Jawa Tengah test on honorarium personal data: the
    same Pasal 17 letter, but not this information (Pasal 2 ayat 4, 19; Perki 1/2021
    Pasal 49)."""
    anggaran = _permohonan(pohon["semarang"])
    lain = uji_konsekuensi(
        pohon["jateng"],
        informasi="Data pribadi penerima honorarium dalam laporan dana hibah",
        kesimpulan="dikecualikan",
    )
    oleh = _petugas(pohon["ri"], PPID_UTAMA)
    with pytest.raises(TransisiDitolak, match="menguji informasi lain"):
        kirim_pemberitahuan(
            permohonan_id=anggaran.pk,
            pemberitahuan=_penolakan(pasal_17=["h"], uji_konsekuensi=lain),
            oleh=oleh,
        )
    anggaran.refresh_from_db()
    assert anggaran.terbuka


def test_a_test_of_a_catalogue_entry_backs_a_refusal_naming_that_entry(pohon):
    from tests.factories import InformasiFactory

    entri = InformasiFactory(unit_kerja=pohon["semarang"], judul="Daftar Pemilih Tetap 2024")
    uji = uji_konsekuensi(pohon["semarang"], kesimpulan="dikecualikan", tetapkan=False)
    uji.informasi_terkait.add(entri)
    uji = tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=_petugas(pohon["ri"], PPID_UTAMA))
    permohonan = _permohonan(pohon["semarang"])
    kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=_penolakan(pasal_17=["h"], uji_konsekuensi=uji),
        informasi_terkait=[entri],
        oleh=_petugas(pohon["ri"], PPID_UTAMA),
    )
    permohonan.refresh_from_db()
    assert permohonan.hasil == "ditolak"


def test_a_test_exempting_part_of_a_document_backs_only_a_partial_grant(pohon):
    permohonan = _permohonan(pohon["semarang"])
    sebagian = uji_konsekuensi(pohon["semarang"], permohonan=permohonan)  # in part
    oleh = _petugas(pohon["ri"], PPID_UTAMA)
    with pytest.raises(TransisiDitolak, match="sebagian informasi saja"):
        kirim_pemberitahuan(
            permohonan_id=permohonan.pk,
            pemberitahuan=_penolakan(pasal_17=["h"], uji_konsekuensi=sebagian),
            oleh=oleh,
        )
    kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
            informasi_diberikan="DPT tanpa NIK dan NKK.",
            bagian_dihitamkan="Kolom NIK dan NKK dihitamkan: rahasia pribadi.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            pasal_17=["h"],
            uji_konsekuensi=sebagian,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=oleh,
    )
    permohonan.refresh_from_db()
    assert permohonan.hasil == "dikabulkan_sebagian"


def test_a_law_enforcement_exemption_lasts_at_most_thirty_years(pohon):
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    tanpa_tanggal = uji_konsekuensi(pohon["ri"], pasal_17=["a"], tetapkan=False)  # a condition
    with pytest.raises(TransisiDitolak, match="paling lama 30 tahun"):
        tetapkan_uji_konsekuensi(uji_id=tanpa_tanggal.pk, oleh=utama)
    terlalu_lama = uji_konsekuensi(
        pohon["ri"],
        informasi="Berkas penyidikan pidana pemilu",
        pasal_17=["a"],
        berlaku_sampai=dt.date(2056, 3, 3),  # decided 2 March 2026: one day too long
        tetapkan=False,
    )
    with pytest.raises(TransisiDitolak, match="2 Maret 2056"):
        tetapkan_uji_konsekuensi(uji_id=terlalu_lama.pk, oleh=utama)
    UjiKonsekuensi.objects.filter(pk=terlalu_lama.pk).update(berlaku_sampai=dt.date(2056, 3, 2))
    assert tetapkan_uji_konsekuensi(uji_id=terlalu_lama.pk, oleh=utama).status == "ditetapkan"


def test_the_request_page_starts_a_consequence_test_for_it_prefilled(client, pohon):
    from urllib.parse import unquote

    permohonan = _permohonan(pohon["semarang"])
    client.force_login(_petugas(pohon["semarang"], PPID_PELAKSANA))
    halaman = client.get(
        reverse("admin:permohonan_permohonan_change", args=[permohonan.pk])
    ).content.decode()
    awal = halaman.index(reverse("admin:permohonan_ujikonsekuensi_add") + "?")
    url = unquote(halaman[awal : halaman.index('"', awal)]).replace("&amp;", "&")
    form = client.get(url).context["adminform"].form
    assert form.initial["permohonan"] == str(permohonan.pk)
    assert form.initial["unit_kerja"] == str(permohonan.unit_kerja_id)
    assert form.initial["pemicu"] == "permohonan"
    assert form.initial["informasi"] == permohonan.rincian


def test_a_partial_grant_lists_each_blacked_out_part_with_the_test_covering_it(
    client, pohon, tmp_path
):
    import subprocess

    from permohonan.models import BagianDihitamkan

    permohonan = _permohonan(pohon["semarang"])
    oleh = _petugas(pohon["ri"], PPID_UTAMA)
    nik = uji_konsekuensi(pohon["semarang"], permohonan=permohonan, nomor_keputusan="1/UK/2026")
    telepon = uji_konsekuensi(
        pohon["semarang"],
        permohonan=permohonan,
        informasi="Nomor telepon ketua KPPS",
        nomor_keputusan="2/UK/2026",
    )
    lain = uji_konsekuensi(pohon["jateng"], informasi="Honorarium", nomor_keputusan="9/UK/2026")

    def sebagian():
        return PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
            informasi_diberikan="DPT dan daftar KPPS, sebagian dihitamkan.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            pasal_17=["h"],
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        )

    with pytest.raises(TransisiDitolak, match="menguji informasi lain"):
        kirim_pemberitahuan(
            permohonan_id=permohonan.pk,
            pemberitahuan=sebagian(),
            bagian=[("Kolom NIK", nik), ("Nomor telepon KPPS", lain)],
            oleh=oleh,
        )
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=sebagian(),
        bagian=[("Kolom NIK dan NKK", nik), ("Nomor telepon ketua KPPS", telepon)],
        oleh=oleh,
    )
    assert [(b.bagian, b.uji_konsekuensi) for b in BagianDihitamkan.objects.all()] == [
        ("Kolom NIK dan NKK", nik),
        ("Nomor telepon ketua KPPS", telepon),
    ]
    from permohonan import surat

    _nama, pdf = surat.pdf("pemberitahuan", pemberitahuan.pk)
    berkas = tmp_path / "p.pdf"
    berkas.write_bytes(pdf)
    teks = subprocess.run(
        ["pdftotext", "-raw", str(berkas), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Kolom NIK dan NKK (uji konsekuensi nomor 1/UK/2026)" in teks
    assert "Nomor telepon ketua KPPS (uji konsekuensi nomor 2/UK/2026)" in teks
