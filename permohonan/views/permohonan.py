"""Public pages of a request (UU 14/2008 Pasal 22; DOMAIN.md §3–4): the form, the receipt,
tracking by secret link or number + e-mail, the status page and the public register.
Who may follow a request: `permohonan.akses`."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView

from informasi.batas_laju import ip_klien, melebihi_batas
from permohonan import akses, kalender, selectors, surat
from permohonan.filters import RegisterFilter
from permohonan.forms import LacakForm, PermohonanForm
from permohonan.models import PemberitahuanTertulis, Permohonan, Survei
from permohonan.selectors import libur_aktif, saran_informasi
from permohonan.services import hash_token, perbarui_tautan_pelacakan, survei_dibuka
from permohonan.views._pribadi import formulir_kosong, pribadi
from portal.paginasi import LewatId

_SESI_BARU = "permohonan_baru"
_PESAN_BUKTI = gettext_lazy(
    "Bukti permohonan dapat dibuka kapan saja dari halaman status permohonan. Masukkan nomor "
    "pendaftaran dan e-mail Anda di bawah ini, atau buka tautan pelacakan yang kami kirim ke "
    "e-mail Anda; tautan bukti ada di halaman status."
)


# Only the POST answers (the form re-shown with what was typed) are never stored: the empty
# form holds nothing personal, and a stored copy is what the browser's Back button restores
# when the database is away (portal.middleware, tests/portal/test_gangguan.py).
@method_decorator(pribadi, name="post")
@method_decorator(formulir_kosong, name="get")
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
        form.simpan_berkas_sementara(ip=ip_klien(self.request))
        return super().form_invalid(form)

    def form_valid(self, form):
        data = form.cleaned_data
        if not self.request.POST.get("konfirmasi"):
            # Before registering: show published entries that may already answer the request.
            saran = saran_informasi(data["rincian"])
            if saran:
                form.simpan_berkas_sementara(ip=ip_klien(self.request))
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
        akses.izinkan_pemohon(self.request, hasil.permohonan)
        return super().form_valid(form)


@pribadi
def bukti(request):
    """The receipt (bukti permohonan) right after submitting. Template `permohonan/bukti.html`;
    context: `permohonan`, `token`, `penjelasan` (how the deadline was counted)."""
    baru = request.session.get(_SESI_BARU)
    permohonan = (
        Permohonan.objects.select_related("unit_kerja", "pemohon").filter(pk=baru["id"]).first()
        if baru
        else None
    )
    if permohonan is None:
        # Opened again later, or in another browser: the receipt is behind the tracking page.
        messages.info(request, _PESAN_BUKTI)
        return redirect("permohonan:lacak")
    return render(
        request,
        "permohonan/bukti.html",
        {
            "permohonan": permohonan,
            "token": baru["token"],
            "penjelasan": selectors.penjelasan_permohonan(permohonan),
        },
    )


@pribadi
def surat_bukti(request, nomor: str):
    """The receipt as a printable letter, or PDF with ?format=pdf, for the requester (any
    time: linked from the receipt page and the status page). Without this browser's proof,
    the tracking page says how to get it, the number already filled in."""
    try:
        permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    except akses.TidakDitemukan:
        messages.info(request, _PESAN_BUKTI)
        return redirect(reverse("permohonan:lacak") + "?" + urlencode({"nomor": nomor[:20]}))
    return surat.respons(
        request,
        "bukti",
        permohonan,
        kembali_url=reverse("permohonan:status", args=[permohonan.nomor]),
    )


def lacak_dengan_email(request, form: LacakForm):
    """The "number + e-mail" lookup of the tracking page and the objection form, rate
    limited per address: the request (this browser may then follow it), or None with the
    reason on the form."""
    if not form.is_valid():
        return None
    if melebihi_batas(
        "lacak-ip", ip_klien(request), batas=settings.PERMOHONAN_BATAS_LACAK_PER_JAM, detik=3600
    ):
        form.add_error(None, _("Terlalu banyak percobaan. Coba lagi dalam satu jam."))
        return None
    permohonan = akses.buktikan_dengan_email(
        request, form.cleaned_data["nomor"], form.cleaned_data["email"]
    )
    if permohonan is None:
        form.add_error(
            None,
            _(
                "Nomor pendaftaran dan e-mail itu tidak cocok dengan permohonan mana pun. "
                "Periksa kembali keduanya seperti tertulis pada bukti permohonan."
            ),
        )
    return permohonan


@pribadi
def lacak(request):
    """Find a request by number + e-mail. Template `permohonan/lacak.html`; context: `form`.

    A wrong number and a wrong e-mail get the same answer, so the page reveals nothing about
    who asked what.
    """
    form = LacakForm(request.POST or None, initial={"nomor": request.GET.get("nomor", "")[:20]})
    if request.method == "POST":
        permohonan = lacak_dengan_email(request, form)
        if permohonan is not None:
            if request.POST.get("tautan_baru"):
                permohonan = perbarui_tautan_pelacakan(permohonan=permohonan)
                # Every other browser following it must prove itself again; this one did.
                akses.izinkan_pemohon(request, permohonan)
                messages.success(
                    request,
                    _(
                        "Tautan pelacakan baru telah dikirim ke e-mail yang tercatat pada "
                        "permohonan ini. Tautan lama tidak berlaku lagi."
                    ),
                )
            return redirect("permohonan:status", nomor=permohonan.nomor)
    return render(request, "permohonan/lacak.html", {"form": form})


@pribadi
def lacak_tautan(request, nomor: str, token: str):
    """The secret link: valid token → this browser may follow the request; the token is then
    dropped from the address (it stays out of history and Referer headers)."""
    permohonan = akses.buktikan_dengan_token(request, nomor, hash_token(token))
    if permohonan is None:
        return render(request, "permohonan/tautan_salah.html", status=404)
    return redirect("permohonan:status", nomor=permohonan.nomor)


@pribadi
def status(request, nomor: str):
    """A request's status, timeline and deadline, for the requester only.

    Template `permohonan/status.html`; context: `permohonan`, `riwayat` (entries meant for the
    requester), `penjelasan`, `terlambat`, `daftar_pemberitahuan`, `daftar_keberatan`,
    `survei` (None before the notice is sent, else whether the survey was answered).
    """
    try:
        permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    except akses.TidakDitemukan:
        return redirect("permohonan:lacak")
    daftar_pemberitahuan = (
        PemberitahuanTertulis.objects.filter(permohonan=permohonan)
        .prefetch_related("lampiran", "informasi_terkait")
        .order_by("-dikirim_pada")
    )
    hari_ini = permohonan.hari_ini()
    libur = libur_aktif(
        min(permohonan.tanggal_terima, hari_ini), max(permohonan.batas_waktu, hari_ini)
    )
    terlambat = permohonan.terlambat(hari_ini)
    keberatan = list(permohonan.keberatan.prefetch_related("sengketa").order_by("diterima_pada"))
    for k in keberatan:
        # UU 14/2008 Pasal 37 ayat (2): a dispute within 14 working days of receiving the
        # answer — or of the lapse of the answer period (DOMAIN.md §7).
        dasar = k.dasar_sengketa(hari_ini)
        k.batas_sengketa = kalender.batas_pengajuan_sengketa(dasar, libur) if dasar else None
    # The satisfaction survey opens once the notice is sent (PermenPAN-RB 14/2017).
    survei = (
        {"diisi": Survei.objects.filter(permohonan=permohonan).exists()}
        if survei_dibuka(permohonan)
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
            "penjelasan": selectors.penjelasan_batas_waktu(permohonan, libur),
            "terlambat": terlambat,
            "survei": survei,
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

    Template `permohonan/register.html`; context: `baris` (request, working days taken or
    used so far, and its timeliness: in progress, past its deadline, on time, late or
    withdrawn), `filter`, `page_obj`. The details are shown only when staff marked them
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
                "dijawab_pertama_pada",
                "rincian",
                "dapat_dipublikasikan",
                "pemohon__jenis",
                "unit_kerja__nama",
                "unit_kerja__zona_waktu",
            )
            .select_related("pemohon")
            .order_by("-diterima_pada", "-id"),
        )
        return self.filterset.qs

    def get_paginator(self, queryset, *args, **kwargs):
        """Pages over the ids alone (portal.paginasi.LewatId): a deep page (?page=1000)
        walks the index `permohonan_register_idx` instead of joining the 25 000 rows before
        it (issue 15). Unfiltered or by year and unit only, the number of requests comes
        from the counters `RekapLayanan` instead of a COUNT over every request."""
        paginator = super().get_paginator(LewatId(queryset), *args, **kwargs)
        paginator.count = self._jumlah(queryset)  # Paginator.count is a cached_property
        return paginator

    def _jumlah(self, ids) -> int:
        from django.db.models import Sum

        from permohonan.models import RekapLayanan

        data = self.filterset.form.cleaned_data if self.filterset.form.is_valid() else None
        if data is None or data.get("status") or data.get("hasil"):
            return ids.count()
        penghitung = RekapLayanan.objects.filter(dimensi="jumlah")
        if data.get("tahun") is not None:
            penghitung = penghitung.filter(tahun=data["tahun"])
        if data.get("unit") is not None:
            penghitung = penghitung.filter(unit_kerja__jalur__startswith=data["unit"].jalur)
        return penghitung.aggregate(n=Sum("jumlah"))["n"] or 0

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        halaman = list(context["object_list"])
        baris = []
        if halaman:
            libur = libur_aktif(min(p.tanggal_terima for p in halaman), timezone.localdate())
            for p in halaman:
                hari_ini = p.hari_ini()
                akhir = p.unit_kerja.tanggal_lokal(p.selesai_pada) if p.selesai_pada else hari_ini
                ketepatan = p.ketepatan_waktu(hari_ini)
                K = Permohonan.KetepatanWaktu
                baris.append(
                    {
                        "permohonan": p,
                        "hari_kerja": kalender.jumlah_hari_kerja(p.tanggal_terima, akhir, libur),
                        "berjalan": p.terbuka,
                        "ketepatan": ketepatan,
                        "ketepatan_label": K(ketepatan).label,
                        "tepat_waktu": {K.TEPAT_WAKTU: True, K.TERLAMBAT: False}.get(ketepatan),
                    }
                )
        context.update(baris=baris, filter=self.filterset)
        return context
