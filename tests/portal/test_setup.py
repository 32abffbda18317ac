"""Set-up pieces: roles, demo data, production settings."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.postgres.search import SearchQuery
from django.core.management import CommandError, call_command
from django.utils import timezone

from informasi.akses import ATASAN_PPID, EDITOR_BERITA, PPID_PELAKSANA, PPID_UTAMA
from informasi.models import Dokumen, Informasi, Petugas, Topik, UnitKerja
from permohonan.models import Keberatan, Permohonan, Sengketa, UjiKonsekuensi
from portal.models import Halaman, ProfilSitus
from scripts.localpg import PROJECT_DIR

pytestmark = pytest.mark.django_db


def test_roles_exist_with_their_permissions():
    utama = Group.objects.get(name=PPID_UTAMA)
    assert utama.permissions.filter(codename="change_halaman").exists()
    for name in (PPID_PELAKSANA, ATASAN_PPID, EDITOR_BERITA):
        group = Group.objects.get(name=name)
        assert not group.permissions.filter(codename="change_halaman").exists()


def test_demo_data_is_complete_and_idempotent(settings):
    settings.DEBUG = True
    call_command("demo_data", verbosity=0)

    def counts():
        return [m.objects.count() for m in (UnitKerja, User, Halaman, Informasi, Dokumen, Topik)]

    sebelum = counts()
    call_command("demo_data", verbosity=0)
    assert counts() == sebelum
    # A catalogue in every public category, with real files and current serta-merta items.
    assert set(Informasi.objects.publik().values_list("kategori", flat=True)) == {
        "berkala",
        "serta_merta",
        "setiap_saat",
    }
    assert Informasi.objects.serta_merta_berlaku().exists()
    # Requests, some of them already overdue.
    hari_ini = timezone.localdate()
    permohonan = list(Permohonan.objects.all())
    assert len(permohonan) >= 5
    assert any(p.terlambat(hari_ini) for p in permohonan)
    assert any(not p.terlambat(hari_ini) for p in permohonan)
    assert {p.status for p in permohonan} >= {"diterima", "diproses", "selesai", "dicabut"}
    assert {p.hasil for p in permohonan} >= {"dikabulkan_seluruhnya", "ditolak"}
    # Consequence tests with an end date and with a condition, one ended, one draft;
    # objections in every state and one dispute.
    uji = UjiKonsekuensi.objects.all()
    assert {u.status for u in uji} == {"draf", "ditetapkan", "berakhir"}
    assert uji.filter(status="ditetapkan", berlaku_sampai__isnull=False).exists()
    assert uji.filter(status="ditetapkan", berlaku_sampai__isnull=True).exclude(berlaku_syarat="")
    keberatan = Keberatan.objects.all()
    assert {k.status for k in keberatan} == {"diajukan", "diproses", "selesai", "dicabut"}
    assert {k.keputusan for k in keberatan} == {"", "diterima", "ditolak", "musyawarah"}
    assert Sengketa.objects.count() == 1
    pemilih = SearchQuery("pemilih", config="indonesian")
    assert Informasi.objects.filter(vektor_pencarian=pemilih).count() >= 3
    for dokumen in Dokumen.objects.all():
        with dokumen.berkas.open("rb") as fh:
            assert len(fh.read()) == dokumen.ukuran

    semarang = UnitKerja.objects.get(slug="kpu-kota-semarang")
    assert [u.slug for u in semarang_ancestors(semarang)] == ["kpu-jateng", "kpu-ri"]
    assert ProfilSitus.muat().jam_layanan
    assert Halaman.objects.filter(slug__in=["profil-ppid", "maklumat-pelayanan"]).count() == 2
    # One account per role, each placed in a unit.
    for role in (PPID_UTAMA, PPID_PELAKSANA, ATASAN_PPID, EDITOR_BERITA):
        assert User.objects.filter(groups__name=role, is_staff=True).exists(), role
    assert Petugas.objects.get(user__username="ppid.semarang").unit_kerja == semarang


def semarang_ancestors(unit):
    while unit.induk_id:
        unit = unit.induk
        yield unit


def test_demo_data_refuses_production_mode(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_data", verbosity=0)
    assert not User.objects.exists()


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={
            k: v
            for k, v in {**os.environ, "DJANGO_ALLOW_ASYNC_UNSAFE": None, **env}.items()
            if v is not None
        },
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_mode_requires_a_real_secret_key():
    result = _manage({"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": None}, "check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_in_production_mode():
    result = _manage(
        {
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "k" * 20 + "-not-a-real-secret-but-long-enough-" + "x" * 20,
            "DJANGO_ALLOWED_HOSTS": "ppid.example.id",
            "PORTAL_URL": "https://ppid.example.id",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
