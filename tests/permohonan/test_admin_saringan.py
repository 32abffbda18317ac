"""Every admin list, walked as PPID staff with odd values in each of its filter, search,
date, order and page parameters: the list, the admin's own "invalid filter" answer, or the
list without its parameters and a message (portal.middleware.AdminSaringanMiddleware) —
never a 500."""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from informasi.akses import PPID_PELAKSANA, PPID_UTAMA
from tests.factories import InformasiFactory, PetugasFactory, UserFactory

# Real transactions: a failing query must not poison the requests after it.
pytestmark = pytest.mark.django_db(transaction=True)

# Not a number, not a choice and very long; a huge number; the last day a date field
# holds (the time zone pushes it past); no such date; a NUL byte.
ANEH = ["abc" + "x" * 3000, "9" * 26, "9999-12-31", "2026-13-45", "a\x00b"]


def _parameter(model_admin, user) -> list[str]:
    """The query parameters the list understands: each filter's, the date drill-down's,
    search, order and page."""
    request = RequestFactory().get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    nama = ["q", "o", "p", "_facets", "e"]
    for spec in changelist.filter_specs:
        nama += spec.expected_parameters()
    if model_admin.date_hierarchy:
        nama += [f"{model_admin.date_hierarchy}__{b}" for b in ("year", "month", "day")]
    return nama


# A raw date parameter on a date-time field is naive: Django warns (an error under pytest's
# settings, only a log line in production) and the query runs.
@pytest.mark.filterwarnings("ignore:DateTimeField .* received a naive datetime:RuntimeWarning")
# A superuser sees every list (the libraries' too); a PPID Pelaksana's are scoped to a unit.
@pytest.mark.parametrize("peran", [PPID_PELAKSANA, "superuser"])
def test_every_admin_list_survives_odd_filter_values(client, pohon, peran):
    if peran == "superuser":
        user = UserFactory(is_superuser=True)
    else:
        unit = pohon["ri"] if peran == PPID_UTAMA else pohon["semarang"]
        user = PetugasFactory(unit_kerja=unit, user=UserFactory(groups=[peran])).user
    InformasiFactory(unit_kerja=pohon["semarang"])
    client.force_login(user)
    client.raise_request_exception = False
    request = RequestFactory().get("/")
    request.user = user
    dilihat = 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(request):
            continue
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert client.get(url).status_code == 200, url
        for nama in _parameter(model_admin, user):
            for nilai in ANEH:
                response = client.get(url, {nama: nilai})
                assert response.status_code < 500, (url, nama, nilai[:20])
                dilihat += 1
        # Several at once, as a hand-edited address has them.
        semua = dict.fromkeys(_parameter(model_admin, user), "abc")
        assert client.get(url, semua).status_code < 500, url
    assert dilihat > 100


def test_an_unusable_filter_is_dropped_with_a_message(client, pohon):
    client.force_login(UserFactory(groups=[PPID_UTAMA]))
    url = reverse("admin:informasi_informasi_changelist")
    for parameter in ({"diterbitkan_pada__year": "99999999999999"}, {"q": "a\x00b"}):
        response = client.get(url, parameter, follow=True)
        assert response.status_code == 200
        html = response.content.decode()
        assert "pada alamat" in html and "diabaikan" in html
