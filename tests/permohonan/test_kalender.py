"""The working-day calendar on real 2025/2026 dates (DOMAIN.md §4).

The days off are the national holidays and cuti bersama of the SKB for 2025 and 2026 (as in
the `holidays` package), written out here so each row can be checked by hand.
"""

from datetime import date, timedelta

import pytest

from permohonan.kalender import (
    alasan_keberatan_timbul,
    batas_pengajuan_keberatan,
    batas_pengajuan_sengketa,
    hari_dilewati,
    jatuh_tempo_pemberitahuan,
    jatuh_tempo_perpanjangan,
    jatuh_tempo_tanggapan_keberatan,
    jumlah_hari_kerja,
    tambah_hari_kerja,
    tanggal_terima,
)

NASIONAL = {
    date(2025, 1, 1): "Tahun Baru Masehi",
    date(2025, 3, 29): "Hari Suci Nyepi",
    date(2025, 3, 31): "Hari Raya Idul Fitri",
    date(2025, 4, 1): "Hari kedua dari Hari Raya Idul Fitri",
    date(2025, 4, 18): "Wafat Yesus Kristus",
    date(2025, 5, 1): "Hari Buruh Internasional",
    date(2025, 12, 25): "Hari Raya Natal",
    date(2026, 1, 1): "Tahun Baru Masehi",
    date(2026, 3, 19): "Hari Suci Nyepi",
    date(2026, 3, 21): "Hari Raya Idul Fitri",
    date(2026, 3, 22): "Hari kedua dari Hari Raya Idul Fitri",
    date(2026, 4, 3): "Wafat Yesus Kristus",
    date(2026, 5, 1): "Hari Buruh Internasional",
    date(2026, 5, 14): "Kenaikan Yesus Kristus",
    date(2026, 12, 25): "Hari Raya Natal",
    date(2027, 1, 1): "Tahun Baru Masehi",
    date(2027, 1, 5): "Isra Mikraj Nabi Muhammad",
}
CUTI_BERSAMA = {
    date(2025, 3, 28): "Cuti Bersama Hari Suci Nyepi",
    date(2025, 4, 2): "Cuti Bersama Hari Raya Idul Fitri",
    date(2025, 4, 3): "Cuti Bersama Hari Raya Idul Fitri",
    date(2025, 4, 4): "Cuti Bersama Hari Raya Idul Fitri",
    date(2025, 4, 7): "Cuti Bersama Hari Raya Idul Fitri",
    date(2025, 12, 26): "Cuti Bersama Hari Raya Natal",
    date(2026, 3, 18): "Cuti Bersama Hari Suci Nyepi",
    date(2026, 3, 20): "Cuti Bersama Hari Raya Idul Fitri",
    date(2026, 3, 23): "Cuti Bersama Hari Raya Idul Fitri",
    date(2026, 3, 24): "Cuti Bersama Hari Raya Idul Fitri",
    date(2026, 5, 15): "Cuti Bersama Kenaikan Yesus Kristus",
    date(2026, 12, 24): "Cuti Bersama Hari Raya Natal",
}
LIBUR = {**NASIONAL, **CUTI_BERSAMA}


@pytest.mark.parametrize(
    ("diterima", "terima", "jatuh_tempo", "perpanjangan", "libur"),
    [
        # An ordinary week: Monday in, notice due two weeks later.
        (date(2026, 11, 2), date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 25), LIBUR),
        # Arrived on a Saturday: counted from Monday.
        (date(2026, 11, 7), date(2026, 11, 9), date(2026, 11, 23), date(2026, 12, 2), LIBUR),
        # Nyepi + Idul Fitri 2026: arrived on the cuti bersama of Nyepi, the receipt date rolls
        # over Nyepi, Idul Fitri and its cuti bersama to Wednesday 25 March; Good Friday skipped.
        (date(2026, 3, 18), date(2026, 3, 25), date(2026, 4, 9), date(2026, 4, 20), LIBUR),
        # The same request where cuti bersama are working days (the setting switched off).
        (date(2026, 3, 18), date(2026, 3, 18), date(2026, 4, 2), date(2026, 4, 14), NASIONAL),
        # Idul Fitri 2025: arrived Friday 28 March (cuti Nyepi) → counted from Tuesday 8 April;
        # the extension skips Labour Day (1 May).
        (date(2025, 3, 28), date(2025, 4, 8), date(2025, 4, 23), date(2025, 5, 5), LIBUR),
        # Christmas 2025 and New Year 2026.
        (date(2025, 12, 24), date(2025, 12, 24), date(2026, 1, 12), date(2026, 1, 21), LIBUR),
        # Year end 2026 → 2027: cuti bersama, Christmas and the weekend roll the receipt date to
        # Monday 28 December; New Year and Isra Mikraj 2027 are skipped.
        (date(2026, 12, 24), date(2026, 12, 28), date(2027, 1, 13), date(2027, 1, 22), LIBUR),
    ],
)
def test_notice_deadline_and_extension(diterima, terima, jatuh_tempo, perpanjangan, libur):
    assert tanggal_terima(diterima, libur) == terima
    assert jatuh_tempo_pemberitahuan(diterima, libur) == jatuh_tempo
    assert jatuh_tempo_perpanjangan(jatuh_tempo, libur) == perpanjangan
    assert jumlah_hari_kerja(terima, jatuh_tempo, libur) == 10
    assert jumlah_hari_kerja(jatuh_tempo, perpanjangan, libur) == 7


def test_the_count_starts_strictly_after_the_receipt_date():
    senin = date(2026, 11, 2)
    assert tambah_hari_kerja(senin, 1, LIBUR) == date(2026, 11, 3)
    assert jumlah_hari_kerja(senin, senin, LIBUR) == 0
    with pytest.raises(ValueError):
        tambah_hari_kerja(senin, 0, LIBUR)


def test_skipped_days_are_explained_with_holiday_names():
    dilewati = hari_dilewati(date(2026, 3, 18), date(2026, 4, 9), LIBUR)
    teks = [str(h) for h in dilewati]
    assert teks[0] == "Rabu 18 Maret 2026 — Cuti Bersama Hari Suci Nyepi"
    assert "Kamis 19 Maret 2026 — Hari Suci Nyepi" in teks
    assert "Sabtu 21 Maret 2026 — Hari Raya Idul Fitri" in teks
    assert "Sabtu 28 Maret 2026 — akhir pekan" in teks
    assert "Jumat 3 April 2026 — Wafat Yesus Kristus" in teks
    assert len(dilewati) == 12


@pytest.mark.parametrize(
    ("timbul", "batas"),
    [
        # Ground (c) arising on 17 November 2026: 30 working days, skipping the cuti bersama
        # of 24 December and Christmas.
        (date(2026, 11, 17), date(2026, 12, 31)),
        # Arising over Nyepi and Idul Fitri 2026: those days, Good Friday and Labour Day
        # are skipped.
        (date(2026, 3, 18), date(2026, 5, 7)),
    ],
)
def test_objection_window_is_30_working_days(timbul, batas):
    assert batas_pengajuan_keberatan(timbul, LIBUR) == batas


@pytest.mark.parametrize(
    ("diterima", "jatuh_tempo"),
    [
        # Friday before Nyepi and Idul Fitri 2026: five days off in a row, Good Friday and
        # Labour Day later on.
        (date(2026, 3, 13), date(2026, 5, 5)),
        # A Saturday before Christmas 2025: received on Monday 22 December, then Christmas,
        # its cuti bersama and New Year are skipped.
        (date(2025, 12, 20), date(2026, 2, 5)),
    ],
)
def test_the_atasan_ppid_answers_within_30_working_days(diterima, jatuh_tempo):
    assert jatuh_tempo_tanggapan_keberatan(diterima, LIBUR) == jatuh_tempo


def test_dispute_window_is_14_working_days_after_the_answer():
    # Answer on Wednesday 16 December 2026: Christmas with its cuti bersama, New Year and
    # Isra Mikraj 2027 are skipped.
    assert batas_pengajuan_sengketa(date(2026, 12, 16), LIBUR) == date(2027, 1, 11)


BATAS = date(2026, 4, 15)
TEPAT = date(2026, 4, 10)  # a notice before the deadline
TELAT = date(2026, 4, 20)  # a notice after it


@pytest.mark.parametrize(
    ("alasan", "pemberitahuan", "menolak", "diketahui", "timbul"),
    [
        ("a", TEPAT, True, None, TEPAT),  # refused: from the notice
        ("a", TEPAT, False, None, None),  # granted: no refusal to object to
        ("a", None, False, None, None),
        ("d", TEPAT, False, None, TEPAT),
        ("e", TELAT, True, None, TELAT),
        ("f", None, False, None, None),  # no notice, no fees yet
        ("c", None, False, None, date(2026, 4, 16)),  # unanswered: the day after the deadline
        ("c", TEPAT, False, None, None),  # answered in time
        ("c", TELAT, False, None, date(2026, 4, 16)),
        ("g", TELAT, False, None, date(2026, 4, 16)),  # answered late
        ("g", TEPAT, False, None, None),
        ("g", None, False, None, None),  # not delivered at all: that is ground c
        ("b", None, False, date(2026, 2, 2), date(2026, 2, 2)),  # when the requester found out
        ("b", TEPAT, False, None, None),
    ],
)
def test_when_each_objection_ground_arises(alasan, pemberitahuan, menolak, diketahui, timbul):
    assert (
        alasan_keberatan_timbul(
            alasan,
            batas_waktu=BATAS,
            tanggal_pemberitahuan=pemberitahuan,
            menolak=menolak,
            tanggal_diketahui=diketahui,
        )
        == timbul
    )


def test_the_running_count_agrees_with_counting_day_by_day():
    """The statistics count many pairs with penghitung_hari_kerja: the same numbers as
    jumlah_hari_kerja for every pair of days around holidays and weekends."""
    from permohonan.kalender import penghitung_hari_kerja

    awal, akhir = date(2026, 3, 1), date(2026, 4, 30)
    hitung = penghitung_hari_kerja(awal, akhir, LIBUR)
    hari = [awal + timedelta(days=i) for i in range((akhir - awal).days + 1)]
    for mulai in hari[::3]:
        for sampai in hari[::2]:
            assert hitung(mulai, sampai) == jumlah_hari_kerja(mulai, sampai, LIBUR)
