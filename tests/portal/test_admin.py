import pytest
from django.urls import reverse

from informasi.akses import EDITOR_BERITA, PPID_UTAMA
from tests.factories import HalamanFactory, ProfilSitusFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_ppid_utama_edits_the_service_charter_in_the_admin(client):
    maklumat = HalamanFactory(slug="maklumat-pelayanan", judul="Maklumat Pelayanan")
    client.force_login(UserFactory(groups=[PPID_UTAMA]))
    url = reverse("admin:portal_halaman_change", args=[maklumat.pk])

    response = client.post(
        url,
        {
            "judul": "Maklumat Pelayanan",
            "slug": "maklumat-pelayanan",
            "ringkasan": "Janji layanan kami.",
            "isi": "Layanan **tanpa biaya**.",
            "diterbitkan": "on",
            "urutan": "1",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(maklumat.get_absolute_url()).content.decode()
    assert "<strong>tanpa biaya</strong>" in page


def test_required_pages_cannot_be_hidden(client):
    maklumat = HalamanFactory(slug="maklumat-pelayanan")
    client.force_login(UserFactory(groups=[PPID_UTAMA]))
    response = client.post(
        reverse("admin:portal_halaman_change", args=[maklumat.pk]),
        {"judul": "M", "slug": "maklumat-pelayanan", "ringkasan": "r", "isi": "i", "urutan": "0"},
    )
    assert response.status_code == 200
    assert "wajib diumumkan" in response.content.decode()


def test_footer_contact_comes_from_the_site_profile(client):
    profil = ProfilSitusFactory()
    client.force_login(UserFactory(groups=[PPID_UTAMA]))
    client.post(
        reverse("admin:portal_profilsitus_change", args=[profil.pk]),
        {
            "nama_badan": profil.nama_badan,
            "nama_ppid": profil.nama_ppid,
            "alamat": "Jl. Pemuda No. 148, Semarang",
            "email": "layanan@contoh.go.id",
            "jam_layanan": "Senin–Jumat: 07.30–16.00 WIB",
        },
    )
    html = client.get("/").content.decode()
    assert "Jl. Pemuda No. 148, Semarang" in html
    assert "Senin–Jumat: 07.30–16.00 WIB" in html


def test_news_editor_cannot_edit_pages(client):
    halaman = HalamanFactory()
    client.force_login(UserFactory(groups=[EDITOR_BERITA]))
    response = client.get(reverse("admin:portal_halaman_change", args=[halaman.pk]))
    assert response.status_code == 403


@pytest.mark.django_db
def test_every_admin_list_and_form_of_the_new_models_opens(client, settings):
    """A superuser opens each list and object page of the demo data without an error
    (disputes are edited inline on their objection)."""
    from django.contrib.auth.models import User
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("demo_data", verbosity=0)
    client.force_login(User.objects.get(username="admin"))
    from permohonan.models import Keberatan, Permohonan, UjiKonsekuensi
    from portal.models import Berita, KategoriBerita, TagBerita

    for model in (
        Keberatan,
        Permohonan,
        UjiKonsekuensi,
        Berita,
        KategoriBerita,
        TagBerita,
    ):
        nama = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        assert client.get(reverse(f"{nama}_changelist")).status_code == 200, model
        for obj in model.objects.all()[:3]:
            assert client.get(reverse(f"{nama}_change", args=[obj.pk])).status_code == 200, obj
