"""Every kind of public page with the demo data, on a 360 px phone and a 1280 px laptop:
nothing sticks out sideways, axe and the HTML checker find nothing, and a screenshot of each
is kept in test-artifacts/halaman/ for people to look at."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from informasi.models import Informasi, UnitKerja
from permohonan.models import LaporanTahunan, Permohonan
from permohonan.services import terbitkan_laporan, terima_permohonan
from portal.models import Berita
from scripts.localpg import PROJECT_DIR
from tests.factories import pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db(transaction=True)
LAYAR = PROJECT_DIR / "test-artifacts" / "halaman"


@pytest.fixture
def demo(settings):
    settings.DEBUG = True  # demo_data refuses to run in production mode
    call_command("demo_data", verbosity=0)
    settings.DEBUG = False


@pytest.mark.parametrize("lebar", [360, 1280])
def test_public_pages_at_phone_and_laptop_width(page, live_server, demo, periksa_halaman, lebar):
    # A citizen's own pages: the status page and the printable receipt, through the secret
    # link the e-mail carries.
    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(UnitKerja.objects.get(slug="kpu-kota-semarang")),
        kanal=Permohonan.Kanal.ONLINE,
    )
    nomor = diterima.permohonan.nomor
    page.goto(f"{live_server.url}/permohonan/lacak/{nomor}/{diterima.token}/")
    # A published annual report of the whole body (the top unit), as staff publish it.
    utama = get_user_model().objects.get(username="ppid.utama")
    tahun_lalu = timezone.localdate().year - 1
    laporan = LaporanTahunan.objects.create(
        tahun=tahun_lalu,
        unit_kerja=UnitKerja.objects.get(induk__isnull=True),
        kebijakan_umum="PPID melayani permohonan setiap hari kerja.",
    )
    terbitkan_laporan(laporan_id=laporan.pk, oleh=utama)
    entri = Informasi.objects.publik().filter(dokumen__berkas__gt="").first()
    berita = Berita.objects.tayang().exclude(gambar="").first()
    halaman = {
        "beranda": "/",
        "katalog": "/informasi/",
        "entri": entri.get_absolute_url(),
        "berita": "/berita/",
        "artikel": berita.get_absolute_url(),
        "cari": "/cari/?q=pemilih",
        "ajukan": "/permohonan/ajukan/",
        "lacak": "/permohonan/lacak/",
        "register": "/permohonan/register/",
        "statistik": "/statistik/",
        "laporan": laporan.get_absolute_url(),
        "dik": "/informasi/dikecualikan/",
        "standar": "/halaman/standar-layanan/",
        "status": f"/permohonan/lacak/{nomor}/",
        "bukti": f"/permohonan/lacak/{nomor}/bukti/",
        "keberatan": f"/keberatan/ajukan/?nomor={nomor}",
        "survei": "/survei/?unit=kpu-jateng",
        "konsultasi": "/survei/konsultasi/",
    }
    page.set_viewport_size({"width": lebar, "height": 740 if lebar < 800 else 800})
    LAYAR.mkdir(parents=True, exist_ok=True)
    for nama, alamat in halaman.items():
        respons = page.goto(live_server.url + alamat)
        assert respons.status == 200, alamat
        lebar_isi = page.evaluate("document.documentElement.scrollWidth")
        assert lebar_isi <= lebar, f"{alamat} is {lebar_isi} px wide"
        # Every picture on the page loads (none broken or missing), lazy ones included.
        page.evaluate("document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
        # (A function, not a string: the page's CSP forbids eval.)
        page.wait_for_function("() => [...document.images].every(i => i.complete)")
        rusak = page.evaluate(
            "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
        )
        assert rusak == [], f"{alamat}: {rusak}"
        page.screenshot(path=str(LAYAR / f"{nama}-{lebar}.png"), full_page=True)
        periksa_halaman(page, f"{nama}-{lebar}")
