"""Hostile input never gets a 500 (issue 14): Hypothesis sends NUL bytes, huge and negative
numbers, impossible dates, very long strings, odd unicode, invalid UTF-8 and repeated
parameters to every public GET parameter and path segment of every public page, and to
every field of the public forms.

The public pages are read from the URLconf: a new page fails
`test_every_public_page_is_fuzzed` until it is listed in SEITEN with the parameters it
reads. Runs are derandomized and bounded (a few hundred requests) so CI is stable.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from informasi.models import Informasi
from permohonan.forms import (
    KeberatanForm,
    LacakForm,
    MasukanKonsultasiForm,
    PermohonanForm,
    SurveiForm,
)
from permohonan.models import Lampiran, PemberitahuanTertulis, Permohonan, TopikKonsultasi
from permohonan.services import terima_permohonan
from portal.models import Berita, KategoriBerita
from tests.factories import (
    HalamanFactory,
    InformasiFactory,
    UnitKerjaFactory,
    UserFactory,
    dokumen_pdf,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db

# Not public pages: the staff admin (its own tests), the language switch (POST only) and
# uploaded pictures (a file path, tested in tests/portal).
BUKAN_PUBLIK = ("admin", "set_language", "media")

# Each public page (URL name) -> the GET parameters it reads. Every page also gets the
# parameters in UMUM (what a crawler or an attacker adds).
UMUM = ["page", "format", "q"]
HALAMAN = {
    "portal:beranda": [],
    "portal:berita": ["q", "kategori", "unit", "tag", "bulan"],
    "portal:berita_detail": [],
    "portal:berita_pratinjau": [],
    "portal:halaman": [],
    "portal:cari": ["q"],
    "dik": [],
    "dik_lembar": [],
    "informasi:daftar": ["q", "kategori", "unit", "tahun", "format", "topik", "urut"],
    "informasi:dip_csv": [],
    "informasi:dip_json": [],
    "informasi:kategori": ["q", "unit", "tahun", "format", "topik", "urut"],
    "informasi:detail": [],
    "informasi:unduh": [],
    "keberatan:ajukan": ["nomor"],
    "keberatan:bukti": [],
    "keberatan:surat_bukti": [],
    "keberatan:surat_tanggapan": [],
    "permohonan:ajukan": ["rincian"],
    "permohonan:bukti": [],
    "permohonan:lacak": ["nomor"],
    "permohonan:register": ["tahun", "unit", "status", "hasil"],
    "permohonan:status": [],
    "permohonan:lampiran": [],
    "permohonan:surat_bukti": [],
    "permohonan:surat_perpanjangan": [],
    "permohonan:surat_pemberitahuan": [],
    "permohonan:lacak_tautan": [],
    "survei:indeks": ["tahun", "unit"],
    "survei:isi": [],
    "survei:konsultasi": [],
    "survei:konsultasi_topik": [],
    "statistik:statistik": ["tahun", "unit"],
    "statistik:data_csv": ["tahun", "unit"],
    "statistik:data_json": ["tahun", "unit"],
    "statistik:laporan": ["unit", "format"],
    "feed_informasi": [],
    "feed_berita": [],
    "feed_berita_rss": [],
    "feed_berita_kategori": [],
    "feed_berita_kategori_rss": [],
    "sitemap": [],
    "sitemap_bagian": [],
    "healthz": [],
    "healthz_pekerja": [],
    "favicon.ico": [],
    "bahasa": ["next"],
}

# Values that broke pages before, or could: NUL, numbers no column holds, dates no calendar
# counts, odd unicode, invalid UTF-8 (sent percent-encoded as bytes).
NILAI_JAHAT = [
    "\x00",
    "P-2026-00001\x00",
    "0",
    "-1",
    "-99999999999999999999",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "Infinity",
    "9999-12",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "2026-13",
    "١٢٣",
    "１２３",
    "\u202e\u0301\ufeff",
    "𝕂𝕇𝕌",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "%",
    "a" * 100_000,
    "../../etc/passwd",
    "pdf ",
]
BYTE_JAHAT = [b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"%00"]


def _nilai():
    return st.one_of(
        st.sampled_from(NILAI_JAHAT),
        st.text(max_size=40),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d.isoformat()[:7]),
    )


def _kode(nilai) -> str:
    if isinstance(nilai, bytes):
        return quote(nilai, safe="")
    return quote(nilai.encode("utf-8", "surrogatepass"), safe="")


def _query(params: list[str]):
    """A raw query string: some of `params`, each once or repeated, with hostile values."""
    pasangan = st.tuples(
        st.sampled_from(params),
        st.lists(st.one_of(_nilai(), st.sampled_from(BYTE_JAHAT)), min_size=1, max_size=3),
    )
    return st.lists(pasangan, min_size=1, max_size=4).map(
        lambda daftar: "&".join(
            f"{nama}={_kode(v)}" + ("&" + f"{nama}[]={_kode(v)}" if i % 2 else "")
            for i, (nama, nilai) in enumerate(daftar)
            for v in nilai
        )
    )


def _halaman_publik() -> list[tuple[str, str]]:
    """(name, route) of every public URL pattern in the URLconf."""
    hasil = []

    def jalan(patterns, awalan, ns):
        for p in patterns:
            if isinstance(p, URLResolver):
                jalan(p.url_patterns, awalan + str(p.pattern), p.namespace or ns)
            else:
                nama = f"{ns}:{p.name}" if ns else (p.name or str(p.pattern))
                rute = awalan + str(p.pattern)
                if not any(rute.startswith(x) or nama.startswith(x) for x in BUKAN_PUBLIK):
                    hasil.append((nama, rute))

    jalan(get_resolver().url_patterns, "", None)
    return hasil


def test_every_public_page_is_fuzzed():
    assert {nama for nama, _ in _halaman_publik()} == set(HALAMAN)


@pytest.fixture
def data(client, settings):
    """A small catalogue and one request of each kind; `client` follows the request."""
    settings.PERMOHONAN_BATAS_IP_PER_JAM = 10**6
    settings.PERMOHONAN_BATAS_EMAIL_PER_HARI = 10**6
    settings.PERMOHONAN_BATAS_LACAK_PER_JAM = 10**6
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    # A live worker, so /healthz/pekerja answers 200 (its 503 means "no worker", not a bug).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO procrastinate_workers DEFAULT VALUES")
    unit = UnitKerjaFactory(slug="kpu-semarang", nama="KPU Kota Semarang")
    informasi = InformasiFactory(judul="Anggaran KPU 2024", unit_kerja=unit)
    dokumen = dokumen_pdf(informasi)
    halaman = HalamanFactory()
    kategori = KategoriBerita.objects.get(slug="kegiatan")
    berita = Berita.objects.create(
        judul="Sosialisasi",
        slug="sosialisasi",
        lead="Lead.",
        isi="Isi.",
        kategori=kategori,
        unit_kerja=unit,
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() - dt.timedelta(hours=1),
    )
    uji = uji_konsekuensi(unit)
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(unit),
        kanal=Permohonan.Kanal.ONLINE,
    )
    p = diterima.permohonan
    pemberitahuan = PemberitahuanTertulis.objects.create(
        permohonan=p,
        hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        nama_penandatangan="Sri",
        jabatan_penandatangan="PPID",
        dikirim_oleh=UserFactory(username="ppid"),
    )
    lampiran = Lampiran.objects.create(
        pemberitahuan=pemberitahuan, judul="DPT", berkas=ContentFile(b"%PDF-1.4", "d.pdf")
    )
    # Finished, so the satisfaction survey's form is there to be fuzzed.
    Permohonan.objects.filter(pk=p.pk).update(
        status=Permohonan.Status.SELESAI, dijawab_pertama_pada=timezone.now()
    )
    topik = TopikKonsultasi.objects.create(
        judul="Jam layanan",
        uraian="Sudah sesuai?",
        unit_kerja=unit,
        dibuka=timezone.localdate(),
        ditutup=timezone.localdate(),
    )
    settings.SURVEI_BATAS_IP_PER_JAM = 10**6
    settings.KONSULTASI_BATAS_IP_PER_JAM = 10**6
    client.get(reverse("permohonan:lacak_tautan", args=[p.nomor, diterima.token]))
    terbit = timezone.localtime(berita.terbit_pada)
    kwargs = {
        "portal:berita_detail": {
            "tahun": terbit.year,
            "bulan": terbit.month,
            "slug": "sosialisasi",
        },
        "portal:berita_pratinjau": {"pk": berita.pk},
        "portal:halaman": {"slug": halaman.slug},
        "dik_lembar": {"pk": uji.pk},
        "informasi:kategori": {"kategori": "berkala"},
        "informasi:detail": {"slug": informasi.slug},
        "informasi:unduh": {"slug": informasi.slug, "pk": dokumen.pk},
        "keberatan:surat_bukti": {"nomor": "K-2026-00001"},
        "keberatan:surat_tanggapan": {"nomor": "K-2026-00001"},
        "permohonan:status": {"nomor": p.nomor},
        "permohonan:lampiran": {"nomor": p.nomor, "pk": lampiran.pk},
        "permohonan:surat_bukti": {"nomor": p.nomor},
        "permohonan:surat_perpanjangan": {"nomor": p.nomor},
        "permohonan:surat_pemberitahuan": {"nomor": p.nomor, "pk": pemberitahuan.pk},
        "permohonan:lacak_tautan": {"nomor": p.nomor, "token": diterima.token},
        "feed_berita_kategori": {"kategori": "kegiatan"},
        "feed_berita_kategori_rss": {"kategori": "kegiatan"},
        "sitemap_bagian": {"section": "informasi"},
        "survei:isi": {"nomor": p.nomor},
        "survei:konsultasi_topik": {"pk": topik.pk},
        "statistik:laporan": {"tahun": 2025},
        "bahasa": {"kode": "en"},
    }
    assert Informasi.objects.publik().exists()
    return {"permohonan": p, "token": diterima.token, "kwargs": kwargs}


def _url(nama: str, kwargs: dict) -> str:
    if nama == "favicon.ico":
        return "/favicon.ico"
    return reverse(nama, kwargs=kwargs.get(nama) or None)


FUZZ = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("nama", sorted(HALAMAN))
def test_hostile_get_parameters_never_get_a_500(client, data, nama):
    url = _url(nama, data["kwargs"])

    @FUZZ
    @given(query=_query(HALAMAN[nama] + UMUM))
    def periksa(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query[:300])

    periksa()


@pytest.mark.parametrize("nama", sorted(n for n, rute in _halaman_publik() if "<" in rute))
def test_hostile_path_segments_never_get_a_500(client, data, nama):
    kwargs = data["kwargs"][nama]
    url = _url(nama, data["kwargs"])
    asli = [_kode(str(v)) for v in kwargs.values()]

    @FUZZ
    @given(
        indeks=st.integers(0, len(asli) - 1),
        nilai=st.one_of(_nilai(), st.sampled_from(BYTE_JAHAT)),
    )
    def periksa(indeks, nilai):
        jahat = url.replace(f"/{asli[indeks]}/", f"/{_kode(nilai) or '%00'}/", 1)
        response = client.get(jahat)
        assert response.status_code < 500, jahat[:300]

    periksa()


def _isian(form_class) -> st.SearchStrategy:
    nama = list(form_class().fields)  # with the fields a form adds in __init__
    return st.dictionaries(
        st.sampled_from(nama),
        st.one_of(_nilai(), st.lists(_nilai(), min_size=2, max_size=3)),
        min_size=1,
    )


@pytest.mark.parametrize(
    ("url_nama", "form_class"),
    [
        ("permohonan:ajukan", PermohonanForm),
        ("permohonan:lacak", LacakForm),
        ("keberatan:ajukan", KeberatanForm),
        ("keberatan:ajukan#lacak", LacakForm),
        ("survei:isi", SurveiForm),
        ("survei:konsultasi_topik", MasukanKonsultasiForm),
    ],
)
def test_hostile_form_fields_never_get_a_500(client, data, url_nama, form_class):
    nomor = data["permohonan"].nomor
    nama = url_nama.split("#")[0]
    url = reverse(nama, kwargs=data["kwargs"].get(nama))
    if url_nama == "keberatan:ajukan":
        url += f"?nomor={nomor}"

    @FUZZ
    @given(
        isian=_isian(form_class),
        tambahan=st.sampled_from([{}, {"konfirmasi": "1"}, {"tautan_baru": "1"}]),
    )
    def periksa(isian, tambahan):
        response = client.post(url, {**isian, **tambahan})
        assert response.status_code < 500, (url, {k: str(v)[:100] for k, v in isian.items()})

    periksa()
