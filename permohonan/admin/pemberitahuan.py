"""Sending the written notice from the admin (UU 14/2008 Pasal 22 ayat (7)) and the letters
of a request for staff (receipt, extension, notice: `permohonan.surat`)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from permohonan import services, surat
from permohonan.akses import AksesDitolak
from permohonan.forms import PemberitahuanForm
from permohonan.forms.pemberitahuan import BIDANG_KEPUTUSAN
from permohonan.models import Permohonan
from permohonan.services import TransisiDitolak


class PemberitahuanAdminMixin:
    """For PermohonanAdmin (with AksiAdminMixin)."""

    def urls_pemberitahuan(self):
        return [
            self.url_aksi(
                "<int:pk>/surat/", self.surat_view, "permohonan_permohonan_surat", aksi="surat"
            ),
            self.url_aksi(
                "<int:pk>/surat/<str:kode>/",
                self.surat_view,
                "permohonan_permohonan_surat_kode",
                aksi="surat",
            ),
            self.url_aksi(
                "<int:pk>/pemberitahuan/",
                self.pemberitahuan_view,
                "permohonan_permohonan_pemberitahuan",
                aksi="pemberitahuan",
            ),
        ]

    def surat_view(self, request, permohonan, kode: str = "pemberitahuan"):
        """A letter of this request as a printable page / PDF: by default the latest written
        notice; also the receipt ("bukti") and the extension notice ("perpanjangan")."""
        if kode == "pemberitahuan":
            objek = permohonan.daftar_pemberitahuan.order_by("dikirim_pada").last()
        elif kode in ("bukti", "perpanjangan"):
            objek = permohonan
        else:
            objek = None
        if objek is None:
            raise Http404
        tambahan = {}
        baru = request.session.get("bukti_staf") or {}
        if kode == "bukti" and baru.get("id") == permohonan.pk:
            tambahan["url_lacak_rahasia"] = settings.PORTAL_URL + reverse(
                "permohonan:lacak_tautan", args=[permohonan.nomor, baru["token"]]
            )
        return surat.respons(
            request, kode, objek, kembali_url=self.url_objek(permohonan), tambahan=tambahan
        )

    def pemberitahuan_view(self, request, permohonan):
        """Send the written notice (Pasal 22 ayat (7)) as a guided form: first the decision;
        then only the fields it needs, the request shown beside them; then the letter as it
        will be sent; nothing is sent (or e-mailed) before "Kirim pemberitahuan ke pemohon"."""
        keputusan = request.POST.get("hasil") or request.GET.get("keputusan")
        if keputusan not in BIDANG_KEPUTUSAN:
            return TemplateResponse(
                request,
                "admin/permohonan/pemberitahuan/keputusan.html",
                self._konteks_pemberitahuan(request, permohonan, judul=_("Pilih keputusan")),
            )
        petugas = getattr(request.user, "petugas", None)
        form = PemberitahuanForm(
            request.POST or None,
            request.FILES or None,
            keputusan=keputusan,
            permohonan=permohonan,
            initial={
                "nama_penandatangan": request.user.get_full_name(),
                "jabatan_penandatangan": petugas.jabatan if petugas else "",
                "nip_penandatangan": petugas.nip if petugas else "",
                "cara_penyampaian": permohonan.cara_salinan,
            },
        )
        langkah = request.POST.get("langkah", "isi")
        konteks = self._konteks_pemberitahuan(
            request, permohonan, judul=_("Pemberitahuan tertulis"), form=form
        )
        konteks["keputusan_label"] = Permohonan.Hasil(keputusan).label
        if request.method != "POST" or langkah == "ubah":
            if request.method == "POST":
                form.is_valid()  # back from the preview: show what was typed, no errors yet
                form.errors.clear()
            return TemplateResponse(request, "admin/permohonan/pemberitahuan/isi.html", konteks)
        if form.is_valid():
            try:
                if langkah == "kirim":
                    return self._kirim_pemberitahuan(request, permohonan, form)
                konteks["surat"] = self._pratinjau_pemberitahuan(request, permohonan, form)
            except (TransisiDitolak, AksesDitolak) as exc:
                form.add_error(None, str(exc.args[0]) if exc.args else str(exc))
            else:
                form.simpan_berkas_sementara()
                # What was typed goes back with the confirmation (files by their kept copy).
                konteks["tersembunyi"] = [
                    (nama, nilai)
                    for nama, daftar in request.POST.lists()
                    if nama not in ("csrfmiddlewaretoken", "langkah")
                    and not nama.endswith("_tersimpan")
                    for nilai in daftar
                ]
                return TemplateResponse(
                    request, "admin/permohonan/pemberitahuan/pratinjau.html", konteks
                )
        form.simpan_berkas_sementara()
        return TemplateResponse(request, "admin/permohonan/pemberitahuan/isi.html", konteks)

    def _konteks_pemberitahuan(self, request, permohonan, *, judul, form=None) -> dict:
        return {
            **self.admin_site.each_context(request),
            "title": f"{judul} — {permohonan}",
            "form": form,
            "objek": permohonan,
            "permohonan": permohonan,
            "opts": self.model._meta,
            "pilihan_keputusan": Permohonan.Hasil.choices,
        }

    def _argumen_kirim(self, request, permohonan, form) -> dict:
        return {
            "permohonan_id": permohonan.pk,
            "pemberitahuan": form.save(commit=False),
            "lampiran": form.lampiran(),
            "bagian": form.bagian() if "bagian_1" in form.fields else [],
            "informasi_terkait": form.cleaned_data.get("informasi_terkait_teks") or [],
            "oleh": request.user,
        }

    def _pratinjau_pemberitahuan(self, request, permohonan, form) -> str:
        """The letter exactly as it would be sent: the service runs in a transaction that is
        rolled back (so no number is used, nothing is stored, no e-mail job exists), and
        the files it stored meanwhile are deleted again."""
        berkas_dibuat: list = []
        try:
            with transaction.atomic():
                pemberitahuan = services.kirim_pemberitahuan(
                    **self._argumen_kirim(request, permohonan, form)
                )
                berkas_dibuat = [lampiran.berkas for lampiran in pemberitahuan.lampiran.all()]
                html = surat.isi_html(request, "pemberitahuan", pemberitahuan)
                transaction.set_rollback(True)
        finally:
            for berkas in berkas_dibuat:
                berkas.delete(save=False)
        return html

    def _kirim_pemberitahuan(self, request, permohonan, form):
        services.kirim_pemberitahuan(**self._argumen_kirim(request, permohonan, form))
        form.hapus_berkas_sementara()
        self.message_user(
            request,
            _("Pemberitahuan tertulis terkirim ke pemohon.")
            if permohonan.pemohon.email
            else _(
                "Pemberitahuan tertulis tercatat. Pemohon tidak memiliki e-mail: cetak suratnya "
                "(Surat pemberitahuan) dan kirimkan lewat pos ke alamatnya."
            ),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self.url_objek(permohonan))
