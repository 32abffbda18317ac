"""Staff login (portal.masuk): lockout per account and per address with an unlock path for
PPID Utama, two-factor login with an authenticator app, and the staff session length."""

import pytest
from axes.models import AccessAttempt
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from informasi.akses import EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from permohonan.models import Permohonan
from permohonan.services import terima_permohonan
from tests.factories import (
    PetugasFactory,
    UnitKerjaFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
)

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
SANDI = "rahasia-uji-123"
ATUR = reverse("atur_2fa")


def _masuk(client, username, password=SANDI, ip="127.0.0.2", **lain):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/", **lain},
        REMOTE_ADDR=ip,
    )


def _berhasil(response, client) -> bool:
    return response.status_code == 302 and "_auth_user_id" in client.session


def _kode(perangkat, geser: int = 0) -> str:
    totp = TOTP(perangkat.bin_key, perangkat.step, perangkat.t0, perangkat.digits)
    totp.drift = geser
    return f"{totp.token():0{perangkat.digits}d}"


def _terkunci(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "Login dikunci sementara" in html
    assert "30 menit" in html
    assert "PPID Utama" in html
    assert 'id="site-name"' in html  # the admin's own page, not a bare text


# --- Lockout ---------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_from_every_address(client):
    budi = UserFactory(username="budi")
    for i in range(5):
        response = _masuk(client, "budi", "salah", ip=f"127.0.0.{10 + i}")
        # The login form with its error; the fifth failure already gets the lock page.
        assert response.status_code == (429 if i == 4 else 200)
    # The right password, from yet another address: still refused, with the lock page.
    response = _masuk(client, "budi", ip="127.0.0.50")
    _terkunci(response)
    assert "_auth_user_id" not in client.session
    # Another account from one of those addresses is not affected.
    UserFactory(username="sari")
    assert _berhasil(_masuk(client, "sari", ip="127.0.0.10"), client)
    assert budi.is_active


def test_five_failures_from_one_address_lock_that_address_for_every_account(client):
    UserFactory(username="citra")
    for i in range(5):
        _masuk(client, f"tebakan{i}", "salah", ip="127.0.0.20")
    _terkunci(_masuk(client, "citra", ip="127.0.0.20"))
    assert "_auth_user_id" not in client.session
    assert _berhasil(_masuk(client, "citra", ip="127.0.0.21"), client)


def test_lockout_follows_the_forwarded_address_behind_a_proxy(client, settings):
    settings.DJANGO_BEHIND_PROXY = True
    UserFactory(username="dewi")
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": f"x{_}", "password": "salah"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="127.0.0.30",
        )
    kunci = client.post(
        LOGIN,
        {"username": "dewi", "password": SANDI},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="127.0.0.30",
    )
    assert kunci.status_code == 429
    lain = client.post(
        LOGIN,
        {"username": "dewi", "password": SANDI},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="127.0.0.31",
    )
    assert _berhasil(lain, client)


def test_the_failure_limit_is_a_setting(client, settings):
    settings.AXES_FAILURE_LIMIT = 2
    UserFactory(username="eko")
    _masuk(client, "eko", "salah")
    _masuk(client, "eko", "salah")
    assert _masuk(client, "eko").status_code == 429


def _kunci_budi(client):
    UserFactory(username="budi")
    for _ in range(5):
        _masuk(client, "budi", "salah", ip="127.0.0.40")
    return AccessAttempt.objects.get(username="budi")


ATTEMPTS = reverse("admin:axes_accessattempt_changelist")


def test_ppid_utama_lifts_a_lockout_in_the_admin(client, pohon):
    percobaan = _kunci_budi(client)
    utama = PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    admin = client.__class__()
    admin.force_login(utama)
    daftar = admin.get(ATTEMPTS)
    assert daftar.status_code == 200
    assert "budi" in daftar.content.decode()
    response = admin.post(
        ATTEMPTS, {"action": "buka_kunci", ACTION_CHECKBOX_NAME: [percobaan.pk]}, follow=True
    )
    assert "Kunci dibuka: 1 catatan gagal masuk dihapus" in response.content.decode()
    assert not AccessAttempt.objects.filter(username="budi").exists()
    assert _berhasil(_masuk(client, "budi", ip="127.0.0.40"), client)


def test_an_account_locked_over_several_addresses_is_listed_and_unlocked_at_once(client, pohon):
    UserFactory(username="budi")
    for i in range(5):
        _masuk(client, "budi", "salah", ip=f"127.0.0.{60 + i}")
    admin = client.__class__()
    admin.force_login(UserFactory(is_superuser=True))
    daftar = admin.get(ATTEMPTS, {"terkunci": "ya"})
    baris = list(daftar.context["cl"].result_list)
    assert len(baris) == 5 and all(b._gagal_akun == 5 for b in baris)
    admin.post(ATTEMPTS, {"action": "buka_kunci", ACTION_CHECKBOX_NAME: [baris[0].pk]})
    assert not AccessAttempt.objects.filter(username="budi").exists()
    assert _berhasil(_masuk(client, "budi", ip="127.0.0.60"), client)


@pytest.mark.parametrize("peran", [PPID_PELAKSANA, EDITOR_BERITA])
def test_other_roles_cannot_lift_a_lockout(client, pohon, peran):
    percobaan = _kunci_budi(client)
    petugas = PetugasFactory(unit_kerja=pohon["semarang"], user=UserFactory(groups=[peran]))
    admin = client.__class__()
    admin.force_login(petugas.user)
    assert admin.get(ATTEMPTS).status_code == 403
    response = admin.post(ATTEMPTS, {"action": "buka_kunci", ACTION_CHECKBOX_NAME: [percobaan.pk]})
    assert response.status_code == 403
    assert AccessAttempt.objects.filter(pk=percobaan.pk).exists()
    assert "axes" not in admin.get(reverse("admin:index")).content.decode()


def test_a_superuser_lifts_a_lockout_too(client):
    percobaan = _kunci_budi(client)
    admin = client.__class__()
    admin.force_login(UserFactory(is_superuser=True))
    admin.post(ATTEMPTS, {"action": "buka_kunci", ACTION_CHECKBOX_NAME: [percobaan.pk]})
    assert not AccessAttempt.objects.filter(pk=percobaan.pk).exists()


# --- Two-factor login ------------------------------------------------------------------


def test_staff_sets_up_an_authenticator_app(client):
    user = UserFactory(groups=[PPID_PELAKSANA])
    client.force_login(user)
    halaman = client.get(ATUR)
    html = halaman.content.decode()
    assert halaman.status_code == 200
    assert "<svg" in html
    perangkat = TOTPDevice.objects.get(user=user, confirmed=False)
    assert perangkat.key  # its key is shown as text, in groups of four
    kunci = html.split('id="kunci-2fa">')[1].split("<")[0].replace(" ", "")
    assert len(kunci) == 32
    # A wrong first code does not turn it on.
    salah = client.post(ATUR, {"kode": "000000" if _kode(perangkat) != "000000" else "111111"})
    assert "Kode autentikator salah" in salah.content.decode()
    perangkat.refresh_from_db()
    assert not perangkat.confirmed
    perangkat.throttling_failure_count = 0
    perangkat.throttling_failure_timestamp = None
    perangkat.save()
    benar = client.post(ATUR, {"kode": _kode(perangkat)})
    assert benar.status_code == 302
    perangkat.refresh_from_db()
    assert perangkat.confirmed
    assert "Verifikasi dua langkah sudah aktif" in client.get(ATUR).content.decode()


@pytest.fixture
def dengan_2fa():
    user = UserFactory(username="fitri", groups=[PPID_PELAKSANA])
    perangkat = TOTPDevice.objects.create(user=user, name="ponsel", confirmed=True)
    return user, perangkat


def test_login_with_an_authenticator_asks_for_the_code(client, dengan_2fa):
    _user, perangkat = dengan_2fa
    tanpa = _masuk(client, "fitri")
    assert tanpa.status_code == 200
    assert "masukkan kode 6 angka" in tanpa.content.decode()
    assert "_auth_user_id" not in client.session
    benar = _masuk(client, "fitri", kode=_kode(perangkat))
    assert _berhasil(benar, client)
    assert client.session["otp_device_id"] == perangkat.persistent_id


def test_wrong_codes_count_toward_the_lockout(client, dengan_2fa):
    _user, perangkat = dengan_2fa
    for i in range(5):
        response = _masuk(client, "fitri", kode="12345x")
        assert response.status_code == (429 if i == 4 else 200)
        assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get(username="fitri").failures_since_start == 5
    _terkunci(_masuk(client, "fitri", kode=_kode(perangkat)))
    assert "_auth_user_id" not in client.session


def test_wrong_codes_are_throttled_by_the_device(client, dengan_2fa):
    _user, perangkat = dengan_2fa
    _masuk(client, "fitri", kode="12345x")
    # Straight after a wrong code even the right one waits (django-otp's throttle).
    response = _masuk(client, "fitri", kode=_kode(perangkat))
    assert "Terlalu banyak kode yang salah" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_required_mode_sends_identity_handlers_to_the_set_up_page(client, settings, pohon):
    settings.PORTAL_2FA_WAJIB = True
    PetugasFactory(
        unit_kerja=pohon["semarang"], user=UserFactory(username="gita", groups=[PPID_PELAKSANA])
    )
    assert _berhasil(_masuk(client, "gita"), client)
    for url in (reverse("admin:index"), reverse("admin:permohonan_permohonan_changelist")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == ATUR
    halaman = client.get(ATUR)
    assert halaman.status_code == 200
    assert "wajib" in halaman.content.decode()
    # Confirming the first code opens the admin in the same session.
    perangkat = TOTPDevice.objects.get(user__username="gita")
    client.post(ATUR, {"kode": _kode(perangkat)})
    assert client.get(reverse("admin:index")).status_code == 200
    # Roles that do not open identity scans are not asked; nobody is without the setting.
    UserFactory(username="hana", groups=[EDITOR_BERITA])
    UserFactory(username="indra", groups=[PPID_PELAKSANA])
    client.logout()
    _masuk(client, "hana")
    assert client.get(reverse("admin:index")).status_code == 200
    settings.PORTAL_2FA_WAJIB = False
    client.logout()
    _masuk(client, "indra")
    assert client.get(reverse("admin:index")).status_code == 200


# --- Session length --------------------------------------------------------------------


def test_a_staff_session_lasts_the_configured_hours_a_visitors_the_default(client, settings):
    UserFactory(username="joko")
    assert _berhasil(_masuk(client, "joko"), client)
    assert client.session.get_expiry_age() == 8 * 3600
    settings.PORTAL_SESI_STAF_JAM = 2
    client.logout()
    _masuk(client, "joko")
    assert client.session.get_expiry_age() == 2 * 3600
    # A visitor's session (the requests this browser follows) keeps Django's default.
    client = Client()
    hasil = terima_permohonan(
        pemohon=pemohon_baru(email="sri@contoh.id"),
        permohonan=permohonan_baru(UnitKerjaFactory()),
        kanal=Permohonan.Kanal.ONLINE,
    )
    client.post(
        reverse("permohonan:lacak"), {"nomor": hasil.permohonan.nomor, "email": "sri@contoh.id"}
    )
    assert "permohonan_dilacak_v2" in client.session
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
