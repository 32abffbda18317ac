"""Public catalogue pages: lists, facets, filters, detail, downloads, feeds, exports."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from informasi.models import Dokumen, Informasi
from tests.factories import InformasiFactory, TopikFactory, UnitKerjaFactory, dokumen_pdf

pytestmark = pytest.mark.django_db

DAFTAR = reverse("informasi:daftar")


@pytest.fixture
def tersembunyi():
    """Entries the public must never see, anywhere."""
    sekarang = timezone.now()
    return [
        InformasiFactory(judul="Draf Rahasia Satu", status=Informasi.Status.DRAF),
        InformasiFactory(judul="Ditarik Rahasia Dua", status=Informasi.Status.DITARIK),
        InformasiFactory(
            judul="Terjadwal Rahasia Tiga", diterbitkan_pada=sekarang + timedelta(days=3)
        ),
        InformasiFactory(judul="Dikecualikan Rahasia Empat", kategori="dikecualikan"),
    ]


def _judul(response):
    return [i.judul for i in response.context["informasi_list"]]


def test_list_shows_published_entries_newest_first(client):
    lama = InformasiFactory(judul="Lama", diterbitkan_pada=timezone.now() - timedelta(days=9))
    baru = InformasiFactory(judul="Baru", diterbitkan_pada=timezone.now() - timedelta(days=1))
    response = client.get(DAFTAR)
    assert _judul(response) == [baru.judul, lama.judul]
    assert "2 informasi" in response.content.decode()


def test_unpublished_entries_are_hidden_everywhere(client, tersembunyi):
    InformasiFactory(judul="Terbit Rahasia Lima")
    pages = [
        client.get(DAFTAR),
        client.get(DAFTAR, {"q": "rahasia"}),
        client.get(reverse("informasi:kategori", args=["berkala"])),
        client.get(reverse("feed_informasi")),
        client.get(reverse("informasi:dip_csv")),
        client.get(reverse("informasi:dip_json")),
        client.get(reverse("portal:beranda")),
    ]
    sitemap = client.get("/sitemap-informasi.xml")
    for response in pages:
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert "Terbit Rahasia Lima" in text, response.request["PATH_INFO"]
        for informasi in tersembunyi:
            assert informasi.judul not in text, response.request["PATH_INFO"]
    for informasi in tersembunyi:
        assert informasi.slug not in sitemap.content.decode()
    assert client.get(tersembunyi[0].get_absolute_url()).status_code == 404
    assert client.get(tersembunyi[2].get_absolute_url()).status_code == 404
    assert client.get(tersembunyi[3].get_absolute_url()).status_code == 404


def test_withdrawn_entry_answers_410_with_a_clear_page(client):
    informasi = InformasiFactory(judul="Jadwal Lama", status=Informasi.Status.DITARIK)
    response = client.get(informasi.get_absolute_url())
    assert response.status_code == 410
    assert "telah ditarik" in response.content.decode()


def test_unit_facet_counts_include_sub_units_and_filter_takes_the_subtree(client, pohon):
    InformasiFactory(unit_kerja=pohon["jateng"], judul="Jateng A")
    InformasiFactory(unit_kerja=pohon["semarang"], judul="Semarang B")
    InformasiFactory(unit_kerja=pohon["semarang"], judul="Semarang C")
    InformasiFactory(unit_kerja=pohon["dki"], judul="DKI D")

    response = client.get(DAFTAR)
    unit = next(f for f in response.context["faset_list"] if f["param"] == "unit")
    counts = {item["label"]: item["jumlah"] for item in unit["items"]}
    assert counts == {
        "KPU RI": 4,
        "KPU Jateng": 3,
        "KPU Kota Semarang": 2,
        "KPU DKI": 1,
    }

    filtered = client.get(DAFTAR, {"unit": "kpu-jateng"})
    assert sorted(_judul(filtered)) == ["Jateng A", "Semarang B", "Semarang C"]
    assert list(client.get(DAFTAR, {"unit": "tidak-ada"}).context["informasi_list"]) == []


def test_facets_count_categories_years_formats_and_topics(client):
    pemilu = TopikFactory(nama="Pemilu 2024", slug="pemilu-2024")
    a = InformasiFactory(kategori="berkala", tahun=2024, topik=[pemilu])
    InformasiFactory(kategori="berkala", tahun=2025)
    InformasiFactory(kategori="setiap_saat", tahun=2025, topik=[pemilu])
    dokumen_pdf(a)
    dokumen_pdf(a, judul="Lampiran")

    faset = {f["param"]: f for f in client.get(DAFTAR).context["faset_list"]}

    def counts(param):
        return {i["label"]: i["jumlah"] for i in faset[param]["items"]}

    assert counts("kategori") == {"Berkala": 2, "Setiap saat": 1}
    assert counts("tahun") == {"2025": 2, "2024": 1}
    assert counts("format") == {"PDF": 1}
    assert counts("topik") == {"Pemilu 2024": 2}


def test_filters_combine_and_are_shareable_urls(client):
    pemilu = TopikFactory(slug="pemilu-2024")
    cocok = InformasiFactory(judul="Cocok", kategori="berkala", tahun=2024, topik=[pemilu])
    dokumen_pdf(cocok)
    InformasiFactory(judul="Tahun lain", kategori="berkala", tahun=2025, topik=[pemilu])
    InformasiFactory(judul="Tanpa dokumen", kategori="berkala", tahun=2024, topik=[pemilu])

    response = client.get(
        DAFTAR, {"kategori": "berkala", "tahun": "2024", "format": "pdf", "topik": "pemilu-2024"}
    )
    assert _judul(response) == ["Cocok"]
    # Facet links keep the other filters and drop the page number.
    html = response.content.decode()
    assert "?kategori=berkala&amp;tahun=2024&amp;format=pdf" in html


def test_sorting_by_title_and_popularity(client):
    InformasiFactory(judul="Beta").__class__.objects.filter(judul="Beta").update(jumlah_dilihat=5)
    InformasiFactory(judul="Alfa")
    InformasiFactory(judul="Gama").__class__.objects.filter(judul="Gama").update(jumlah_dilihat=9)
    assert _judul(client.get(DAFTAR, {"urut": "judul"})) == ["Alfa", "Beta", "Gama"]
    assert _judul(client.get(DAFTAR, {"urut": "populer"})) == ["Gama", "Beta", "Alfa"]


def test_invalid_filter_values_show_a_message_not_an_error(client):
    InformasiFactory()
    response = client.get(DAFTAR, {"tahun": "dua ribu", "urut": "acak", "format": "exe"})
    assert response.status_code == 200
    assert "Sebagian filter tidak dapat dipakai" in response.content.decode()


def test_empty_result_suggests_what_to_do(client):
    InformasiFactory()
    html = client.get(DAFTAR, {"q": "zzzyyyxxx"}).content.decode()
    assert "Tidak ada informasi yang cocok" in html
    assert "hapus sebagian filter" in html


@pytest.mark.parametrize(
    ("path", "url_args"),
    [
        (DAFTAR, {}),
        (DAFTAR, {"q": "laporan"}),
        (DAFTAR, {"kategori": "berkala", "page": 2, "unit": "kpu-uji"}),
        (reverse("informasi:kategori", args=["berkala"]), {"urut": "populer"}),
    ],
)
def test_list_query_count_is_fixed_whatever_the_size(
    client, django_assert_max_num_queries, tanpa_cache_halaman, path, url_args, settings
):
    settings.INFORMASI_PER_HALAMAN = 10
    topik = TopikFactory()
    unit = UnitKerjaFactory(slug="kpu-uji")
    for n in range(25):
        informasi = InformasiFactory(judul=f"Laporan Kegiatan {n}", topik=[topik], unit_kerja=unit)
        if n % 5 == 0:
            dokumen_pdf(informasi)
    # Site profile + static pages, units, stored facets (read; on a miss also counted and
    # stored), rows, documents, topic labels.
    with django_assert_max_num_queries(9):
        pertama = client.get(path, url_args)
    assert pertama.status_code == 200
    with django_assert_max_num_queries(7):
        response = client.get(path, {**url_args, "urut": "judul"})
    assert response.status_code == 200
    assert len(response.context["informasi_list"]) == 10
    assert response.context["jumlah_hasil"] == pertama.context["jumlah_hasil"]


def test_stored_facet_counts_follow_catalogue_changes(client):
    InformasiFactory(tahun=2024)
    assert client.get(DAFTAR).context["jumlah_hasil"] == 1
    baru = InformasiFactory(tahun=2025)
    assert client.get(DAFTAR).context["jumlah_hasil"] == 2
    baru.status = Informasi.Status.DITARIK
    baru.save()
    assert client.get(DAFTAR).context["jumlah_hasil"] == 1
    dokumen_pdf(Informasi.objects.publik().get())
    faset = {f["param"]: f for f in client.get(DAFTAR).context["faset_list"]}
    assert [i["label"] for i in faset["format"]["items"]] == ["PDF"]


def test_category_landing_page_explains_the_category(client):
    InformasiFactory(
        judul="Pengumuman Banjir",
        kategori="serta_merta",
        berlaku_sampai=timezone.now() + timedelta(days=3),
    )
    InformasiFactory(judul="Laporan Keuangan", kategori="berkala")
    response = client.get(reverse("informasi:kategori", args=["serta-merta"]))
    html = response.content.decode()
    assert "UU 14/2008 Pasal 10" in html
    assert _judul(response) == ["Pengumuman Banjir"]
    assert client.get(reverse("informasi:kategori", args=["rahasia"])).status_code == 404


def test_detail_shows_the_seven_dip_columns_documents_and_counts_views(
    client, pohon, django_assert_max_num_queries, tanpa_cache_halaman
):
    topik = TopikFactory(nama="Anggaran", slug="anggaran")
    informasi = InformasiFactory(
        judul="Laporan Keuangan 2024",
        ringkasan="Neraca dan laporan realisasi anggaran.",
        unit_kerja=pohon["semarang"],
        penanggung_jawab="Subbagian Keuangan",
        tempat_pembuatan="Semarang",
        retensi="10 tahun",
        topik=[topik],
    )
    dokumen_pdf(informasi, judul="Laporan Keuangan (PDF)")
    terkait = InformasiFactory(judul="RKA 2025", topik=[topik])

    with django_assert_max_num_queries(7):
        response = client.get(informasi.get_absolute_url())

    html = response.content.decode()
    for teks in [
        informasi.nomor,
        "Neraca dan laporan realisasi anggaran.",
        "KPU Kota Semarang",
        "Subbagian Keuangan",
        "1 Maret 2025, Semarang",
        "Cetak dan elektronik",
        "10 tahun",
        "Laporan Keuangan (PDF)",
        terkait.judul,
        "Tidak menemukan yang Anda cari?",
    ]:
        assert teks in html, teks
    informasi.refresh_from_db()
    assert informasi.jumlah_dilihat == 1


def test_download_serves_the_file_and_counts(client):
    informasi = InformasiFactory()
    dokumen = dokumen_pdf(informasi)
    response = client.get(dokumen.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    dokumen.refresh_from_db()
    assert dokumen.jumlah_diunduh == 1


def test_documents_of_unpublished_entries_cannot_be_downloaded(client):
    informasi = InformasiFactory(status=Informasi.Status.DRAF)
    dokumen = dokumen_pdf(informasi)
    assert client.get(dokumen.get_absolute_url()).status_code == 404


def test_atom_feed_parses_and_lists_new_entries(client):
    InformasiFactory(judul="Rencana Strategis 2025–2029")
    response = client.get(reverse("feed_informasi"))
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)] == [
        "Rencana Strategis 2025–2029"
    ]


def test_sitemap_index_lists_the_catalogue(client):
    informasi = InformasiFactory()
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-informasi.xml" in index
    assert informasi.get_absolute_url() in client.get("/sitemap-informasi.xml").content.decode()


def test_csv_and_json_exports_have_the_dip_columns(client, pohon):
    informasi = InformasiFactory(
        judul="Profil KPU", unit_kerja=pohon["jateng"], retensi="Permanen"
    )

    response = client.get(reverse("informasi:dip_csv"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == [
        "Nomor", "Judul", "Ringkasan isi informasi", "Pejabat/unit yang menguasai informasi",
        "Penanggung jawab pembuatan/penerbitan", "Waktu pembuatan", "Tempat pembuatan",
        "Bentuk informasi", "Jangka waktu penyimpanan", "Kategori", "Tahun", "Alamat",
    ]  # fmt: skip
    assert rows[1][0] == informasi.nomor
    assert rows[1][3] == "KPU Jateng"
    assert rows[1][8] == "Permanen"
    assert rows[1][11].endswith(informasi.get_absolute_url())

    data = json.loads(b"".join(client.get(reverse("informasi:dip_json")).streaming_content))
    assert data[0]["nomor"] == informasi.nomor
    assert data[0]["kategori"] == "Berkala"
    assert set(data[0]) == {
        "nomor", "judul", "ringkasan", "unit_kerja", "penanggung_jawab", "tanggal_pembuatan",
        "tempat_pembuatan", "bentuk", "retensi", "kategori", "tahun", "url",
    }  # fmt: skip


def test_home_page_highlights_current_serta_merta_only(client):
    sekarang = timezone.now()
    InformasiFactory(
        judul="Banjir: TPS Dipindahkan",
        kategori="serta_merta",
        berlaku_sampai=sekarang + timedelta(days=2),
    )
    InformasiFactory(
        judul="Gangguan Lama", kategori="serta_merta", berlaku_sampai=sekarang - timedelta(days=2)
    )
    response = client.get(reverse("portal:beranda"))
    assert [i.judul for i in response.context["serta_merta"]] == ["Banjir: TPS Dipindahkan"]
    assert "Pengumuman serta-merta" in response.content.decode()


def test_old_document_versions_stay_listed(client):
    informasi = InformasiFactory()
    dokumen = dokumen_pdf(informasi, judul="DPT")
    assert Dokumen.objects.count() == 1
    html = client.get(informasi.get_absolute_url()).content.decode()
    assert "Versi sebelumnya" not in html
    assert dokumen.berlaku
