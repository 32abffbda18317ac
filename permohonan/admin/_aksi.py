"""The one mechanism for staff action pages in the admin: a small form (or a bare POST)
that calls one service. Refusals of either kind — who (`AksesDitolak`) and what the law
allows (`TransisiDitolak`) — come back as messages, never as a 500."""

from __future__ import annotations

from pathlib import PurePath

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from permohonan.akses import AksesDitolak
from permohonan.services import TransisiDitolak


class AksiAdminMixin:
    """For ModelAdmins of the request workflow."""

    # Actions named in the URL (`<str:aksi>`): name -> (title, form class, service call).
    AKSI: dict = {}
    # The template of an action page; a page may pass another one that extends it.
    template_aksi = "admin/permohonan/aksi.html"

    def ambil_untuk(self, user, pk, *, aksi: str):
        """The object `pk` if `user` may do `aksi` on it (a permohonan.akses function)."""
        raise NotImplementedError

    def url_objek(self, objek) -> str:
        pk = getattr(objek, "pk", objek)
        return reverse(f"admin:permohonan_{self.model._meta.model_name}_change", args=[pk])

    def url_aksi(self, rute: str, view, nama: str, *, aksi: str | None = None):
        """A URL for `view(request, objek, **kwargs)`; the object is fetched through the
        access module for `aksi` (or the URL's own `aksi`). Another unit's record is a 404;
        an action the role does not allow goes back to the object with a message."""

        def halaman(request, pk, **kwargs):
            if aksi is None and kwargs["aksi"] not in self.AKSI:
                raise Http404
            try:
                objek = self.ambil_untuk(request.user, pk, aksi=aksi or kwargs["aksi"])
            except AksesDitolak as exc:
                return self.ditolak(request, pk, exc)
            return view(request, objek, **kwargs)

        return path(rute, self.admin_site.admin_view(halaman), name=nama)

    def halaman_aksi(
        self,
        request,
        objek,
        *,
        judul,
        form,
        jalankan,
        berhasil=None,
        template=None,
        konteks=None,
        lanjut=None,
    ):
        """GET shows `form`; a valid POST calls `jalankan(cleaned_data)` and goes back to the
        object (or to `lanjut(hasil)`), a refusal is shown on the form."""
        if request.method == "POST" and form.is_valid():
            try:
                hasil = jalankan(form.cleaned_data)
            except (TransisiDitolak, AksesDitolak) as exc:
                form.add_error(None, str(exc.args[0]) if exc.args else str(exc))
            else:
                if callable(berhasil):
                    berhasil = berhasil(hasil)
                self.message_user(
                    request,
                    berhasil or _("%(aksi)s: tersimpan.") % {"aksi": judul},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(lanjut(hasil) if lanjut else self.url_objek(objek))
        context = {
            **self.admin_site.each_context(request),
            "title": f"{judul} — {objek}" if objek is not None else judul,
            "form": form,
            "objek": objek,
            "opts": self.model._meta,
            **(konteks or {}),
        }
        return TemplateResponse(request, template or self.template_aksi, context)

    def post_aksi(self, request, objek, jalankan, berhasil):
        """A button without a form (e.g. "Proses"): POST only, then back to the object."""
        if request.method != "POST":
            raise Http404
        try:
            jalankan()
        except (TransisiDitolak, AksesDitolak) as exc:
            self.message_user(request, str(exc.args[0]) if exc.args else str(exc), messages.ERROR)
        else:
            self.message_user(request, berhasil, messages.SUCCESS)
        return HttpResponseRedirect(self.url_objek(objek))

    def ditolak(self, request, objek, exc: AksesDitolak):
        """An action the user's role does not allow, opened directly: say so on the object."""
        self.message_user(request, str(exc.args[0]) if exc.args else str(exc), messages.ERROR)
        return HttpResponseRedirect(self.url_objek(objek))


def berkas_pribadi(berkas, nama: str, nama_asli: str = "") -> FileResponse:
    """A private file (identity scan, power of attorney, signed sheet) for staff, under the
    name the citizen gave it (`nama_asli`, kept as metadata; stored under a random name), else
    a neutral one; the caller checked access and logged the view."""
    if not berkas:
        raise Http404
    return FileResponse(
        berkas.open("rb"), filename=nama_asli or f"{nama}{PurePath(berkas.name).suffix}"
    )


def tautan_berkas(url: str, nama_asli: str):
    """The link to a private file in the staff view, with the name the citizen gave it."""
    tautan = format_html('<a href="{}">{}</a>', url, _("Lihat (tercatat di riwayat)"))
    if not nama_asli:
        return tautan
    return format_html(
        '{}<br><span class="help">{} {}</span>', tautan, _("Nama berkas asli:"), nama_asli
    )
