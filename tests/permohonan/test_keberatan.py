"""Objections (UU 14/2008 Pasal 35–36), their windows, the Atasan PPID's decision, disputes
and the objection register."""

import csv
import datetime as dt
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from informasi.akses import ATASAN_PPID, PPID_PELAKSANA, PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from permohonan import kalender
from permohonan.akses import AksesDitolak
from permohonan.models import Keberatan, PemberitahuanTertulis, Permohonan, Riwayat
from permohonan.selectors import libur_aktif
from permohonan.services import (
    TransisiDitolak,
    ajukan_keberatan,
    jendela_keberatan,
    kirim_pemberitahuan,
    putuskan_keberatan,
    terima_permohonan,
)
from tests.factories import (
    PetugasFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db
AJUKAN = reverse("keberatan:ajukan")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", verbosity=0)


def _terima(unit, hari_lalu=0):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=hari_lalu),
    )


def _petugas(unit, peran, username=None):
    user = UserFactory(groups=[peran], **({"username": username} if username else {}))
    return PetugasFactory(unit_kerja=unit, user=user).user


def _tolak(permohonan, oleh, *, sebelum_hari=0):
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DITOLAK,
            pasal_17=["h"],
            uji_konsekuensi=uji_konsekuensi(
                permohonan.unit_kerja, permohonan=permohonan, kesimpulan="dikecualikan"
            ),
            alasan="Memuat NIK pemilih.",
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=oleh,
    )
    if sebelum_hari:
        PemberitahuanTertulis.objects.filter(pk=pemberitahuan.pk).update(
            dikirim_pada=timezone.now() - dt.timedelta(days=sebelum_hari)
        )
    return pemberitahuan


def _lacak(client, hasil):
    client.get(reverse("permohonan:lacak_tautan", args=[hasil.permohonan.nomor, hasil.token]))


def test_an_unanswered_request_can_be_objected_to_from_the_tracking_page(client, pohon, antrean):
    hasil = _terima(pohon["semarang"], hari_lalu=40)  # overdue, no notice
    antrean()
    mail.outbox.clear()
    _lacak(client, hasil)
    status = client.get(reverse("permohonan:status", args=[hasil.permohonan.nomor]))
    url = f"{AJUKAN}?nomor={hasil.permohonan.nomor}"
    assert url in status.content.decode()

    halaman = client.get(url).content.decode()
    assert "Belum — alasan ini belum terjadi" in halaman  # e.g. (a): nothing was refused
    response = client.post(
        url,
        {"alasan": ["c"], "kasus_posisi": "Sudah lewat batas waktu.", "pernyataan": "on"},
        follow=True,
    )

    keberatan = Keberatan.objects.get()
    assert keberatan.nomor == f"K-{keberatan.tanggal_terima.year}-00001"
    assert keberatan.alasan == ["c"]
    libur = libur_aktif(keberatan.tanggal_terima, keberatan.tanggal_terima + dt.timedelta(90))
    assert keberatan.jatuh_tempo == kalender.tambah_hari_kerja(keberatan.tanggal_terima, 30, libur)
    html = response.content.decode()
    assert keberatan.nomor in html and "30 hari kerja" in html
    assert Riwayat.objects.filter(peristiwa="keberatan_diajukan", untuk_pemohon=True).exists()
    antrean()
    (pesan,) = mail.outbox
    assert keberatan.nomor in pesan.subject and "paling lambat" in pesan.body


def test_a_ground_that_has_not_arisen_is_refused_with_the_reason(client, pohon):
    hasil = _terima(pohon["semarang"])  # in time, no notice yet
    _lacak(client, hasil)
    response = client.post(
        f"{AJUKAN}?nomor={hasil.permohonan.nomor}",
        {"alasan": ["a"], "kasus_posisi": "x", "pernyataan": "on"},
    )
    assert "Alasan huruf a belum terjadi" in response.content.decode()
    assert not Keberatan.objects.exists()


def test_an_objection_after_its_window_is_refused_with_the_last_day(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=90)
    pemberitahuan = _tolak(hasil.permohonan, _petugas(pohon["ri"], PPID_UTAMA), sebelum_hari=60)
    _lacak(client, hasil)
    url = f"{AJUKAN}?nomor={hasil.permohonan.nomor}"
    response = client.post(url, {"alasan": ["a"], "kasus_posisi": "x", "pernyataan": "on"})
    tanggal = timezone.localtime(
        PemberitahuanTertulis.objects.get(pk=pemberitahuan.pk).dikirim_pada
    ).date()
    batas = kalender.batas_pengajuan_keberatan(
        tanggal, libur_aktif(tanggal, tanggal + dt.timedelta(days=90))
    )
    html = response.content.decode()
    assert "sudah lewat pada" in html and kalender.format_tanggal(batas) in html
    assert not Keberatan.objects.exists()


def test_without_proof_the_number_and_email_are_asked_first(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=40)
    nomor = hasil.permohonan.nomor
    halaman = client.get(f"{AJUKAN}?nomor={nomor}").content.decode()
    assert 'name="email"' in halaman and 'name="kasus_posisi"' not in halaman
    salah = client.post(AJUKAN, {"nomor": nomor, "email": "orang@lain.id"})
    assert "tidak cocok" in salah.content.decode()
    benar = client.post(AJUKAN, {"nomor": nomor, "email": "sri.wahyuni@contoh.id"})
    assert benar.status_code == 302 and benar.url.endswith(f"?nomor={nomor}")


def test_proxy_file_is_kept_when_the_form_is_shown_again(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=40)
    _lacak(client, hasil)
    url = f"{AJUKAN}?nomor={hasil.permohonan.nomor}"
    asli = "Kuasa_LBH_Budi_Santoso.pdf"
    kuasa = SimpleUploadedFile(asli, buat_pdf("Kuasa", []), "application/pdf")
    data = {"alasan": ["c"], "melalui_kuasa": "on", "nama_kuasa": "LBH", "surat_kuasa": kuasa}
    response = client.post(url, data)  # no case, no statement ticked
    html = response.content.decode()
    assert "Berkas sudah diterima" in html and asli in html
    tanda = response.context["form"].berkas_tersimpan["surat_kuasa"][0]
    data.update(
        surat_kuasa="", surat_kuasa_tersimpan=tanda, kasus_posisi="Tidak dijawab.", pernyataan="on"
    )
    assert client.post(url, data).status_code == 302
    keberatan = Keberatan.objects.get()
    assert keberatan.nama_kuasa == "LBH"
    with keberatan.surat_kuasa.open("rb") as fh:
        assert fh.read(5) == b"%PDF-"
    # Stored under a random name, the citizen's own kept only for staff.
    assert "Budi" not in keberatan.surat_kuasa.name
    assert keberatan.nama_asli_kuasa == asli


def test_only_the_atasan_ppid_decides_and_agreement_is_not_for_refusals(pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=5)
    _tolak(hasil.permohonan, _petugas(pohon["ri"], PPID_UTAMA))
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["a"], kasus_posisi="x"),
        kanal=Permohonan.Kanal.ONLINE,
    )
    putusan = {
        "keberatan_id": keberatan.pk,
        "pertimbangan": "Dipertimbangkan.",
        "nama_atasan": "Ir. Hendra Gunawan",
        "jabatan_atasan": "Ketua KPU Kota Semarang",
    }
    for peran in (PPID_UTAMA, PPID_PELAKSANA):
        with pytest.raises(AksesDitolak, match="Hanya atasan PPID"):
            putuskan_keberatan(
                keputusan="ditolak", oleh=_petugas(pohon["semarang"], peran), **putusan
            )
    atasan = _petugas(pohon["semarang"], ATASAN_PPID)
    with pytest.raises(TransisiDitolak, match="musyawarah"):
        putuskan_keberatan(keputusan="musyawarah", oleh=atasan, **putusan)
    putuskan_keberatan(keputusan="ditolak", oleh=atasan, **putusan)
    keberatan.refresh_from_db()
    assert (keberatan.status, keberatan.keputusan) == ("selesai", "ditolak")
    with pytest.raises(TransisiDitolak):
        putuskan_keberatan(keputusan="diterima", oleh=atasan, **putusan)


def test_accepted_objection_reopens_the_request_and_the_requester_sees_it_all(
    client, pohon, antrean
):
    hasil = _terima(pohon["semarang"], hari_lalu=5)
    utama = _petugas(pohon["ri"], PPID_UTAMA)
    _tolak(hasil.permohonan, utama)
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["a"], kasus_posisi="x"),
        kanal=Permohonan.Kanal.ONLINE,
    )
    antrean()
    mail.outbox.clear()

    atasan = _petugas(pohon["semarang"], ATASAN_PPID)
    client.force_login(atasan)
    antrean_url = reverse("admin:permohonan_keberatan_changelist")
    assert keberatan.nomor in client.get(antrean_url).content.decode()
    url = reverse("admin:permohonan_keberatan_putuskan", args=[keberatan.pk])
    response = client.post(
        url,
        {
            "keputusan": "diterima",
            "pertimbangan": "NIK dapat dihitamkan; sisanya wajib diberikan.",
            "nama_atasan": "Ir. Hendra Gunawan",
            "jabatan_atasan": "Ketua KPU Kota Semarang",
        },
    )
    assert response.status_code == 302

    permohonan = Permohonan.objects.get()
    assert permohonan.status == Permohonan.Status.DIPROSES and permohonan.terbuka
    assert permohonan.jatuh_tempo_pelaksanaan > timezone.localdate()
    assert Riwayat.objects.filter(peristiwa="dibuka_kembali").exists()
    antrean()
    (pesan,) = mail.outbox
    assert keberatan.nomor in pesan.subject
    assert pesan.attachments[0][1].startswith(b"%PDF-")

    # The PPID now provides the information: a second written notice closes the request.
    kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT tanpa NIK.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=utama,
    )
    client.logout()
    _lacak(client, hasil)
    html = client.get(reverse("permohonan:status", args=[permohonan.nomor])).content.decode()
    assert html.count('id="judul-pemberitahuan-') == 2
    assert "Keberatan diterima" in html and "Komisi Informasi" in html
    keberatan.refresh_from_db()
    batas = kalender.batas_pengajuan_sengketa(
        timezone.localtime(keberatan.diputuskan_pada).date(),
        libur_aktif(timezone.localdate(), timezone.localdate() + dt.timedelta(days=60)),
    )
    assert kalender.format_tanggal(batas).split()[0] in html
    surat = client.get(reverse("keberatan:surat_tanggapan", args=[keberatan.nomor]))
    assert "TANGGAPAN ATAS KEBERATAN" in surat.content.decode()
    assert (
        Client().get(reverse("keberatan:surat_tanggapan", args=[keberatan.nomor])).status_code
        == 404
    )


def test_a_dispute_is_recorded_and_shown_to_the_requester(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=5)
    _tolak(hasil.permohonan, _petugas(pohon["ri"], PPID_UTAMA))
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["a"], kasus_posisi="x"),
        kanal=Permohonan.Kanal.ONLINE,
    )
    atasan = _petugas(pohon["semarang"], ATASAN_PPID)
    putuskan_keberatan(
        keberatan_id=keberatan.pk,
        keputusan="ditolak",
        pertimbangan="Putusan PPID dikuatkan.",
        nama_atasan="Ir. Hendra Gunawan",
        jabatan_atasan="Ketua KPU Kota Semarang",
        oleh=atasan,
    )
    client.force_login(atasan)
    url = reverse("admin:permohonan_keberatan_change", args=[keberatan.pk])
    halaman = client.get(url).content.decode()
    assert "a. Permohonan ditolak" in halaman and "Surat tanggapan" in halaman
    response = client.post(
        url,
        {
            "tanggapan_pemohon": "Pemohon mengajukan sengketa.",
            "sengketa-TOTAL_FORMS": "1",
            "sengketa-INITIAL_FORMS": "0",
            "sengketa-0-komisi": "Komisi Informasi Provinsi Jawa Tengah",
            "sengketa-0-tanggal_diajukan": "2026-11-20",
            "sengketa-0-nomor_register": "021/XI/KIP-JTG-PS/2026",
            "sengketa-0-tahap": "mediasi",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Riwayat.objects.filter(peristiwa="sengketa", untuk_pemohon=True).exists()
    client.logout()
    _lacak(client, hasil)
    html = client.get(reverse("permohonan:status", args=[hasil.permohonan.nomor])).content.decode()
    assert "021/XI/KIP-JTG-PS/2026" in html and "Mediasi" in html


def test_objection_register_csv_is_scoped_to_the_units_of_the_atasan(client, pohon):
    for unit in ("semarang", "dki"):
        hasil = _terima(pohon[unit], hari_lalu=40)
        ajukan_keberatan(
            keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["c"], kasus_posisi="x"),
            kanal=Permohonan.Kanal.ONLINE,
        )
    client.force_login(_petugas(pohon["jateng"], ATASAN_PPID))
    response = client.get(reverse("admin:permohonan_keberatan_csv"))
    teks = b"".join(response.streaming_content).decode("utf-8-sig")
    baris = list(csv.reader(io.StringIO(teks)))
    assert baris[0][:3] == ["Nomor keberatan", "Tanggal diterima", "Pemohon"]
    assert len(baris) == 2  # the header and Semarang's objection; DKI's is not theirs
    assert baris[1][7] == "c"
    dki = Keberatan.objects.get(permohonan__unit_kerja=pohon["dki"])
    assert (
        client.get(reverse("admin:permohonan_keberatan_change", args=[dki.pk])).status_code == 302
    )


def test_objection_queue_query_count_is_fixed(
    client, pohon, django_assert_max_num_queries, tanpa_cache_halaman
):
    for _ in range(3):
        hasil = _terima(pohon["semarang"], hari_lalu=40)
        ajukan_keberatan(
            keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["c"], kasus_posisi="x"),
            kanal=Permohonan.Kanal.ONLINE,
        )
    client.force_login(_petugas(pohon["ri"], ATASAN_PPID))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:permohonan_keberatan_changelist"))
    assert response.status_code == 200


def test_staff_record_an_objection_that_arrived_by_letter_with_its_real_date(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=40)  # overdue: ground (c)
    dki = _terima(pohon["dki"], hari_lalu=40)
    petugas = _petugas(pohon["semarang"], PPID_PELAKSANA)
    client.force_login(petugas)
    url = reverse("admin:permohonan_keberatan_catat")
    tiba = timezone.localtime() - dt.timedelta(days=1)
    data = {
        "nomor_permohonan": dki.permohonan.nomor,
        "kanal": "surat",
        "diterima_pada": tiba.strftime("%Y-%m-%dT%H:%M"),
        "alasan": ["c"],
        "kasus_posisi": "Surat keberatan diantar ke kantor.",
    }
    assert (
        "Tidak ada permohonan bernomor itu di unit Anda" in client.post(url, data).content.decode()
    )
    data["nomor_permohonan"] = hasil.permohonan.nomor.lower()
    response = client.post(url, data)
    assert response.status_code == 302
    keberatan = Keberatan.objects.get()
    assert (keberatan.kanal, keberatan.diterima_pada) == (
        "surat",
        tiba.replace(second=0, microsecond=0),
    )
    libur = libur_aktif(tiba.date(), tiba.date() + dt.timedelta(days=90))
    assert keberatan.jatuh_tempo == kalender.jatuh_tempo_tanggapan_keberatan(tiba.date(), libur)
    assert Riwayat.objects.get(peristiwa="keberatan_diajukan").pelaku == petugas


def test_a_late_notice_gets_windows_counted_with_next_years_holidays(pohon):
    """Notice sent on 1 Dec 2026 for a request due 17 Jun 2026: 30 working days skip the
    cuti bersama of 24 Dec, Christmas, New Year and Isra Mikraj (5 Jan 2027) — last day
    18 Jan 2027, so an objection on 14 Jan 2027 is in time."""
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    permohonan = _terima(pohon["semarang"]).permohonan
    Permohonan.objects.filter(pk=permohonan.pk).update(jatuh_tempo=dt.date(2026, 6, 17))
    staf = _petugas(pohon["semarang"], PPID_PELAKSANA)
    kirim_pemberitahuan(
        permohonan_id=permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus",
            jabatan_penandatangan="Sekretaris",
        ),
        oleh=staf,
    )
    wib = dt.timezone(dt.timedelta(hours=7))
    PemberitahuanTertulis.objects.filter(permohonan=permohonan).update(
        dikirim_pada=dt.datetime(2026, 12, 1, 10, tzinfo=wib)
    )
    permohonan.refresh_from_db()
    jendela = jendela_keberatan(permohonan)
    assert jendela["d"].timbul == dt.date(2026, 12, 1)
    assert jendela["d"].batas == dt.date(2027, 1, 18)
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=permohonan, alasan=["d"], kasus_posisi="Tidak sesuai."),
        kanal=Permohonan.Kanal.SURAT,
        diterima_pada=dt.datetime(2027, 1, 14, 9, tzinfo=wib),
        oleh=staf,
    )
    assert keberatan.nomor.startswith("K-2027-")


def _keberatan_tak_dijawab(pohon):
    """An objection to a request never answered, whose own 30 working days have lapsed."""
    hasil = _terima(pohon["semarang"], hari_lalu=90)
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["c"], kasus_posisi="Diam."),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=60),
    )
    assert keberatan.jatuh_tempo < timezone.localdate()
    return hasil, keberatan


def test_a_dispute_on_an_objection_never_answered_is_refused_then_recorded(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=30)
    baru = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["c"], kasus_posisi="Diam."),
        kanal=Permohonan.Kanal.ONLINE,
    )
    atasan = _petugas(pohon["semarang"], ATASAN_PPID)
    client.force_login(atasan)
    data = {
        "tanggapan_pemohon": "",
        "sengketa-TOTAL_FORMS": "1",
        "sengketa-INITIAL_FORMS": "0",
        "sengketa-0-komisi": "Komisi Informasi Provinsi Jawa Tengah",
        "sengketa-0-tanggal_diajukan": timezone.localdate().isoformat(),
        "sengketa-0-tahap": "registrasi",
    }
    # Still within its answer period: nothing to dispute yet — a message, not a 500.
    url = reverse("admin:permohonan_keberatan_change", args=[baru.pk])
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Sengketa dicatat setelah atasan PPID menanggapi keberatan" in response.content.decode()

    _hasil, lama = _keberatan_tak_dijawab(pohon)
    url = reverse("admin:permohonan_keberatan_change", args=[lama.pk])
    assert client.post(url, data).status_code == 302
    assert lama.sengketa.get().komisi == "Komisi Informasi Provinsi Jawa Tengah"


def test_the_requester_sees_the_dispute_window_of_an_unanswered_objection(client, pohon):
    hasil, keberatan = _keberatan_tak_dijawab(pohon)
    _lacak(client, hasil)
    html = client.get(reverse("permohonan:status", args=[hasil.permohonan.nomor])).content
    libur = libur_aktif(keberatan.jatuh_tempo)
    sampai = kalender.batas_pengajuan_sengketa(keberatan.jatuh_tempo, libur)
    assert "Batas waktu tanggapan sudah lewat tanpa tanggapan" in html.decode()
    assert date_format(sampai, "l, j F Y") in html.decode()


def test_the_dispute_window_runs_from_the_day_the_answer_was_received(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=5)
    _tolak(hasil.permohonan, _petugas(pohon["ri"], PPID_UTAMA))
    keberatan = ajukan_keberatan(
        keberatan=Keberatan(permohonan=hasil.permohonan, alasan=["a"], kasus_posisi="x"),
        kanal=Permohonan.Kanal.ONLINE,
    )
    keberatan = putuskan_keberatan(
        keberatan_id=keberatan.pk,
        keputusan="ditolak",
        pertimbangan="Dikuatkan.",
        nama_atasan="Ir. Hendra Gunawan",
        jabatan_atasan="Ketua",
        oleh=_petugas(pohon["semarang"], ATASAN_PPID),
    )
    # By e-mail: received the day it was sent.
    assert keberatan.tanggapan_disampaikan_melalui == "email"
    assert keberatan.tanggapan_diterima_pada == timezone.localdate()
    # By post, received a week later: the 14 working days count from then (Pasal 37 ayat 2).
    diterima = timezone.localdate() + dt.timedelta(days=7)
    Keberatan.objects.filter(pk=keberatan.pk).update(
        tanggapan_disampaikan_melalui="pos", tanggapan_diterima_pada=diterima
    )
    _lacak(client, hasil)
    html = client.get(reverse("permohonan:status", args=[hasil.permohonan.nomor])).content
    sampai = kalender.batas_pengajuan_sengketa(diterima, libur_aktif(diterima))
    assert date_format(sampai, "l, j F Y") in html.decode()


def test_an_impossible_date_is_a_message_on_the_form_not_a_500(client, pohon):
    hasil = _terima(pohon["semarang"], hari_lalu=5)
    _lacak(client, hasil)
    url = AJUKAN + f"?nomor={hasil.permohonan.nomor}"
    for tanggal, pesan in (
        ("9999-12-31", "Tanggal ini belum terjadi"),
        ("0001-01-01", "tahunnya"),
    ):
        response = client.post(
            url,
            {
                "alasan": ["b"],
                "tanggal_diketahui": tanggal,
                "kasus_posisi": "Informasi berkala tidak diumumkan.",
                "pernyataan": "on",
            },
        )
        assert response.status_code == 200
        assert pesan in response.content.decode()
    assert not Keberatan.objects.exists()
