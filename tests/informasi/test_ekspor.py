"""The DIP downloads at scale (issue 15): the same bytes as a csv.writer over the entries
(lines ending in LF), written by PostgreSQL and streamed in pieces (the header first, then
groups of rows), one statement whatever the size."""

import csv
import io
import json

import pytest
from django.urls import reverse

from informasi import ekspor
from informasi.models import Informasi
from tests.factories import InformasiFactory

pytestmark = pytest.mark.django_db


def _entri():
    return [
        InformasiFactory(
            judul='Laporan "Tahunan", 2025',
            ringkasan='Baris satu\nbaris dua; dengan koma, dan kutip "x" — é',
            tempat_pembuatan="",
            bentuk=Informasi.Bentuk.ELEKTRONIK,
        ),
        InformasiFactory(
            kategori=Informasi.Kategori.SERTA_MERTA, retensi="Permanen", ringkasan="CR\r\nLF"
        ),
        InformasiFactory(kategori=Informasi.Kategori.SETIAP_SAAT),
        InformasiFactory(),
        InformasiFactory(),
    ]


def _diharapkan(entri) -> bytes:
    """The file as csv.writer writes it, from the model objects themselves."""
    keluar = io.StringIO()
    penulis = csv.writer(keluar, lineterminator="\n")
    penulis.writerow(
        [
            "Nomor", "Judul", "Ringkasan isi informasi", "Pejabat/unit yang menguasai informasi",
            "Penanggung jawab pembuatan/penerbitan", "Waktu pembuatan", "Tempat pembuatan",
            "Bentuk informasi", "Jangka waktu penyimpanan", "Kategori", "Tahun", "Alamat",
        ]
    )  # fmt: skip
    for i in sorted(entri, key=lambda i: i.pk):
        penulis.writerow(
            [
                i.nomor, i.judul, i.ringkasan, i.unit_kerja.nama, i.penanggung_jawab,
                i.tanggal_pembuatan.isoformat(), i.tempat_pembuatan, i.get_bentuk_display(),
                i.retensi, i.get_kategori_display(), i.tahun,
                "http://testserver" + i.get_absolute_url(),
            ]
        )  # fmt: skip
    return ("\ufeff" + keluar.getvalue()).encode()


def test_csv_is_the_same_file_streamed_in_pieces(client, monkeypatch):
    monkeypatch.setattr(ekspor, "BARIS_PER_POTONGAN", 2)
    entri = _entri()
    InformasiFactory(kategori=Informasi.Kategori.DIKECUALIKAN)  # never in the DIP

    response = client.get(reverse("informasi:dip_csv"))
    assert response.streaming
    potongan = list(response.streaming_content)
    assert b"".join(potongan) == _diharapkan(entri)
    # The header alone first (sent before the query), then the rows two by two.
    assert potongan[0].decode().startswith("\ufeffNomor,Judul,")
    assert potongan[0].count(b"\n") == 1
    assert len(potongan) == 1 + 3


def test_json_has_the_same_rows_in_pieces(client, monkeypatch):
    from informasi import views

    monkeypatch.setattr(views, "BARIS_PER_POTONGAN", 2)
    entri = _entri()
    response = client.get(reverse("informasi:dip_json"))
    potongan = list(response.streaming_content)
    data = json.loads(b"".join(potongan))
    rows = list(csv.reader(io.StringIO(_diharapkan(entri).decode("utf-8-sig"))))
    assert [list(map(str, d.values())) for d in data] == rows[1:]
    assert all(isinstance(d["tahun"], int) for d in data)
    assert len(potongan) == 1 + 3


@pytest.mark.parametrize("jumlah", [2, 25])
def test_one_query_whatever_the_number_of_entries(client, django_assert_num_queries, jumlah):
    InformasiFactory.create_batch(jumlah)
    # The CSV is one COPY statement, sent past Django's query log: none is seen there.
    with django_assert_num_queries(0):
        body = b"".join(client.get(reverse("informasi:dip_csv")).streaming_content)
    assert body.count(b"\n") == jumlah + 1
    with django_assert_num_queries(1):
        json.loads(b"".join(client.get(reverse("informasi:dip_json")).streaming_content))
