"""Registration numbers: sequential per year, never reused, safe under concurrency."""

import threading

import pytest
from django.db import connection, connections

from permohonan.models import NomorUrut


@pytest.mark.django_db
def test_numbers_are_sequential_per_kind_and_year():
    assert NomorUrut.berikutnya("P", 2026) == "P-2026-00001"
    assert NomorUrut.berikutnya("P", 2026) == "P-2026-00002"
    assert NomorUrut.berikutnya("K", 2026) == "K-2026-00001"
    assert NomorUrut.berikutnya("P", 2027) == "P-2027-00001"


@pytest.mark.django_db(transaction=True)
def test_parallel_submissions_get_unique_consecutive_numbers():
    hasil, kesalahan = [], []
    mulai = threading.Barrier(8)

    def ambil():
        try:
            mulai.wait()
            for _ in range(5):
                hasil.append(NomorUrut.berikutnya("P", 2026))
        except Exception as exc:  # pragma: no cover - reported below
            kesalahan.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ambil) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not kesalahan
    assert sorted(hasil) == [f"P-2026-{n:05d}" for n in range(1, 41)]
    connection.close()
