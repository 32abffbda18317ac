"""Public pages of the request workflow."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, ListView

from permohonan import kalender
from permohonan.batas import ip_klien, melebihi_batas
from permohonan.filters import RegisterFilter
from permohonan.forms import LacakForm, PermohonanForm
from permohonan.models import Lampiran, PemberitahuanTertulis, Permohonan
from permohonan.pdf import respons_pdf
from permohonan.selectors import libur_aktif, saran_informasi
from permohonan.services import hash_token

_SESI_BARU = "permohonan_baru"
# Requests this browser has proven it may follow (by e-mail or secret link): their ids.
_SESI_LACAK = "permohonan_dilacak"


def _izinkan_lacak(request, permohonan: Permohonan) -> None:
    diizinkan = set(request.session.get(_SESI_LACAK, []))
    diizinkan.add(permohonan.pk)
    request.session[_SESI_LACAK] = sorted(diizinkan)


class AjukanView(FormView):
    """The request form. Template `permohonan/ajukan.html`; context: `form`.

    `?rincian=` pre-fills the details (the catalogue's "request it" links carry the search).
    """

    template_name = "permohonan/ajukan.html"
    form_class = PermohonanForm
    success_url = reverse_lazy("permohonan:bukti")

    def get_initial(self):
        return {"rincian": self.request.GET.get("rincian", "")[:2000]}

    def form_invalid(self, form):
        form.simpan_berkas_sementara()
        return super().form_invalid(form)

    def form_valid(self, form):
        data = form.cleaned_data
        if not self.request.POST.get("konfirmasi"):
            # Before registering: show published entries that may already answer the request.
            saran = saran_informasi(data["rincian"])
            if saran:
                form.simpan_berkas_sementara()
                return self.render_to_response(self.get_context_data(form=form, saran=saran))
        if melebihi_batas(
            "ajukan-ip",
            ip_klien(self.request),
            batas=settings.PERMOHONAN_BATAS_IP_PER_JAM,
            detik=3600,
        ) or melebihi_batas(
            "ajukan-email",
            data["email"].lower(),
            batas=settings.PERMOHONAN_BATAS_EMAIL_PER_HARI,
            detik=86400,
        ):
            form.add_error(
                None,
                _(
                    "Terlalu banyak permohonan dikirim dari alamat ini dalam waktu singkat. "
                    "Isian Anda tetap tersimpan di halaman ini; kirim lagi nanti, atau hubungi "
                    "kami melalui e-mail atau telepon."
                ),
            )
            return self.form_invalid(form)
        hasil = form.terima(kanal=Permohonan.Kanal.ONLINE)
        form.hapus_berkas_sementara()
        # The receipt page is shown to this browser only (it holds the secret token).
        self.request.session[_SESI_BARU] = {"id": hasil.permohonan.pk, "token": hasil.token}
        _izinkan_lacak(self.request, hasil.permohonan)
        return super().form_valid(form)


def bukti(request):
    """The receipt (bukti permohonan) right after submitting. Template `permohonan/bukti.html`;
    context: `permohonan`, `token`, `dilewati` (days skipped by the deadline)."""
    baru = request.session.get(_SESI_BARU)
    permohonan = (
        Permohonan.objects.select_related("unit_kerja", "pemohon").filter(pk=baru["id"]).first()
        if baru
        else None
    )
    if permohonan is None:
        return redirect("permohonan:ajukan")
    return render(
        request,
        "permohonan/bukti.html",
        {**_penjelasan_jatuh_tempo(permohonan), "permohonan": permohonan, "token": baru["token"]},
    )


def _penjelasan_jatuh_tempo(permohonan: Permohonan) -> dict:
    """The receipt's explanation of the first deadline: the days it skipped."""
    tiba = timezone.localtime(permohonan.diterima_pada).date()
    libur = libur_aktif(tiba - timedelta(days=1), permohonan.jatuh_tempo)
    return {
        "dilewati": kalender.hari_dilewati(
            min(tiba, permohonan.tanggal_terima), permohonan.jatuh_tempo, libur
        ),
        "batas": kalender.BATAS_PEMBERITAHUAN,
    }


def surat_bukti(request, nomor: str):
    """The receipt as a printable letter, or PDF with ?format=pdf, for the requester (any
    time: linked from the receipt page and the status page)."""
    permohonan = _permohonan_dilacak(request, nomor)
    if permohonan is None:
        raise Http404
    return _surat(
        request,
        "permohonan/surat/bukti.html",
        {**_penjelasan_jatuh_tempo(permohonan), "permohonan": permohonan},
        f"bukti-{permohonan.nomor}.pdf",
        kembali_url=reverse("permohonan:status", args=[permohonan.nomor]),
    )


def lacak(request):
    """Find a request by number + e-mail. Template `permohonan/lacak.html`; context: `form`.

    A wrong number and a wrong e-mail get the same answer, so the page reveals nothing about
    who asked what.
    """
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
                return redirect("permohonan:status", nomor=permohonan.nomor)
            form.add_error(
                None,
                _(
                    "Nomor pendaftaran dan e-mail itu tidak cocok dengan permohonan mana pun. "
                    "Periksa kembali keduanya seperti tertulis pada bukti permohonan."
                ),
            )
    return render(request, "permohonan/lacak.html", {"form": form})


def lacak_tautan(request, nomor: str, token: str):
    """The secret link: valid token → this browser may follow the request; the token is then
    dropped from the address (it stays out of history and Referer headers)."""
    permohonan = Permohonan.objects.filter(nomor=nomor, token_hash=hash_token(token)).first()
    if permohonan is None:
        return render(request, "permohonan/tautan_salah.html", status=404)
    _izinkan_lacak(request, permohonan)
    return redirect("permohonan:status", nomor=permohonan.nomor)


def _permohonan_dilacak(request, nomor: str):
    """The request `nomor` if this browser has proven it may follow it, else None."""
    return (
        Permohonan.objects.select_related("unit_kerja", "pemohon")
        .filter(nomor=nomor, pk__in=request.session.get(_SESI_LACAK, []))
        .first()
    )


def lampiran(request, nomor: str, pk: int):
    """A file released with the written notice, for the requester only."""
    permohonan = _permohonan_dilacak(request, nomor)
    berkas = (
        Lampiran.objects.filter(pk=pk, pemberitahuan__permohonan=permohonan).first()
        if permohonan
        else None
    )
    if berkas is None:
        raise Http404
    return FileResponse(
        berkas.berkas.open("rb"),
        as_attachment=True,
        filename=berkas.berkas.name.rsplit("/", 1)[-1],
    )


def status(request, nomor: str):
    """A request's status, timeline and deadline, for the requester only.

    Template `permohonan/status.html`; context: `permohonan`, `riwayat` (entries meant for the
    requester), `dilewati`, `terlambat`.
    """
    permohonan = _permohonan_dilacak(request, nomor)
    if permohonan is None:
        return redirect("permohonan:lacak")
    daftar_pemberitahuan = (
        PemberitahuanTertulis.objects.filter(permohonan=permohonan)
        .prefetch_related("lampiran", "informasi_terkait")
        .order_by("-dikirim_pada")
    )
    hari_ini = timezone.localdate()
    libur = libur_aktif(permohonan.tanggal_terima, hari_ini + timedelta(days=120))
    terlambat = permohonan.terlambat(hari_ini)
    keberatan = list(permohonan.keberatan.prefetch_related("sengketa").order_by("diterima_pada"))
    for k in keberatan:
        # UU 14/2008 Pasal 37 ayat (2): a dispute within 14 working days of the answer.
        k.batas_sengketa = (
            kalender.batas_pengajuan_sengketa(timezone.localtime(k.diputuskan_pada).date(), libur)
            if k.diputuskan_pada
            else None
        )
    return render(
        request,
        "permohonan/status.html",
        {
            "permohonan": permohonan,
            "daftar_pemberitahuan": daftar_pemberitahuan,
            "daftar_keberatan": keberatan,
            "keberatan_terbuka": any(k.terbuka for k in keberatan),
            "hari_ini": hari_ini,
            "riwayat": permohonan.riwayat.filter(untuk_pemohon=True),
            "dilewati": kalender.hari_dilewati(
                permohonan.tanggal_terima, permohonan.batas_waktu, libur
            ),
            "terlambat": terlambat,
            "sisa_hari_kerja": kalender.jumlah_hari_kerja(hari_ini, permohonan.batas_waktu, libur),
            # DOMAIN.md §6 [P]: with no notice, ground (c) of UU 14/2008 Pasal 35 ayat (1)
            # arises the day after the deadline; an objection may follow within 30 working
            # days (Pasal 36 ayat (1)).
            "batas_keberatan": (
                kalender.batas_pengajuan_keberatan(
                    permohonan.batas_waktu + timedelta(days=1), libur
                )
                if terlambat
                else None
            ),
            "crumbs": [(_("Lacak permohonan"), reverse("permohonan:lacak"))],
        },
    )


class RegisterView(ListView):
    """The public register of requests (buku register permohonan) without personal data.

    Template `permohonan/register.html`; context: `baris` (request, working days taken, on
    time or late), `filter`, `page_obj`. The details are shown only when staff marked them
    publishable; names, contacts and identity never appear (UU 14/2008 Pasal 17 huruf h).
    """

    template_name = "permohonan/register.html"
    paginate_by = 25

    def get_queryset(self):
        self.filterset = RegisterFilter(
            self.request.GET,
            queryset=Permohonan.objects.select_related("unit_kerja")
            .only(
                "nomor",
                "diterima_pada",
                "tanggal_terima",
                "jatuh_tempo",
                "jatuh_tempo_perpanjangan",
                "jatuh_tempo_pelaksanaan",
                "status",
                "hasil",
                "selesai_pada",
                "rincian",
                "dapat_dipublikasikan",
                "pemohon__jenis",
                "unit_kerja__nama",
            )
            .select_related("pemohon")
            .order_by("-diterima_pada", "-id"),
        )
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        halaman = list(context["object_list"])
        hari_ini = timezone.localdate()
        baris = []
        if halaman:
            awal = min(p.tanggal_terima for p in halaman)
            libur = libur_aktif(awal, hari_ini)
            for p in halaman:
                akhir = timezone.localtime(p.selesai_pada).date() if p.selesai_pada else hari_ini
                baris.append(
                    {
                        "permohonan": p,
                        "hari_kerja": kalender.jumlah_hari_kerja(p.tanggal_terima, akhir, libur),
                        "tepat_waktu": (
                            akhir <= p.batas_waktu if p.selesai_pada else not p.terlambat(hari_ini)
                        ),
                    }
                )
        context.update(baris=baris, filter=self.filterset)
        return context


def surat_pemberitahuan(request, nomor: str, pk: int):
    """The written notice as a printable letter, or as PDF with ?format=pdf (requester)."""
    permohonan = _permohonan_dilacak(request, nomor)
    pemberitahuan = (
        PemberitahuanTertulis.objects.filter(permohonan=permohonan, pk=pk).first()
        if permohonan
        else None
    )
    if pemberitahuan is None:
        raise Http404
    return render_surat(request, permohonan, pemberitahuan)


def render_surat(request, permohonan, pemberitahuan, kembali_url=None):
    """The notice letter for the requester's and the staff's views alike."""
    return _surat(
        request,
        "permohonan/surat/pemberitahuan.html",
        {"permohonan": permohonan, "pemberitahuan": pemberitahuan},
        f"pemberitahuan-{permohonan.nomor}.pdf",
        kembali_url=kembali_url or reverse("permohonan:status", args=[permohonan.nomor]),
    )


def _surat(request, template: str, context: dict, nama_pdf: str, *, kembali_url: str):
    """A printable letter (print stylesheet), or its PDF with ?format=pdf."""
    context = {**context, "pdf_url": "?format=pdf", "kembali_url": kembali_url}
    if request.GET.get("format") == "pdf":
        return respons_pdf(request, template, context, nama_pdf)
    return render(request, template, context)
