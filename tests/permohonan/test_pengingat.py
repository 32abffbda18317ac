import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from informasi.akses import PPID_PELAKSANA
from permohonan.models import Permohonan
from permohonan.services import terima_permohonan
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


def _terima(unit, hari_lalu):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now() - dt.timedelta(days=hari_lalu),
    ).permohonan


def test_staff_are_reminded_of_overdue_and_due_soon_requests_of_their_units(pohon, antrean):
    call_command("perbarui_hari_libur", verbosity=0)
    semarang = PetugasFactory(
        unit_kerja=pohon["semarang"],
        user=UserFactory(username="smg", email="smg@contoh.go.id", groups=[PPID_PELAKSANA]),
    )
    PetugasFactory(
        unit_kerja=pohon["dki"],
        user=UserFactory(username="dki", email="dki@contoh.go.id", groups=[PPID_PELAKSANA]),
    )
    lama = _terima(pohon["semarang"], 40)  # overdue
    baru = _terima(pohon["semarang"], 0)  # due in two weeks: not yet
    dki = _terima(pohon["dki"], 40)

    antrean()  # the acknowledgements of the three requests
    mail.outbox.clear()
    call_command("ingatkan_jatuh_tempo", verbosity=0)
    assert mail.outbox == []  # queued, not sent inside the command
    antrean()

    pesan = {m.to[0]: m for m in mail.outbox}
    assert set(pesan) == {"smg@contoh.go.id", "dki@contoh.go.id"}
    isi = pesan[semarang.user.email].body
    assert lama.nomor in isi and "TERLAMBAT" in isi
    assert baru.nomor not in isi and dki.nomor not in isi
