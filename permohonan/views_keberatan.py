"""Public pages of objections (keberatan, UU 14/2008 Pasal 35–36; DOMAIN.md §6) and the list
of exempt information (DIK, DOMAIN.md §5)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import ListView

from permohonan import kalender, services
from permohonan.batas import ip_klien, melebihi_batas
from permohonan.forms import KeberatanForm, LacakForm
from permohonan.models import Keberatan, Permohonan, UjiKonsekuensi
from permohonan.selectors import libur_aktif
from permohonan.views import _izinkan_lacak, _permohonan_dilacak, _surat

_SESI_KEBERATAN_BARU = "keberatan_baru"


def ajukan(request):
    """The objection form for a request this browser follows (`?nomor=`); without that proof,
    the number + e-mail form first. Template `permohonan/keberatan_ajukan.html`; context:
    `permohonan`, `jendela` (each ground's filing window), `hari_ini`, `form` or `lacak_form`,
    `terbuka` (an objection still awaiting its answer)."""
    nomor = request.GET.get("nomor", "").strip().upper()
    permohonan = _permohonan_dilacak(request, nomor) if nomor else None
    if permohonan is None:
        return _temukan_permohonan(request)
    hari_ini = timezone.localdate()
    context = {
        "permohonan": permohonan,
        "jendela": services.jendela_keberatan(permohonan).values(),
        "hari_ini": hari_ini,
        "terbuka": permohonan.keberatan.filter(status__in=Keberatan.STATUS_TERBUKA).first(),
        "crumbs": [(permohonan.nomor, reverse("permohonan:status", args=[permohonan.nomor]))],
    }
    form = KeberatanForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if melebihi_batas(
            "keberatan-ip",
            ip_klien(request),
            batas=settings.PERMOHONAN_BATAS_IP_PER_JAM,
            detik=3600,
        ):
            form.add_error(None, _("Terlalu banyak pengajuan dari alamat ini. Coba lagi nanti."))
        else:
            try:
                keberatan = services.ajukan_keberatan(
                    keberatan=form.keberatan(permohonan), kanal=Permohonan.Kanal.ONLINE
                )
            except services.TransisiDitolak as exc:
                form.add_error(None, str(exc))
            else:
                form.hapus_berkas_sementara()
                request.session[_SESI_KEBERATAN_BARU] = keberatan.pk
                return redirect("keberatan:bukti")
        form.simpan_berkas_sementara()
    elif request.method == "POST":
        form.simpan_berkas_sementara()
    return render(request, "permohonan/keberatan_ajukan.html", {**context, "form": form})


def _temukan_permohonan(request):
    form = LacakForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if melebihi_batas(
            "lacak-ip",
            ip_klien(request),
            batas=settings.PERMOHONAN_BATAS_LACAK_PER_JAM,
            detik=3600,
        ):
            form.add_error(None, _("Terlalu banyak percobaan. Coba lagi dalam satu jam."))
        else:
            permohonan = Permohonan.objects.filter(
                nomor=form.cleaned_data["nomor"],
                pemohon__email__iexact=form.cleaned_data["email"],
            ).first()
            if permohonan is not None:
                _izinkan_lacak(request, permohonan)
                return redirect(reverse("keberatan:ajukan") + f"?nomor={permohonan.nomor}")
            form.add_error(
                None,
                _(
                    "Nomor pendaftaran dan e-mail itu tidak cocok dengan permohonan mana pun. "
                    "Periksa kembali keduanya seperti tertulis pada bukti permohonan."
                ),
            )
    return render(request, "permohonan/keberatan_ajukan.html", {"lacak_form": form})


def bukti(request):
    """The objection's receipt right after filing. Template `permohonan/keberatan_bukti.html`;
    context: `keberatan`, `dilewati` (days the answer deadline skipped)."""
    keberatan = (
        Keberatan.objects.select_related("permohonan")
        .filter(pk=request.session.get(_SESI_KEBERATAN_BARU))
        .first()
    )
    if keberatan is None:
        return redirect("keberatan:ajukan")
    tiba = timezone.localtime(keberatan.diterima_pada).date()
    libur = libur_aktif(tiba - timedelta(days=1), keberatan.jatuh_tempo)
    return render(
        request,
        "permohonan/keberatan_bukti.html",
        {
            "keberatan": keberatan,
            "dilewati": kalender.hari_dilewati(
                min(tiba, keberatan.tanggal_terima), keberatan.jatuh_tempo, libur
            ),
            "batas": kalender.BATAS_TANGGAPAN_KEBERATAN,
        },
    )


def surat_tanggapan(request, nomor: str):
    """The Atasan PPID's answer as a printable letter / PDF, for the requester."""
    keberatan = (
        Keberatan.objects.select_related("permohonan__pemohon")
        .filter(nomor=nomor, status=Keberatan.Status.SELESAI)
        .first()
    )
    if keberatan is None or _permohonan_dilacak(request, keberatan.permohonan.nomor) is None:
        raise Http404
    return _surat(
        request,
        "permohonan/surat/tanggapan_keberatan.html",
        {"keberatan": keberatan},
        f"tanggapan-{keberatan.nomor}.pdf",
        kembali_url=reverse("permohonan:status", args=[keberatan.permohonan.nomor]),
    )


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
    uji = get_object_or_404(
        UjiKonsekuensi.objects.select_related("unit_kerja", "permohonan").exclude(
            status=UjiKonsekuensi.Status.DRAF
        ),
        pk=pk,
    )
    return _surat(
        request,
        "permohonan/surat/uji_konsekuensi.html",
        {"uji": uji},
        f"uji-konsekuensi-{uji.pk}.pdf",
        kembali_url=reverse("dik"),
    )
