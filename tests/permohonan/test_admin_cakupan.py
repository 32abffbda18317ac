"""Lookup fields of the admin forms offer and accept only the staff member's units' records:
every select, autocomplete and raw-id field of every admin form, walked as a PPID
Pelaksana; posts of another unit's record get a form error and save nothing."""

import json

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.forms import ModelChoiceField
from django.test import RequestFactory
from django.urls import reverse

from informasi.akses import PPID_PELAKSANA
from informasi.models import Informasi, UnitKerja
from permohonan.models import Permohonan, UjiKonsekuensi
from permohonan.services import terima_permohonan
from tests.factories import (
    InformasiFactory,
    PetugasFactory,
    UserFactory,
    pemohon_baru,
    permohonan_baru,
    uji_konsekuensi,
)

pytestmark = pytest.mark.django_db

APP = ("informasi", "permohonan", "portal")


def _permohonan(unit):
    return terima_permohonan(
        pemohon=pemohon_baru(), permohonan=permohonan_baru(unit), kanal=Permohonan.Kanal.ONLINE
    ).permohonan


@pytest.fixture
def dunia(pohon):
    call_command("perbarui_hari_libur", verbosity=0)
    pelaksana = PetugasFactory(
        unit_kerja=pohon["semarang"], user=UserFactory(groups=[PPID_PELAKSANA])
    ).user
    sendiri = {
        "informasi": InformasiFactory(unit_kerja=pohon["semarang"]),
        "permohonan": _permohonan(pohon["semarang"]),
    }
    lain_permohonan = _permohonan(pohon["dki"])
    lain = {
        UnitKerja: pohon["dki"],
        Informasi: InformasiFactory(unit_kerja=pohon["dki"]),
        Permohonan: lain_permohonan,
        UjiKonsekuensi: uji_konsekuensi(pohon["dki"], kesimpulan="dikecualikan"),
    }
    return {"pelaksana": pelaksana, "sendiri": sendiri, "lain": lain}


def _formfields(model_admin, request):
    """Every model-choice field of the admin's form and of its inlines' forms."""
    form = model_admin.get_form(request)()
    yield from ((model_admin, n, f) for n, f in form.fields.items())
    for inline in model_admin.get_inline_instances(request):
        formset = inline.get_formset(request)()
        yield from ((inline, n, f) for n, f in formset.form.base_fields.items())


def test_every_admin_lookup_offers_only_own_units(dunia):
    request = RequestFactory().get("/admin/")
    request.user = dunia["pelaksana"]
    dilihat = 0
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in APP or not model_admin.has_add_permission(request):
            continue
        for pemilik, nama, field in _formfields(model_admin, request):
            if not isinstance(field, ModelChoiceField):
                continue
            asing = dunia["lain"].get(field.queryset.model)
            if asing is None:
                continue
            dilihat += 1
            assert not field.queryset.filter(pk=asing.pk).exists(), (pemilik, nama)
    assert dilihat >= 4  # Informasi.unit_kerja; the test's unit, request, related entries


def test_another_units_catalogue_entry_is_refused_in_a_consequence_test(client, dunia):
    client.force_login(dunia["pelaksana"])
    data = {
        "informasi": "NIK pemilih",
        "dokumen": "DPT",
        "unit_kerja": dunia["pelaksana"].petugas.unit_kerja.pk,
        "informasi_terkait": [dunia["sendiri"]["informasi"].pk, dunia["lain"][Informasi].pk],
        "pemicu": "tinjauan",
        "pasal_17": ["h"],
        "analisis_konsekuensi": "a",
        "analisis_kepentingan_publik": "b",
        "ringkasan": "c",
        "kesimpulan": "dikecualikan",
    }
    jumlah = UjiKonsekuensi.objects.count()
    response = client.post(reverse("admin:permohonan_ujikonsekuensi_add"), data)
    assert response.status_code == 200
    assert "informasi_terkait" in response.context["adminform"].form.errors
    assert UjiKonsekuensi.objects.count() == jumlah
    # The same form with the own unit's entry only is saved.
    data["informasi_terkait"] = [dunia["sendiri"]["informasi"].pk]
    response = client.post(reverse("admin:permohonan_ujikonsekuensi_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert UjiKonsekuensi.objects.count() == jumlah + 1


def test_another_units_consequence_test_cannot_back_a_refusal(client, dunia):
    client.force_login(dunia["pelaksana"])
    permohonan = dunia["sendiri"]["permohonan"]
    url = reverse("admin:permohonan_permohonan_pemberitahuan", args=[permohonan.pk])
    halaman = client.get(url, {"keputusan": "ditolak"}).content.decode()
    asing = dunia["lain"][UjiKonsekuensi]
    assert f'value="{asing.pk}"' not in halaman
    response = client.post(
        url,
        {
            "hasil": "ditolak",
            "alasan": "Memuat data pribadi pemilih.",
            "pasal_17": ["h"],
            "uji_konsekuensi": asing.pk,
            "nama_penandatangan": "Agus Prasetyo",
            "jabatan_penandatangan": "PPID Pelaksana",
            "biaya_salinan": "0",
            "biaya_pengiriman": "0",
            "biaya_lain": "0",
            "langkah": "kirim",
        },
    )
    assert response.status_code == 200
    assert "uji_konsekuensi" in response.context["form"].errors
    permohonan.refresh_from_db()
    assert permohonan.hasil == ""
    # A test decided by KPU RI applies to every office (PKPU 22/2023): it is offered.
    pusat = uji_konsekuensi(UnitKerja.objects.get(slug="kpu-ri"), kesimpulan="dikecualikan")
    assert f'value="{pusat.pk}"' in client.get(url, {"keputusan": "ditolak"}).content.decode()


def test_the_unit_autocomplete_lists_only_own_units(client, dunia, pohon):
    client.force_login(dunia["pelaksana"])
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "informasi", "model_name": "informasi", "field_name": "unit_kerja"},
    )
    assert response.status_code == 200
    ids = {int(r["id"]) for r in json.loads(response.content)["results"]}
    assert ids == {pohon["semarang"].pk}
    # ... and the catalogue form refuses another unit posted all the same.
    response = client.post(
        reverse("admin:informasi_informasi_add"),
        {
            "judul": "Entri unit lain",
            "slug": "entri-unit-lain",
            "ringkasan": "r",
            "kategori": "berkala",
            "unit_kerja": pohon["dki"].pk,
            "penanggung_jawab": "x",
            "bentuk": "elektronik",
            "tahun": "2026",
            "status": "draf",
            "dokumen-TOTAL_FORMS": "0",
            "dokumen-INITIAL_FORMS": "0",
            "versi_lama-TOTAL_FORMS": "0",
            "versi_lama-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "unit_kerja" in response.context["adminform"].form.errors
    assert not Informasi.objects.filter(slug="entri-unit-lain").exists()


def test_the_consequence_test_autocompletes_list_only_own_units(client, dunia):
    client.force_login(dunia["pelaksana"])
    for field_name, model in (("informasi_terkait", Informasi), ("permohonan", Permohonan)):
        response = client.get(
            reverse("admin:autocomplete"),
            {"app_label": "permohonan", "model_name": "ujikonsekuensi", "field_name": field_name},
        )
        assert response.status_code == 200
        ids = {int(r["id"]) for r in json.loads(response.content)["results"]}
        assert dunia["lain"][model].pk not in ids, field_name
        assert ids, field_name  # the own unit's record is there
