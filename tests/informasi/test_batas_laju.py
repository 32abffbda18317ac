"""Rate limits are counted atomically: parallel requests never pass a limit together (issue
14: with the cache's add() + incr(), 15–16 of 30–50 parallel submissions passed a limit of
10), windows end, quotas take only what fits, and expired counters are cleaned up."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from informasi.batas_laju import melebihi_batas, pakai_kuota
from informasi.models import PenghitungLaju


def _serentak(jumlah: int, fungsi) -> list:
    """Run `fungsi` in `jumlah` threads at once, each on its own database connection."""
    hasil: list = []
    mulai = threading.Barrier(jumlah)

    def jalan():
        try:
            mulai.wait(timeout=30)
            hasil.append(fungsi())
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=jalan) for _ in range(jumlah)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(hasil) == jumlah
    return hasil


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("jumlah", [30, 50])
def test_exactly_the_limit_passes_under_parallel_requests(jumlah):
    hasil = _serentak(
        jumlah, lambda: melebihi_batas("uji-serentak", "10.0.0.1", batas=10, detik=3600)
    )
    assert hasil.count(False) == 10
    assert PenghitungLaju.objects.get().jumlah == jumlah


@pytest.mark.django_db(transaction=True)
def test_a_quota_takes_only_what_fits_under_parallel_uploads():
    hasil = _serentak(
        40, lambda: pakai_kuota("uji-kuota", "semua", jumlah=3, batas=30, detik=86400)
    )
    assert hasil.count(True) == 10
    assert PenghitungLaju.objects.get().jumlah == 30


@pytest.mark.django_db
def test_a_window_that_ended_starts_again_and_is_cleaned_up_daily():
    assert not melebihi_batas("uji", "a", batas=1, detik=3600)
    assert melebihi_batas("uji", "a", batas=1, detik=3600)
    assert not pakai_kuota("uji-kuota", "a", jumlah=11, batas=10, detik=60)
    assert pakai_kuota("uji-kuota", "a", jumlah=10, batas=10, detik=60)
    assert not pakai_kuota("uji-kuota", "a", jumlah=1, batas=10, detik=60)
    PenghitungLaju.objects.update(berakhir_pada=timezone.now() - timedelta(seconds=1))
    assert not melebihi_batas("uji", "a", batas=1, detik=3600)  # a new window
    assert pakai_kuota("uji-kuota", "a", jumlah=10, batas=10, detik=60)
    PenghitungLaju.objects.update(berakhir_pada=timezone.now() - timedelta(seconds=1))
    melebihi_batas("uji", "b", batas=1, detik=3600)
    call_command("bersihkan_batas_laju", verbosity=0)
    (tersisa,) = PenghitungLaju.objects.all()
    assert tersisa.berakhir_pada > timezone.now()
