import os
import time

from django.core.files.base import ContentFile
from django.core.management import call_command

from permohonan.penyimpanan import privat


def test_abandoned_temporary_uploads_are_deleted_after_a_day(settings):
    lama = privat.save("sementara/lama-ktp.pdf", ContentFile(b"%PDF-1.4"))
    baru = privat.save("sementara/baru-ktp.pdf", ContentFile(b"%PDF-1.4"))
    dua_hari_lalu = time.time() - 2 * 86400
    os.utime(privat.path(lama), (dua_hari_lalu, dua_hari_lalu))

    call_command("bersihkan_berkas_sementara", verbosity=0)

    assert not privat.exists(lama)
    assert privat.exists(baru)
