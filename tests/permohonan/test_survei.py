"""The satisfaction survey (IKM, PermenPAN-RB 14/2017; DOMAIN.md §10) and the public
consultation forum: who may answer, when, once; the index computed by hand; the one-query
selector; nothing a person wrote is public until staff publish their rewritten text."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from informasi.akses import ATASAN_PPID, PPID_PELAKSANA, PPID_UTAMA
from permohonan import selectors_ikm
from permohonan.models import (
    FIELD_UNSUR,
    MasukanKonsultasi,
    PemberitahuanTertulis,
    Permohonan,
    Survei,
    TopikKonsultasi,
)
from permohonan.services import (
    SurveiSudahDiisi,
    TransisiDitolak,
    isi_survei,
    kirim_masukan,
    kirim_pemberitahuan,
    terima_permohonan,
)
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
INDEKS = reverse("survei:indeks")
KONSULTASI = reverse("survei:konsultasi")
UNDANGAN = "Isi survei kepuasan"


@pytest.fixture(autouse=True)
def hari_libur(db):
    call_command("perbarui_hari_libur", verbosity=0)


def _terima(unit, **kwargs):
    return terima_permohonan(
        pemohon=pemohon_baru(**kwargs),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now(),
    )


def _selesaikan(permohonan):
    return kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT per kecamatan.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )


def _ikuti(client, diterima):
    nomor = diterima.permohonan.nomor
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    return nomor


def _jawaban(*nilai, saran=""):
    return {**{f: str(v) for f, v in zip(FIELD_UNSUR, nilai, strict=True)}, "saran": saran}


SEMUA_3 = (3,) * 9


# --- The invitation -------------------------------------------------------------------


def test_the_status_page_invites_to_the_survey_only_once_the_notice_is_sent(client, pohon):
    diterima = _terima(pohon["semarang"])
    nomor = _ikuti(client, diterima)
    status = reverse("permohonan:status", args=[nomor])
    url = reverse("survei:isi", args=[nomor])
    html = client.get(status).content.decode()
    assert UNDANGAN not in html and url not in html
    _selesaikan(diterima.permohonan)
    html = client.get(status).content.decode()
    assert UNDANGAN in html and f'href="{url}"' in html
    client.post(url, _jawaban(*SEMUA_3))
    html = client.get(status).content.decode()
    assert UNDANGAN not in html
    assert "sudah mengisi survei kepuasan" in html


def test_only_the_notice_email_invites_to_the_survey(pohon, antrean, settings):
    settings.PORTAL_URL = "https://ppid.contoh.go.id"
    diterima = _terima(pohon["semarang"])
    antrean()
    (diterima_surel,) = mail.outbox
    assert "/survei/" not in diterima_surel.body
    mail.outbox.clear()
    _selesaikan(diterima.permohonan)
    antrean()
    (pesan,) = mail.outbox
    url = "https://ppid.contoh.go.id" + reverse("survei:isi", args=[diterima.permohonan.nomor])
    assert url in pesan.body
    assert "survei kepuasan" in pesan.body


# --- Who, when, once ------------------------------------------------------------------


def test_without_the_requests_proof_the_survey_is_a_404(client, pohon):
    diterima = _terima(pohon["semarang"])
    _selesaikan(diterima.permohonan)
    url = reverse("survei:isi", args=[diterima.permohonan.nomor])
    orang_lain = Client()
    response = orang_lain.get(url)
    assert response.status_code == 404
    assert "Survei tidak dapat dibuka" in response.content.decode()
    assert orang_lain.post(url, _jawaban(*SEMUA_3)).status_code == 404
    # A number that does not exist gets the same answer.
    assert orang_lain.get(reverse("survei:isi", args=["P-2026-99999"])).status_code == 404
    assert not Survei.objects.exists()


def test_before_the_notice_the_survey_says_when_it_opens(client, pohon):
    diterima = _terima(pohon["semarang"])
    nomor = _ikuti(client, diterima)
    url = reverse("survei:isi", args=[nomor])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Survei dibuka setelah pemberitahuan tertulis" in html
    assert 'name="waktu"' not in html
    client.post(url, _jawaban(*SEMUA_3))
    assert not Survei.objects.exists()
    with pytest.raises(TransisiDitolak):
        isi_survei(permohonan_id=diterima.permohonan.pk, jawaban=dict.fromkeys(FIELD_UNSUR, 3))


def test_one_survey_per_request(client, pohon):
    diterima = _terima(pohon["semarang"])
    _selesaikan(diterima.permohonan)
    nomor = _ikuti(client, diterima)
    url = reverse("survei:isi", args=[nomor])
    response = client.post(url, _jawaban(4, 4, 4, 4, 4, 4, 4, 4, 4, saran="Ruang tunggu sempit."))
    assert response.status_code == 302 and response["Location"] == url
    html = client.get(url).content.decode()
    assert "sudah diisi, terima kasih" in html
    assert 'name="waktu"' not in html
    client.post(url, _jawaban(1, 1, 1, 1, 1, 1, 1, 1, 1))
    (survei,) = Survei.objects.all()
    assert [getattr(survei, f) for f in FIELD_UNSUR] == [4] * 9
    assert survei.saran == "Ruang tunggu sempit." and not survei.saran_ditampilkan
    with pytest.raises(SurveiSudahDiisi):
        isi_survei(permohonan_id=diterima.permohonan.pk, jawaban=dict.fromkeys(FIELD_UNSUR, 2))
    # The database itself refuses a second row.
    with pytest.raises(IntegrityError), transaction.atomic():
        Survei.objects.create(permohonan=diterima.permohonan, **dict.fromkeys(FIELD_UNSUR, 2))


def test_validation_errors_are_indonesian_and_keep_what_was_ticked(client, pohon):
    diterima = _terima(pohon["semarang"])
    _selesaikan(diterima.permohonan)
    url = reverse("survei:isi", args=[_ikuti(client, diterima)])
    data = _jawaban(*SEMUA_3, saran="x" * 1001)
    data["waktu"] = "4"
    del data["sarana"]
    data["biaya"] = "5"  # not one of the four answers
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Periksa kembali isian berikut" in html
    assert "Pilih salah satu jawaban." in html  # sarana
    assert "Pilih salah satu dari empat jawaban." in html  # biaya
    assert "Saran paling banyak 1000 karakter (kini 1001)." in html
    assert re.search(r'<input[^>]*name="waktu"[^>]*value="4"[^>]*checked', html)
    assert re.search(r'<input[^>]*name="persyaratan"[^>]*value="3"[^>]*checked', html)
    assert "x" * 1001 in html  # the suggestion typed is still there
    # Each element is a radio group in a fieldset with its legend, the official answers.
    assert html.count("<fieldset") >= 9
    assert re.search(r"<legend[^>]*>3\. Waktu penyelesaian</legend>", html)
    for jawaban in ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"):
        assert re.search(rf'name="waktu"[^>]*>\s*{jawaban}</label>', html), jawaban
    assert not Survei.objects.exists()


def test_hostile_survey_input_is_refused_without_a_500(client, pohon):
    diterima = _terima(pohon["semarang"])
    _selesaikan(diterima.permohonan)
    url = reverse("survei:isi", args=[_ikuti(client, diterima)])
    for nilai in ("\x00", "0", "-1", "99999999999999999999", "3.5", "", "<b>4</b>"):
        response = client.post(url, {**_jawaban(*SEMUA_3), "waktu": nilai})
        assert response.status_code == 200, nilai
    response = client.post(url, {**_jawaban(*SEMUA_3), "saran": "a\x00b"})
    assert response.status_code == 200
    assert not Survei.objects.exists()
    response = client.post(url, {**_jawaban(*SEMUA_3), "waktu": ["3", "4"], "saran": "<b>"})
    assert response.status_code == 302
    assert Survei.objects.get().waktu == 4


def test_the_survey_is_rate_limited_per_address(client, pohon, settings):
    settings.SURVEI_BATAS_IP_PER_JAM = 0
    diterima = _terima(pohon["semarang"])
    _selesaikan(diterima.permohonan)
    url = reverse("survei:isi", args=[_ikuti(client, diterima)])
    response = client.post(url, _jawaban(*SEMUA_3, saran="Tetap di sini."))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Terlalu banyak survei dikirim dari alamat ini" in html
    assert "Tetap di sini." in html
    assert not Survei.objects.exists()


# --- The index ------------------------------------------------------------------------

# A worked example, computed by hand (PermenPAN-RB 14/2017 Lampiran Bab IV):
#                 syarat prosedur waktu biaya produk kompet. perilaku aduan sarana
RESPONDEN = [
    (4, 4, 3, 4, 3, 3, 4, 2, 3),
    (3, 3, 3, 4, 3, 4, 4, 3, 3),
    (4, 3, 2, 4, 4, 3, 4, 3, 4),
    (3, 4, 3, 4, 3, 3, 3, 2, 3),
]
# Sums 14 14 11 16 13 13 15 10 13 over 4 respondents:
RERATA = ["3.50", "3.50", "2.75", "4.00", "3.25", "3.25", "3.75", "2.50", "3.25"]
# Σ means = 29.75; × 1/9 = 3.30555… → 3.3056; × 25 = 82.6388… → 82.64 → B (baik).


def test_the_ikm_formula_against_a_worked_example():
    jumlah = {f: sum(r[i] for r in RESPONDEN) for i, f in enumerate(FIELD_UNSUR)}
    hasil = selectors_ikm.hitung_ikm(jumlah, len(RESPONDEN))
    assert [str(u.rerata) for u in hasil.unsur] == RERATA
    assert hasil.nilai_interval == Decimal("3.3056")
    assert hasil.nilai == Decimal("82.64")
    assert (hasil.mutu, hasil.mutu_label) == ("B", "Baik")
    assert hasil.responden == 4
    # Everything at 4 is exactly 100 (the exact weight 1/9, not the rounded 0.111).
    semua_4 = selectors_ikm.hitung_ikm(dict.fromkeys(FIELD_UNSUR, 40), 10)
    assert (semua_4.nilai, semua_4.nilai_interval, semua_4.mutu) == (Decimal("100.00"), 4, "A")
    semua_1 = selectors_ikm.hitung_ikm(dict.fromkeys(FIELD_UNSUR, 7), 7)
    assert (semua_1.nilai, semua_1.mutu) == (Decimal("25.00"), "D")
    kosong = selectors_ikm.hitung_ikm(dict.fromkeys(FIELD_UNSUR, 0), 0)
    assert kosong.nilai is None and kosong.mutu is None and kosong.responden == 0


@pytest.mark.parametrize(
    ("nilai", "kode", "label"),
    [
        ("100", "A", "Sangat baik"),
        ("88.31", "A", "Sangat baik"),
        ("88.305", "A", "Sangat baik"),  # rounds to 88.31
        ("88.30", "B", "Baik"),
        ("88.304", "B", "Baik"),
        ("76.61", "B", "Baik"),
        ("76.60", "C", "Kurang baik"),
        ("65.00", "C", "Kurang baik"),
        ("64.99", "D", "Tidak baik"),
        ("25.00", "D", "Tidak baik"),
    ],
)
def test_the_quality_grade_bands_and_their_edges(nilai, kode, label):
    assert selectors_ikm.mutu(Decimal(nilai)) == (kode, label)


def _survei_di(unit, nilai, *, diisi_pada=None):
    """A finished request of `unit` answered with `nilai` (the nine scores)."""
    p = _terima(unit).permohonan
    Permohonan.objects.filter(pk=p.pk).update(
        status=Permohonan.Status.SELESAI, dijawab_pertama_pada=timezone.now()
    )
    return Survei.objects.create(
        permohonan=p,
        diisi_pada=diisi_pada or timezone.now(),
        **dict(zip(FIELD_UNSUR, nilai, strict=True)),
    )


def test_the_ikm_selector_per_unit_with_sub_units_and_year(pohon):
    for nilai in RESPONDEN:
        _survei_di(pohon["semarang"], nilai)
    _survei_di(pohon["dki"], (1,) * 9)
    tahun = timezone.localdate().year
    _survei_di(pohon["semarang"], (1,) * 9, diisi_pada=timezone.now() - dt.timedelta(days=800))
    jateng = selectors_ikm.ikm(tahun, pohon["jateng"])  # Semarang is below Jateng
    assert jateng.responden == 4
    assert [str(u.rerata) for u in jateng.unsur] == RERATA
    assert (jateng.nilai, jateng.mutu) == (Decimal("82.64"), "B")
    assert selectors_ikm.ikm(tahun, pohon["dki"]).nilai == Decimal("25.00")
    assert selectors_ikm.ikm(tahun).responden == 5  # the whole body, this year only
    assert selectors_ikm.ikm(tahun - 5).responden == 0


def test_the_ikm_selector_is_one_query_whatever_the_number_of_respondents(pohon):
    tahun = timezone.localdate().year
    jumlah = []
    for banyak in (3, 30):
        while Survei.objects.count() < banyak:
            _survei_di(pohon["semarang"], RESPONDEN[Survei.objects.count() % 4])
        with CaptureQueriesContext(connection) as semua:
            selectors_ikm.ikm(tahun, pohon["ri"])
        jumlah.append(len(semua))
    assert jumlah == [1, 1]


def test_the_survey_index_shows_the_ikm_and_the_unit_selector(client, pohon):
    for nilai in RESPONDEN:
        _survei_di(pohon["semarang"], nilai)
    html = client.get(INDEKS).content.decode()
    assert "82,64" in html or "82.64" in html
    assert "Baik" in html and "Jumlah responden" in html
    assert '<option value="kpu-semarang"' in html
    html = client.get(INDEKS, {"unit": "kpu-dki"}).content.decode()
    assert "IKM KPU DKI" in html and "Belum ada responden untuk periode ini." in html
    # Bad parameters fall back to the defaults.
    for query in ({"unit": "\x00"}, {"tahun": "99999"}, {"tahun": "abc", "unit": "x" * 500}):
        response = client.get(INDEKS, query)
        assert response.status_code == 200
        assert "82,64" in response.content.decode() or "82.64" in response.content.decode()


def test_the_survey_index_query_count_is_fixed(
    client, pohon, django_assert_max_num_queries, tanpa_cache_halaman
):
    for nilai in RESPONDEN * 3:
        s = _survei_di(pohon["semarang"], nilai)
        Survei.objects.filter(pk=s.pk).update(saran_terbit="Teks.", saran_ditampilkan=True)
    with django_assert_max_num_queries(8):
        assert client.get(INDEKS, {"unit": "kpu-jateng"}).status_code == 200


# --- Suggestions: staff only until published ------------------------------------------


def _pelaksana(unit, peran=PPID_PELAKSANA):
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def test_suggestions_are_public_only_as_the_text_staff_published(client, pohon):
    asli = "Petugas Budi (0812-3456-7890) lambat membalas; saya Sri, NIK 3374015708900002."
    s = _survei_di(pohon["semarang"], SEMUA_3)
    Survei.objects.filter(pk=s.pk).update(saran=asli)
    assert "Budi" not in client.get(INDEKS).content.decode()

    staf = Client()
    ubah = reverse("admin:permohonan_survei_change", args=[s.pk])
    # Another unit's PPID does not see it; the Atasan reads it but may not publish.
    staf.force_login(_pelaksana(pohon["dki"]))
    response = staf.get(ubah, follow=True)
    assert response.redirect_chain == [(reverse("admin:index"), 302)]
    assert "Budi" not in response.content.decode()
    staf.force_login(_pelaksana(pohon["semarang"], ATASAN_PPID))
    assert asli in staf.get(ubah).content.decode()
    staf.post(ubah, {"saran_terbit": "Balasan petugas lambat.", "saran_ditampilkan": "on"})
    assert not Survei.objects.get(pk=s.pk).saran_ditampilkan

    staf.force_login(_pelaksana(pohon["semarang"]))
    # Publishing needs a rewritten text; the raw one is never a field of the form.
    response = staf.post(ubah, {"saran_terbit": "", "saran_ditampilkan": "on", "saran": "x"})
    assert response.status_code == 200
    assert "Tulis dulu teks yang akan ditampilkan" in response.content.decode()
    assert not Survei.objects.get(pk=s.pk).saran_ditampilkan
    response = staf.post(
        ubah, {"saran_terbit": "Balasan petugas lambat.", "saran_ditampilkan": "on", "saran": "x"}
    )
    assert response.status_code == 302
    s.refresh_from_db()
    assert s.saran == asli and s.saran_ditampilkan

    html = client.get(INDEKS).content.decode()
    assert "Balasan petugas lambat." in html
    assert "Budi" not in html and "3374015708900002" not in html
    assert s.permohonan.nomor not in html
    # The answers list: the unit's own only.
    daftar = staf.get(reverse("admin:permohonan_survei_changelist")).content.decode()
    assert s.permohonan.nomor in daftar


def test_the_database_refuses_a_published_suggestion_without_text(pohon):
    s = _survei_di(pohon["semarang"], SEMUA_3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Survei.objects.filter(pk=s.pk).update(saran="Asli.", saran_ditampilkan=True)


# --- Public consultation --------------------------------------------------------------


def _topik(unit, *, dibuka, ditutup, **kwargs):
    return TopikKonsultasi.objects.create(
        judul=kwargs.pop("judul", "Jam layanan meja informasi"),
        uraian="Apakah jam layanan 08.00–16.00 sudah sesuai?",
        unit_kerja=unit,
        dibuka=dibuka,
        ditutup=ditutup,
        **kwargs,
    )


def test_an_open_topic_takes_feedback_that_only_staff_read(client, pohon):
    hari_ini = timezone.localdate()
    topik = _topik(pohon["semarang"], dibuka=hari_ini, ditutup=hari_ini)
    assert "Jam layanan meja informasi" in client.get(KONSULTASI).content.decode()
    url = reverse("survei:konsultasi_topik", args=[topik.pk])
    response = client.post(url, {"nama": "Andi Saputra", "isi": "Buka juga Sabtu pagi."})
    assert response.status_code == 302
    (masukan,) = MasukanKonsultasi.objects.all()
    assert (masukan.nama, masukan.isi, masukan.ditampilkan) == (
        "Andi Saputra",
        "Buka juga Sabtu pagi.",
        False,
    )
    html = client.get(url).content.decode()
    assert "Sabtu pagi" not in html and "Andi" not in html

    staf = Client()
    staf.force_login(_pelaksana(pohon["semarang"]))
    ubah = reverse("admin:permohonan_masukankonsultasi_change", args=[masukan.pk])
    staf.post(ubah, {"isi_terbit": "Usul: layanan Sabtu pagi.", "ditampilkan": "on"})
    html = client.get(url).content.decode()
    assert "Usul: layanan Sabtu pagi." in html and "Andi" not in html
    staf.force_login(_pelaksana(pohon["dki"]))
    response = staf.get(ubah, follow=True)
    assert response.redirect_chain == [(reverse("admin:index"), 302)]
    assert "Sabtu" not in response.content.decode()


def test_feedback_validation_and_limits(client, pohon, settings):
    hari_ini = timezone.localdate()
    topik = _topik(pohon["semarang"], dibuka=hari_ini, ditutup=hari_ini)
    url = reverse("survei:konsultasi_topik", args=[topik.pk])
    html = client.post(url, {"nama": "x" * 101, "isi": "   "}).content.decode()
    assert "Tuliskan masukan Anda." in html and "Nama paling banyak 100 karakter." in html
    html = client.post(url, {"isi": "y" * 2001}).content.decode()
    assert "Masukan paling banyak 2000 karakter (kini 2001)." in html and "y" * 2001 in html
    settings.KONSULTASI_BATAS_IP_PER_JAM = 0
    html = client.post(url, {"isi": "Sah."}).content.decode()
    assert "Terlalu banyak masukan dikirim dari alamat ini" in html and "Sah." in html
    assert not MasukanKonsultasi.objects.exists()


def test_a_closed_topic_refuses_feedback_and_a_future_one_is_not_there(client, pohon):
    hari_ini = timezone.localdate()
    tutup = _topik(
        pohon["semarang"],
        dibuka=hari_ini - dt.timedelta(days=30),
        ditutup=hari_ini - dt.timedelta(days=1),
        ringkasan_terbit="Peserta meminta layanan daring.",
    )
    url = reverse("survei:konsultasi_topik", args=[tutup.pk])
    response = client.post(url, {"isi": "Terlambat sehari."})
    assert response.status_code == 200
    html = response.content.decode()
    assert "sudah ditutup; masukan baru tidak diterima lagi" in html
    assert "Terlambat sehari." in html  # what was typed is shown back
    assert 'id="form-masukan"' not in html
    assert "Peserta meminta layanan daring." in html
    assert not MasukanKonsultasi.objects.exists()
    with pytest.raises(TransisiDitolak):
        kirim_masukan(topik_id=tutup.pk, isi="Lewat layanan.")
    daftar = client.get(KONSULTASI).content.decode()
    assert "Hasil konsultasi sebelumnya" in daftar

    nanti = _topik(
        pohon["semarang"],
        dibuka=hari_ini + dt.timedelta(days=3),
        ditutup=hari_ini + dt.timedelta(days=9),
        judul="Topik belum dibuka",
    )
    assert client.get(reverse("survei:konsultasi_topik", args=[nanti.pk])).status_code == 404
    assert (
        client.post(reverse("survei:konsultasi_topik", args=[nanti.pk]), {"isi": "a"}).status_code
        == 404
    )
    assert "Topik belum dibuka" not in client.get(KONSULTASI).content.decode()


def test_staff_open_topics_only_for_their_units(pohon):
    staf = Client()
    staf.force_login(_pelaksana(pohon["semarang"]))
    tambah = reverse("admin:permohonan_topikkonsultasi_add")
    html = staf.get(tambah).content.decode()
    assert "KPU Kota Semarang" in html and "KPU DKI" not in html
    hari_ini = timezone.localdate().isoformat()
    data = {
        "judul": "Formulir permohonan",
        "uraian": "Apakah formulir mudah diisi?",
        "dibuka": hari_ini,
        "ditutup": hari_ini,
        "masukan-TOTAL_FORMS": "0",
        "masukan-INITIAL_FORMS": "0",
    }
    assert staf.post(tambah, {**data, "unit_kerja": pohon["dki"].pk}).status_code == 200
    assert not TopikKonsultasi.objects.exists()
    assert staf.post(tambah, {**data, "unit_kerja": pohon["semarang"].pk}).status_code == 302
    assert TopikKonsultasi.objects.get().unit_kerja == pohon["semarang"]


def test_the_statistics_page_and_its_open_data_carry_the_ikm(client, pohon):
    import json

    for nilai in RESPONDEN:
        _survei_di(pohon["semarang"], nilai)
    tahun = str(timezone.localdate().year)
    html = client.get(reverse("statistik:statistik"), {"tahun": tahun}).content.decode()
    assert "Indeks Kepuasan Masyarakat" in html
    assert "82,64" in html or "82.64" in html
    data = json.loads(client.get(reverse("statistik:data_json"), {"tahun": tahun}).content)
    assert data["ikm"]["responden"] == 4
    assert (data["ikm"]["nilai"], data["ikm"]["mutu"]) == (82.64, "B")
    assert data["ikm"]["unsur"][FIELD_UNSUR[0]]["rerata"] == 3.5
    # Another unit's page shows its own (none).
    data = json.loads(
        client.get(reverse("statistik:data_json"), {"tahun": tahun, "unit": "kpu-dki"}).content
    )
    assert data["ikm"]["responden"] == 0 and data["ikm"]["nilai"] is None


def test_the_survey_and_consultation_pages_cost_the_same_queries_with_10x_the_data(client, pohon):
    hari_ini = timezone.localdate()

    def kueri(url, params=None):
        client.get(url, params)  # warm: site profile, holiday years
        with CaptureQueriesContext(connection) as semua:
            assert client.get(url, params).status_code == 200
        return len(semua)

    def isi(banyak):
        while Survei.objects.count() < banyak:
            s = _survei_di(pohon["semarang"], RESPONDEN[Survei.objects.count() % 4])
            Survei.objects.filter(pk=s.pk).update(
                saran_ditampilkan=True, saran_terbit="Ruang tunggu perlu kursi."
            )
        while TopikKonsultasi.objects.count() < banyak:
            _topik(pohon["semarang"], dibuka=hari_ini, ditutup=hari_ini)

    halaman = [(INDEKS, None), (INDEKS, {"unit": "kpu-semarang"}), (KONSULTASI, None)]
    isi(3)
    sedikit = [kueri(url, params) for url, params in halaman]
    isi(30)
    assert [kueri(url, params) for url, params in halaman] == sedikit
