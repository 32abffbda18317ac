"""Public pages of exempt information (DOMAIN.md §5): the Daftar Informasi yang Dikecualikan
(DIK) and each decided consequence-test sheet."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import ListView

from permohonan import akses, surat
from permohonan.models import UjiKonsekuensi


class DikView(ListView):
    """Daftar Informasi yang Dikecualikan: the information, legal basis, consequence summary,
    duration and decision number of every exemption decided (DOMAIN.md §5); exemptions that
    ended are listed as open again. Template `permohonan/dik.html`; context: `page_obj`,
    `hari_ini`."""

    template_name = "permohonan/dik.html"
    paginate_by = 25

    def get_queryset(self):
        return (
            UjiKonsekuensi.objects.filter(
                Q(status=UjiKonsekuensi.Status.DITETAPKAN)
                | Q(status=UjiKonsekuensi.Status.BERAKHIR),
                kesimpulan__in=UjiKonsekuensi.KESIMPULAN_MENGECUALIKAN,
            )
            .select_related("unit_kerja")
            # In force ("ditetapkan") before ended ("berakhir"), newest decision first.
            .order_by("-status", "-tanggal_keputusan", "-id")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs,
            hari_ini=timezone.localdate(),
            crumbs=[(_("Informasi Publik"), reverse("informasi:daftar"))],
        )


def lembar_uji(request, pk: int):
    """The consequence-test sheet of a decided exemption, public like the DIK."""
    return surat.respons(
        request, "uji_konsekuensi", akses.uji_publik(pk), kembali_url=reverse("dik")
    )
