"""State changes of the catalogue: review, documents, counters.

Each function is the one place its change happens, for the admin, views and commands alike.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from informasi.berkas import HasilPeriksa
from informasi.models import Dokumen, Informasi
from portal.tertunda import HitunganTertunda


@transaction.atomic
def tandai_ditinjau(*, informasi_ids: list[int], hari_ini: date) -> int:
    """Record that entries were reviewed today and schedule the next review (DOMAIN.md §2:
    berkala at least every 6 months). Returns how many entries were marked."""
    jumlah = 0
    for informasi in Informasi.objects.select_for_update().filter(pk__in=informasi_ids):
        informasi.terakhir_ditinjau = hari_ini
        informasi.tinjau_berikutnya = informasi.jadwal_tinjau(hari_ini)
        informasi.save(update_fields=["terakhir_ditinjau", "tinjau_berikutnya", "diperbarui_pada"])
        jumlah += 1
    return jumlah


@transaction.atomic
def simpan_dokumen(*, dokumen: Dokumen, hasil: HasilPeriksa | None) -> Dokumen:
    """Save a document; when its file was replaced, keep the old file as a superseded version.

    `hasil` is the check of a newly uploaded file (None when the file did not change).
    """
    if hasil is not None:
        if dokumen.pk:
            lama = Dokumen.objects.select_for_update().get(pk=dokumen.pk)
            if lama.berkas and lama.berkas.name != dokumen.berkas.name:
                Dokumen.objects.create(
                    informasi_id=lama.informasi_id,
                    judul=lama.judul,
                    berkas=lama.berkas.name,
                    format=lama.format,
                    ukuran=lama.ukuran,
                    tipe_mime=lama.tipe_mime,
                    sha256=lama.sha256,
                    jumlah_diunduh=lama.jumlah_diunduh,
                    diunggah_pada=lama.diunggah_pada,
                    digantikan_oleh=dokumen,
                    urutan=lama.urutan,
                )
                dokumen.jumlah_diunduh = 0
        dokumen.format = hasil.format
        dokumen.tipe_mime = hasil.tipe_mime
        dokumen.ukuran = hasil.ukuran
        dokumen.sha256 = hasil.sha256
        dokumen.diunggah_pada = timezone.now()
    elif dokumen.tautan and not dokumen.berkas:
        dokumen.format = Dokumen.Format.TAUTAN
    dokumen.save()
    return dokumen


def catat_dilihat(informasi: Informasi) -> None:
    """One atomic increment of the view counter."""
    Informasi.objects.filter(pk=informasi.pk).update(jumlah_dilihat=F("jumlah_dilihat") + 1)


def _tulis_dilihat(jumlah: Counter) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE informasi_informasi AS i SET jumlah_dilihat = i.jumlah_dilihat + d.n "
            "FROM unnest(%s::bigint[], %s::int[]) AS d(id, n) WHERE i.id = d.id",
            [list(jumlah), list(jumlah.values())],
        )


# Views of stored entry pages (portal/cache_halaman.py), written together.
dilihat_tertunda = HitunganTertunda(_tulis_dilihat)


def catat_unduhan(dokumen: Dokumen) -> None:
    Dokumen.objects.filter(pk=dokumen.pk).update(jumlah_diunduh=F("jumlah_diunduh") + 1)
