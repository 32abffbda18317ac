"""Synthetic requests for the benchmark (`manage.py permohonan_sintetis`): rows in every
state written in bulk, without files, mail or registration numbers. They are the only rows
whose status is not set by a legal act, so they are made here, beside the services."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from permohonan.models import Pemohon, Permohonan

STATUS = ["selesai"] * 7 + ["diproses", "diperpanjang", "dicabut"]
HASIL = ["dikabulkan_seluruhnya"] * 5 + ["dikabulkan_sebagian", "ditolak", "tidak_dikuasai"]


def buat_permohonan_sintetis(
    *, units: list[int], count: int, batch: int, label: str, seed: int
) -> int:
    """Top up the synthetic requests of `label` to `count`; returns how many were made."""
    rng = random.Random(seed)  # noqa: S311 - test data, not security
    hari_ini = timezone.localdate()
    awal = Permohonan.objects.filter(nomor__startswith=f"X{label}-").count()
    for dari in range(awal, count, batch):
        with transaction.atomic():
            pemohon = Pemohon.objects.bulk_create(
                Pemohon(
                    jenis="perorangan",
                    nama=f"Pemohon Sintetis {n}",
                    nik="3374010101900001",
                    berkas_identitas="identitas/sintetis.pdf",
                    alamat="Alamat sintetis",
                    email=f"sintetis{n}@contoh.invalid",
                )
                for n in range(dari, min(dari + batch, count))
            )
            baris = []
            for n, p in zip(range(dari, dari + len(pemohon)), pemohon, strict=True):
                tanggal = hari_ini - timedelta(days=rng.randint(0, 1000))
                status = rng.choice(STATUS)
                diterima = timezone.make_aware(datetime.combine(tanggal, time(9)))
                selesai = (
                    diterima + timedelta(days=rng.randint(1, 20))
                    if status in ("selesai", "dicabut")
                    else None
                )
                baris.append(
                    Permohonan(
                        nomor=f"X{label}-{n}",
                        pemohon=p,
                        unit_kerja_id=rng.choice(units),
                        rincian="Salinan dokumen sintetis.",
                        tujuan="Pengukuran kinerja.",
                        cara_memperoleh="salinan_softcopy",
                        kanal=rng.choice(["online", "online", "surat", "email"]),
                        diterima_pada=diterima,
                        tanggal_terima=tanggal,
                        jatuh_tempo=tanggal + timedelta(days=14),
                        status=status,
                        hasil=rng.choice(HASIL) if status == "selesai" else "",
                        selesai_pada=selesai,
                        dijawab_pertama_pada=selesai if status == "selesai" else None,
                        token_hash="0" * 64,
                        dapat_dipublikasikan=n % 3 == 0,
                    )
                )
            Permohonan.objects.bulk_create(baris)
    return max(count - awal, 0)
