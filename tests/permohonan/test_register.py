"""The public register: useful numbers, no personal data."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse

from permohonan.models import Permohonan
from permohonan.services import terima_permohonan
from tests.factories import pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
REGISTER = reverse("permohonan:register")
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture(autouse=True)
def hari_libur():
    call_command("perbarui_hari_libur", tahun=[2025, 2026, 2027], verbosity=0)


def _terima(unit, tanggal, **kwargs):
    return terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit, **kwargs),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime.combine(tanggal, dt.time(10), tzinfo=WIB),
    ).permohonan


def test_register_shows_no_personal_data(client, pohon):
    rahasia = _terima(pohon["semarang"], dt.date(2026, 11, 2), rincian="Rahasia rincian A")
    terbuka = _terima(
        pohon["semarang"], dt.date(2026, 11, 3), rincian="Data DPT terbuka",
        dapat_dipublikasikan=True,
    )  # fmt: skip
    html = client.get(REGISTER).content.decode()
    assert rahasia.nomor in html and terbuka.nomor in html
    assert "Data DPT terbuka" in html
    assert "Rahasia rincian A" not in html
    pemohon = rahasia.pemohon
    for pribadi in (pemohon.nama, pemohon.nik, pemohon.email, pemohon.alamat, "Wartawan"):
        assert pribadi not in html
    assert "Perorangan" in html


def test_working_days_and_timeliness(client, pohon):
    selesai = _terima(pohon["semarang"], dt.date(2025, 12, 24))  # due 12 January 2026
    Permohonan.objects.filter(pk=selesai.pk).update(
        status=Permohonan.Status.SELESAI,
        hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        selesai_pada=dt.datetime(2026, 1, 13, 9, tzinfo=WIB),
        dijawab_pertama_pada=dt.datetime(2026, 1, 13, 9, tzinfo=WIB),
    )
    response = client.get(REGISTER)
    baris = response.context["baris"][0]
    # 24 Dec → 13 Jan skipping Christmas, its cuti bersama, weekends and New Year: 11 days.
    assert baris["hari_kerja"] == 11
    assert baris["tepat_waktu"] is False
    assert "Terlambat" in response.content.decode()


def test_filters_by_unit_subtree_year_and_status(client, pohon):
    a = _terima(pohon["semarang"], dt.date(2026, 3, 2))
    b = _terima(pohon["dki"], dt.date(2026, 3, 3))
    c = _terima(pohon["jateng"], dt.date(2025, 3, 3))

    def nomor(**params):
        return {b["permohonan"].nomor for b in client.get(REGISTER, params).context["baris"]}

    assert nomor(unit="kpu-jateng") == {a.nomor, c.nomor}
    assert nomor(tahun="2026") == {a.nomor, b.nomor}
    assert nomor(status="selesai") == set()
    assert client.get(REGISTER, {"tahun": "abc"}).status_code == 200


def test_register_query_count_is_fixed(
    client, pohon, django_assert_num_queries, tanpa_cache_halaman
):
    for n in range(30):
        _terima(pohon["semarang"], dt.date(2026, 10, 1) + dt.timedelta(days=n))
    # site profile + pages, units for the filter, count, the page's rows (their ids picked
    # in the same query), days off.
    with django_assert_num_queries(6):
        response = client.get(REGISTER, {"page": 2})
    assert len(response.context["baris"]) == 5


def test_open_requests_are_in_progress_not_on_time(client, pohon):
    from django.utils import timezone

    baru = _terima(pohon["semarang"], timezone.localdate())
    lama = _terima(pohon["semarang"], timezone.localdate() - dt.timedelta(days=40))
    response = client.get(REGISTER)
    per_nomor = {b["permohonan"].nomor: b for b in response.context["baris"]}
    assert per_nomor[baru.nomor]["ketepatan"] == "berjalan"
    assert per_nomor[baru.nomor]["tepat_waktu"] is None
    assert per_nomor[lama.nomor]["ketepatan"] == "melewati_batas"
    html = response.content.decode()
    assert "Tepat waktu" not in html
    assert "Berjalan" in html and "Melewati batas waktu, belum dijawab" in html
    assert "sejauh ini" in html  # working days used so far


def test_on_time_is_measured_by_the_first_notice_against_the_first_deadline(
    client, pohon, tanpa_cache_halaman
):
    """Answered on time, then reopened by an accepted objection and answered again later:
    still on time — and the home page's figures agree (DOMAIN.md §4 rule 8)."""
    from permohonan.selectors import angka_layanan

    p = _terima(pohon["semarang"], dt.date(2026, 3, 2))  # due 16 March 2026
    Permohonan.objects.filter(pk=p.pk).update(
        status=Permohonan.Status.SELESAI,
        hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        dijawab_pertama_pada=dt.datetime(2026, 3, 13, 9, tzinfo=WIB),
        # the second notice, after the objection, far past the first deadline
        selesai_pada=dt.datetime(2026, 6, 1, 9, tzinfo=WIB),
        jatuh_tempo_pelaksanaan=dt.date(2026, 6, 5),
    )
    baris = client.get(REGISTER).context["baris"][0]
    assert baris["ketepatan"] == "tepat_waktu"
    angka = angka_layanan(2026)
    assert (angka["selesai"], angka["tepat_waktu"]) == (1, 1)
    # Answered after the first deadline: late, even though within the later one.
    Permohonan.objects.filter(pk=p.pk).update(
        dijawab_pertama_pada=dt.datetime(2026, 3, 20, 9, tzinfo=WIB)
    )
    assert client.get(REGISTER).context["baris"][0]["ketepatan"] == "terlambat"
    assert angka_layanan(2026)["tepat_waktu"] == 0


@pytest.mark.parametrize("tahun", ["0", "-1", "99999999999999999999", "2026.5", "abc"])
def test_an_impossible_year_is_an_error_on_the_filter_not_a_500(client, pohon, tahun):
    response = client.get(REGISTER, {"tahun": tahun})
    assert response.status_code == 200
    assert 'id="id_tahun_error"' in response.content.decode() or tahun == "abc"


def test_register_pages_by_id_and_counts_from_the_counters(client, pohon, tanpa_cache_halaman):
    """Issue 15: the number of requests comes from the per-year-and-unit counters unless a
    status or outcome is filtered, and a page is the same rows in the same order."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(20):
        _terima(pohon["semarang"], dt.date(2026, 10, 1) + dt.timedelta(days=n))
    for n in range(8):
        _terima(pohon["dki"], dt.date(2025, 5, 1) + dt.timedelta(days=n))
    semua = Permohonan.objects.order_by("-diterima_pada", "-id")

    def halaman(**params):
        with CaptureQueriesContext(connection) as q:
            response = client.get(REGISTER, params)
        count = [x["sql"] for x in q.captured_queries if "COUNT(" in x["sql"]]
        return response.context, count

    context, count = halaman(page=2)
    assert context["page_obj"].paginator.count == 28
    assert [b["permohonan"].nomor for b in context["baris"]] == [p.nomor for p in semua[25:]]
    assert count == []  # no COUNT over the requests
    for params, jumlah in [
        ({"tahun": "2025"}, 8),
        ({"unit": pohon["jateng"].slug}, 20),  # a province includes its cities
        ({"unit": pohon["dki"].slug, "tahun": "2026"}, 0),
    ]:
        context, count = halaman(**params)
        assert context["page_obj"].paginator.count == jumlah, params
        assert count == [], params
    context, count = halaman(status="diterima")
    assert context["page_obj"].paginator.count == semua.filter(status="diterima").count()
    assert len(count) == 1
