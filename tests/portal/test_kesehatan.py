"""/healthz (load balancers) and /healthz/pekerja (monitoring of the background worker): one
query each, the worker judged by procrastinate's heartbeats."""

import pytest
from django.db import connection


def _pekerja(umur_menit: float | None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM procrastinate_workers")
        if umur_menit is not None:
            cursor.execute(
                "INSERT INTO procrastinate_workers (last_heartbeat) "
                "VALUES (now() - make_interval(secs => %s))",
                [umur_menit * 60],
            )


@pytest.mark.django_db
def test_a_fresh_heartbeat_is_a_live_worker(
    client, settings, django_assert_num_queries, tanpa_cache_halaman
):
    settings.PEKERJA_BATAS_DETAK_MENIT = 2
    _pekerja(1.5)
    with django_assert_num_queries(1):
        assert client.get("/healthz/pekerja").status_code == 200
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.content == b"ok\nworker: ok\n"


@pytest.mark.django_db
@pytest.mark.parametrize("umur_menit", [None, 2.5])  # no worker at all, or a dead one
def test_a_stale_worker_is_reported(client, settings, umur_menit):
    settings.PEKERJA_BATAS_DETAK_MENIT = 2
    _pekerja(umur_menit)
    response = client.get("/healthz/pekerja")
    assert response.status_code == 503
    assert b"worker stale" in response.content
    # The web server itself stays in the load balancer.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\nworker: stale\n"
