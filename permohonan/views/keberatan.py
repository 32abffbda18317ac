"""Public pages of objections (keberatan, UU 14/2008 Pasal 35–36; DOMAIN.md §6): the form,
its receipt, and the Atasan PPID's answer for the requester."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from informasi.batas_laju import ip_klien, melebihi_batas
from permohonan import akses, selectors, services, surat
from permohonan.forms import KeberatanForm, LacakForm
from permohonan.models import Keberatan, Permohonan
from permohonan.views._pribadi import pribadi
from permohonan.views.permohonan import lacak_dengan_email

_SESI_KEBERATAN_BARU = "keberatan_baru"


@pribadi
def ajukan(request):
    """The objection form for a request this browser follows (`?nomor=`); without that proof,
    the number + e-mail form first. Template `permohonan/keberatan_ajukan.html`; context:
    `permohonan`, `jendela` (each ground's filing window), `hari_ini`, `form` or `lacak_form`,
    `terbuka` (an objection still awaiting its answer)."""
    nomor = request.GET.get("nomor", "").strip().upper()
    try:
        permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    except akses.TidakDitemukan:
        return _temukan_permohonan(request)
    hari_ini = permohonan.hari_ini()
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
    if request.method == "POST":
        form.simpan_berkas_sementara(ip=ip_klien(request))
    return render(request, "permohonan/keberatan_ajukan.html", {**context, "form": form})


def _temukan_permohonan(request):
    form = LacakForm(request.POST or None)
    if request.method == "POST":
        permohonan = lacak_dengan_email(request, form)
        if permohonan is not None:
            return redirect(reverse("keberatan:ajukan") + f"?nomor={permohonan.nomor}")
    return render(request, "permohonan/keberatan_ajukan.html", {"lacak_form": form})


@pribadi
def bukti(request):
    """The objection's receipt right after filing. Template `permohonan/keberatan_bukti.html`;
    context: `keberatan`, `penjelasan` (how the answer deadline was counted)."""
    keberatan = (
        Keberatan.objects.select_related("permohonan__pemohon")
        .filter(pk=request.session.get(_SESI_KEBERATAN_BARU))
        .first()
    )
    if keberatan is None:
        messages.info(
            request,
            _(
                "Bukti keberatan dapat dibuka kapan saja dari halaman status permohonan Anda "
                "(Lacak Permohonan)."
            ),
        )
        return redirect("permohonan:lacak")
    return render(
        request,
        "permohonan/keberatan_bukti.html",
        {"keberatan": keberatan, "penjelasan": selectors.penjelasan_keberatan(keberatan)},
    )


def _keberatan_pemohon(request, nomor: str) -> Keberatan:
    """An objection on a request this browser follows."""
    if not akses.nomor_mungkin(nomor):
        raise Http404
    keberatan = (
        Keberatan.objects.select_related("permohonan__pemohon", "permohonan__unit_kerja")
        .filter(nomor=nomor)
        .first()
    )
    if keberatan is None:
        raise Http404
    akses.permohonan_untuk_pemohon(request, keberatan.permohonan.nomor)
    return keberatan


@pribadi
def surat_tanggapan(request, nomor: str):
    """The Atasan PPID's answer as a printable letter / PDF, for the requester."""
    keberatan = _keberatan_pemohon(request, nomor)
    return surat.respons(
        request,
        "tanggapan_keberatan",
        keberatan,
        kembali_url=reverse("permohonan:status", args=[keberatan.permohonan.nomor]),
    )


@pribadi
def surat_bukti(request, nomor: str):
    """The objection's receipt as a printable letter / PDF, for the requester (any time)."""
    try:
        keberatan = _keberatan_pemohon(request, nomor)
    except Http404:
        messages.info(
            request,
            _(
                "Bukti keberatan dapat dibuka kapan saja dari halaman status permohonan Anda. "
                "Masukkan nomor pendaftaran permohonan dan e-mail Anda."
            ),
        )
        return redirect("permohonan:lacak")
    return surat.respons(
        request,
        "bukti_keberatan",
        keberatan,
        kembali_url=reverse("permohonan:status", args=[keberatan.permohonan.nomor]),
    )
