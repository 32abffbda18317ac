"""Who may do what (permohonan.akses): every role × every action × own unit / other unit,
first through the access functions, then as HTTP requests to every custom admin page."""

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from permohonan import akses
from permohonan.models import (
    FIELD_UNSUR,
    Keberatan,
    LaporanTahunan,
    MasukanKonsultasi,
    Permohonan,
    Riwayat,
    Survei,
    TopikKonsultasi,
)
from permohonan.services import terima_permohonan
from tests.factories import (
    PetugasFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db

SUPERUSER = "superuser"
P, K, U, L = akses.PERMOHONAN, akses.KEBERATAN, akses.UJI, akses.LAPORAN
S, KS = akses.SURVEI, akses.KONSULTASI
_LAPORAN_PPID = {(L, a) for a in ("lihat", "tambah", "ubah", "terbitkan")}

_PERMOHONAN_PPID = {
    (P, a)
    for a in (
        "lihat",
        "catat",
        "ubah",
        "tugaskan",
        "perpanjang",
        "cabut",
        "catatan",
        "pemberitahuan",
        "surat",
        "identitas",
    )
}
# The satisfaction survey and the public consultation: any PPID of the unit publishes.
_SURVEI_PPID = {(S, "lihat"), (S, "terbitkan")} | {
    (KS, a) for a in ("lihat", "tambah", "ubah", "terbitkan")
}
# What each role may do, written out by hand (not read from akses.IZIN, so a change to the
# table that nobody meant shows up here).
DIIZINKAN = {
    PPID_UTAMA: _PERMOHONAN_PPID
    | {(U, a) for a in ("lihat", "tambah", "ubah", "hapus", "tetapkan", "cabut")}
    | {(K, a) for a in ("lihat", "catat", "kuasa", "register", "sengketa")}
    | _SURVEI_PPID
    | _LAPORAN_PPID,
    PPID_PELAKSANA: _PERMOHONAN_PPID
    | {(U, a) for a in ("lihat", "tambah", "ubah", "hapus")}
    | {(K, a) for a in ("lihat", "catat", "kuasa", "register")}
    | _SURVEI_PPID
    | _LAPORAN_PPID,
    ATASAN_PPID: {(P, "lihat"), (P, "surat"), (S, "lihat"), (KS, "lihat")}
    | {
        (K, a)
        for a in (
            "lihat",
            "catat",
            "ubah",
            "proses",
            "putuskan",
            "cabut",
            "kuasa",
            "register",
            "sengketa",
        )
    },
    EDITOR_BERITA: set(),
}
PERAN = [PPID_UTAMA, PPID_PELAKSANA, ATASAN_PPID, EDITOR_BERITA, SUPERUSER]
AKSI = sorted(k for k in akses.IZIN if k[0] in (P, K, U, L, S, KS))


def _staf(pohon, peran):
    if peran == SUPERUSER:
        return UserFactory(is_superuser=True)
    unit = pohon["ri"] if peran == PPID_UTAMA else pohon["semarang"]
    return PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user


def _permohonan(unit):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(
            unit, surat_kuasa=ContentFile(buat_pdf("Kuasa", []), name="kuasa.pdf")
        ),
        kanal=Permohonan.Kanal.ONLINE,
    ).permohonan


def _keberatan(permohonan, nomor):
    hari_ini = timezone.localdate()
    return Keberatan.objects.create(
        nomor=nomor,
        permohonan=permohonan,
        alasan=["c"],
        kasus_posisi="Tidak dijawab.",
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now(),
        tanggal_terima=hari_ini,
        jatuh_tempo=hari_ini + dt.timedelta(days=40),
        surat_kuasa=ContentFile(buat_pdf("Kuasa", []), name="kuasa.pdf"),
    )


def _survei(permohonan):
    return Survei.objects.create(permohonan=permohonan, **dict.fromkeys(FIELD_UNSUR, 3))


def _masukan(unit):
    hari_ini = timezone.localdate()
    topik = TopikKonsultasi.objects.create(
        judul="Jam layanan", uraian="?", unit_kerja=unit, dibuka=hari_ini, ditutup=hari_ini
    )
    return MasukanKonsultasi.objects.create(topik=topik, isi="Masukan.")


@pytest.fixture
def objek(pohon):
    """A request, an objection, a draft consequence test, a survey answer and a consultation
    feedback in KPU Kota Semarang (the Pelaksana's and Atasan's own unit) and in KPU DKI
    (another unit)."""
    sendiri, lain = _permohonan(pohon["semarang"]), _permohonan(pohon["dki"])
    return {
        "sendiri": {
            P: sendiri,
            K: _keberatan(sendiri, "K-2026-09001"),
            U: uji_konsekuensi(pohon["semarang"], tetapkan=False),
            S: _survei(sendiri),
            KS: _masukan(pohon["semarang"]),
            L: LaporanTahunan.objects.create(tahun=2025, unit_kerja=pohon["semarang"]),
        },
        "lain": {
            P: lain,
            K: _keberatan(lain, "K-2026-09002"),
            U: uji_konsekuensi(pohon["dki"], tetapkan=False),
            S: _survei(lain),
            KS: _masukan(pohon["dki"]),
            L: LaporanTahunan.objects.create(tahun=2025, unit_kerja=pohon["dki"]),
        },
    }


_AMBIL = {
    P: akses.permohonan_untuk_staf,
    K: akses.keberatan_untuk_staf,
    U: akses.uji_untuk_staf,
    S: akses.survei_untuk_staf,
    KS: akses.masukan_untuk_staf,
    L: akses.laporan_untuk_staf,
}


def _harapan(peran, jenis, aksi, unit):
    """'boleh', 'ditolak' (visible, not allowed) or 'tidak_ada' (not visible)."""
    if peran == SUPERUSER:
        return "boleh"
    diizinkan = DIIZINKAN[peran]
    if (jenis, "lihat") not in diizinkan or (unit == "lain" and peran != PPID_UTAMA):
        return "tidak_ada"
    return "boleh" if (jenis, aksi) in diizinkan else "ditolak"


@pytest.mark.parametrize("peran", PERAN)
def test_every_role_action_and_unit(pohon, objek, peran):
    user = _staf(pohon, peran)
    hasil = {}
    for jenis, aksi in AKSI:
        for unit in ("sendiri", "lain"):
            target = objek[unit][jenis]
            try:
                didapat = _AMBIL[jenis](user, target.pk, aksi=aksi)
            except akses.TidakDitemukan:
                hasil[(jenis, aksi, unit)] = "tidak_ada"
            except akses.AksesDitolak:
                hasil[(jenis, aksi, unit)] = "ditolak"
            else:
                assert didapat.pk == target.pk
                hasil[(jenis, aksi, unit)] = "boleh"
    harapan = {k: _harapan(peran, *k) for k in hasil}
    assert hasil == harapan
    assert akses.boleh(user, akses.HARI_LIBUR, "ubah") == (peran in (PPID_UTAMA, SUPERUSER))


def _url(nama, *args):
    return reverse(f"admin:permohonan_{nama}", args=args)


# Custom admin pages: (kind, action the page needs, URL name, extra URL args, method).
HALAMAN = [
    (P, "identitas", "permohonan_identitas", (), "get"),
    (P, "identitas", "permohonan_kuasa", (), "get"),
    (P, "pemberitahuan", "permohonan_pemberitahuan", (), "get"),
    (P, "tugaskan", "permohonan_aksi", ("tugaskan",), "get"),
    (P, "perpanjang", "permohonan_aksi", ("perpanjang",), "get"),
    (P, "cabut", "permohonan_aksi", ("cabut",), "get"),
    (P, "catatan", "permohonan_aksi", ("catatan",), "get"),
    (P, "surat", "permohonan_surat_kode", ("bukti",), "get"),
    (K, "proses", "keberatan_proses", (), "post"),
    (K, "putuskan", "keberatan_putuskan", (), "get"),
    (K, "cabut", "keberatan_cabut", (), "get"),
    (K, "kuasa", "keberatan_kuasa", (), "get"),
    (K, "lihat", "keberatan_bukti", (), "get"),
    (U, "tetapkan", "ujikonsekuensi_tetapkan", (), "post"),
    (U, "cabut", "ujikonsekuensi_cabut", (), "get"),
    (U, "lihat", "ujikonsekuensi_lembar", (), "get"),
]


@pytest.mark.parametrize("peran", PERAN)
def test_every_custom_admin_page_as_every_role(client, pohon, objek, peran):
    """Allowed: the page (200, or a redirect back after a POST action). Another unit's record:
    404. Visible but not allowed: back to the record with the reason (302), never a 500."""
    client.force_login(_staf(pohon, peran))
    for jenis, aksi, nama, tambahan, metode in HALAMAN:
        for unit in ("sendiri", "lain"):
            target = objek[unit][jenis]
            url = _url(nama, target.pk, *tambahan)
            response = getattr(client, metode)(url)
            harapan = _harapan(peran, jenis, aksi, unit)
            if harapan == "tidak_ada":
                assert response.status_code == 404, (url, peran)
            elif harapan == "ditolak":
                assert response.status_code == 302, (url, peran)
                ubah = _url(f"{target._meta.model_name}_change", target.pk)
                assert response["Location"] == ubah
            else:
                assert response.status_code == (302 if metode == "post" else 200), (url, peran)
                if response.status_code == 302:  # the POST ran its service
                    assert not response["Location"].endswith("/login/")


@pytest.mark.parametrize("peran", PERAN)
def test_objection_register_csv_and_paper_entry_pages_by_role(client, pohon, objek, peran):
    client.force_login(_staf(pohon, peran))
    csv = client.get(_url("keberatan_csv"))
    if peran == SUPERUSER or (K, "register") in DIIZINKAN[peran]:
        isi = b"".join(csv.streaming_content).decode()
        assert "K-2026-09001" in isi
        # Another unit's objections are in the register only for PPID Utama.
        assert ("K-2026-09002" in isi) == (peran in (PPID_UTAMA, SUPERUSER))
    else:
        assert csv.status_code == 403
    for jenis, nama in ((P, "permohonan_catat"), (K, "keberatan_catat")):
        boleh = peran == SUPERUSER or (jenis, "catat") in DIIZINKAN[peran]
        assert client.get(_url(nama)).status_code == (200 if boleh else 404)


def test_identity_views_are_logged_per_document(client, pohon, objek):
    petugas = _staf(pohon, PPID_PELAKSANA)
    client.force_login(petugas)
    permohonan, keberatan = objek["sendiri"][P], objek["sendiri"][K]
    for url in (
        _url("permohonan_identitas", permohonan.pk),
        _url("permohonan_kuasa", permohonan.pk),
        _url("keberatan_kuasa", keberatan.pk),
    ):
        assert client.get(url).status_code == 200
    log = Riwayat.objects.filter(permohonan=permohonan, peristiwa="identitas_dilihat")
    assert [r.data["dokumen"] for r in log] == ["identitas", "kuasa", "kuasa_keberatan"]
    assert {r.pelaku for r in log} == {petugas} and not any(r.untuk_pemohon for r in log)


@pytest.mark.parametrize("peran", PERAN)
def test_login_lockout_pages_as_every_role(client, pohon, peran):
    """The list of locked logins and its unlock action (akses.AKUN, "buka_kunci"): PPID
    Utama and superusers only; everyone else gets 403 and the lock stays. The two-factor
    set-up page is every staff member's own."""
    from axes.models import AccessAttempt
    from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

    percobaan = AccessAttempt.objects.create(
        username="terkunci",
        ip_address="127.0.0.9",
        failures_since_start=9,
        get_data="",
        post_data="",
        user_agent="uji",
        path_info="/admin/login/",
        http_accept="*/*",
    )
    client.force_login(_staf(pohon, peran))
    boleh = peran in (PPID_UTAMA, SUPERUSER)
    daftar = reverse("admin:axes_accessattempt_changelist")
    ubah = reverse("admin:axes_accessattempt_change", args=[percobaan.pk])
    hapus = reverse("admin:axes_accessattempt_delete", args=[percobaan.pk])
    assert client.get(daftar).status_code == (200 if boleh else 403)
    assert client.get(ubah).status_code == (200 if boleh else 403)
    assert client.get(hapus).status_code == (200 if boleh else 403)
    response = client.post(daftar, {"action": "buka_kunci", ACTION_CHECKBOX_NAME: [percobaan.pk]})
    assert response.status_code == (302 if boleh else 403)
    assert AccessAttempt.objects.filter(pk=percobaan.pk).exists() == (not boleh)
    assert client.get(reverse("atur_2fa")).status_code == 200
