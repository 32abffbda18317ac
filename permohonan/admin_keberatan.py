"""Admin for objections (Atasan PPID), consequence tests (PPID Utama decides) and disputes.

Status changes go through the services; these classes only collect input and show results.
"""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import PurePath

from django import forms
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Value, When
from django.http import FileResponse, Http404, HttpResponseRedirect, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from informasi.akses import batasi_ke_unit, unit_terjangkau
from informasi.models import UnitKerja
from permohonan import kalender, services
from permohonan.forms import KeberatanPetugasForm, PutusanKeberatanForm
from permohonan.models import Keberatan, Permohonan, Sengketa, UjiKonsekuensi
from permohonan.selectors import libur_aktif
from permohonan.views import _surat


class _AksiMixin:
    """A small form page for one service call, refusals shown on the form."""

    def _halaman_aksi(self, request, objek, *, judul, form, jalankan):
        if request.method == "POST" and form.is_valid():
            try:
                jalankan(form.cleaned_data)
            except services.TransisiDitolak as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(
                    request, _("%(aksi)s: tersimpan.") % {"aksi": judul}, messages.SUCCESS
                )
                return HttpResponseRedirect(
                    reverse(
                        f"admin:permohonan_{self.model._meta.model_name}_change", args=[objek.pk]
                    )
                )
        context = {
            **self.admin_site.each_context(request),
            "title": f"{judul} — {objek}",
            "form": form,
            "objek": objek,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/permohonan/aksi.html", context)

    def _post_aksi(self, request, objek, jalankan, berhasil):
        if request.method != "POST":
            raise Http404
        try:
            jalankan()
        except services.TransisiDitolak as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.message_user(request, berhasil, messages.SUCCESS)
        return HttpResponseRedirect(
            reverse(f"admin:permohonan_{self.model._meta.model_name}_change", args=[objek.pk])
        )


class AlasanForm(forms.Form):
    alasan = forms.CharField(label=_("Alasan"), widget=forms.Textarea(attrs={"rows": 4}))


class SengketaInline(admin.StackedInline):
    model = Sengketa
    extra = 0
    fields = [
        "komisi",
        "tanggal_diajukan",
        "nomor_register",
        "tahap",
        "putusan",
        "tanggal_putusan",
        "tindak_lanjut",
    ]


@admin.register(Keberatan)
class KeberatanAdmin(_AksiMixin, admin.ModelAdmin):
    """The Atasan PPID's queue: open objections first, the nearest answer deadline first,
    scoped to the requests of the units the user handles. Also the objection register
    (DOMAIN.md §6 columns) as CSV."""

    list_display = [
        "nomor",
        "permohonan",
        "diterima",
        "jatuh_tempo",
        "tanda",
        "status",
        "keputusan",
    ]
    list_filter = ["status", "keputusan"]
    search_fields = ["nomor", "permohonan__nomor"]
    list_select_related = ["permohonan"]
    inlines = [SengketaInline]
    readonly_fields = [
        "nomor",
        "permohonan_tautan",
        "pemohon",
        "alasan_lengkap",
        "tanggal_diketahui",
        "kasus_posisi",
        "nama_kuasa",
        "kuasa",
        "kanal",
        "diterima_pada",
        "tanggal_terima",
        "jatuh_tempo",
        "status",
        "keputusan",
        "pertimbangan",
        "nama_atasan",
        "jabatan_atasan",
        "diputuskan_pada",
    ]
    fields = [*readonly_fields, "tanggapan_pemohon"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("permohonan__pemohon")
        return batasi_ke_unit(queryset, request.user, "permohonan__unit_kerja")

    def get_ordering(self, request):
        return [
            Case(
                When(status__in=Keberatan.STATUS_TERBUKA, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ).asc(),
            "jatuh_tempo",
            "id",
        ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        self._hari_ini = timezone.localdate()
        self._libur = libur_aktif(
            self._hari_ini - timedelta(days=60), self._hari_ini + timedelta(days=60)
        )
        extra_context = {
            **(extra_context or {}),
            "url_csv": reverse("admin:permohonan_keberatan_csv"),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("diterima"), ordering="diterima_pada")
    def diterima(self, obj):
        return timezone.localtime(obj.diterima_pada).date()

    @admin.display(description=_("tanda"))
    def tanda(self, obj):
        if not obj.terbuka:
            return ""
        if obj.terlambat(self._hari_ini):
            return format_html('<strong class="tanda-terlambat">{}</strong>', _("Terlambat"))
        sisa = kalender.jumlah_hari_kerja(self._hari_ini, obj.jatuh_tempo, self._libur)
        if sisa <= 2:
            return format_html(
                '<strong class="tanda-segera">{}</strong>',
                _("%(n)d hari kerja lagi") % {"n": sisa},
            )
        return ""

    @admin.display(description=_("permohonan"))
    def permohonan_tautan(self, obj):
        url = reverse("admin:permohonan_permohonan_change", args=[obj.permohonan_id])
        return format_html(
            '<a href="{}">{}</a><br>{}', url, obj.permohonan.nomor, obj.permohonan.rincian
        )

    @admin.display(description=_("pemohon"))
    def pemohon(self, obj):
        return f"{obj.permohonan.pemohon.nama} ({obj.permohonan.pemohon.email})"

    @admin.display(description=_("alasan keberatan"))
    def alasan_lengkap(self, obj):
        return "; ".join(obj.get_alasan_display())

    @admin.display(description=_("surat kuasa"))
    def kuasa(self, obj):
        if not obj.surat_kuasa:
            return "—"
        url = reverse("admin:permohonan_keberatan_kuasa", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat (tercatat di riwayat)"))

    def get_urls(self):
        def v(view):
            return self.admin_site.admin_view(view)

        return [
            path("register.csv", v(self.csv_view), name="permohonan_keberatan_csv"),
            path("catat/", v(self.catat_view), name="permohonan_keberatan_catat"),
            path("<int:pk>/proses/", v(self.proses_view), name="permohonan_keberatan_proses"),
            path(
                "<int:pk>/putuskan/", v(self.putuskan_view), name="permohonan_keberatan_putuskan"
            ),
            path("<int:pk>/cabut/", v(self.cabut_view), name="permohonan_keberatan_cabut"),
            path("<int:pk>/surat/", v(self.surat_view), name="permohonan_keberatan_surat"),
            path("<int:pk>/kuasa/", v(self.kuasa_view), name="permohonan_keberatan_kuasa"),
            *super().get_urls(),
        ]

    def _ambil(self, request, pk: int) -> Keberatan:
        keberatan = self.get_queryset(request).filter(pk=pk).first()
        if keberatan is None or not self.has_view_permission(request, keberatan):
            raise Http404
        return keberatan

    def save_formset(self, request, form, formset, change):
        """Each dispute record or stage goes through the service (logged for the requester)."""
        for sengketa in formset.save(commit=False):
            services.catat_sengketa(sengketa=sengketa, oleh=request.user)

    def catat_view(self, request):
        """Register an objection that arrived in person, by letter or e-mail, with its real
        arrival time (staff handling the request's unit, or the Atasan PPID)."""
        if not self.has_view_permission(request):
            raise Http404
        form = KeberatanPetugasForm(
            request.POST or None,
            request.FILES or None,
            permohonan_qs=batasi_ke_unit(Permohonan.objects.all(), request.user),
        )
        if request.method == "POST" and form.is_valid():
            try:
                keberatan = services.ajukan_keberatan(
                    keberatan=form.keberatan(form.permohonan),
                    kanal=form.cleaned_data["kanal"],
                    diterima_pada=form.cleaned_data["diterima_pada"],
                    oleh=request.user,
                )
            except services.TransisiDitolak as exc:
                form.add_error(None, str(exc))
            else:
                form.hapus_berkas_sementara()
                self.message_user(
                    request,
                    _("Keberatan %(nomor)s tercatat; tanggapan paling lambat %(tanggal)s.")
                    % {
                        "nomor": keberatan.nomor,
                        "tanggal": kalender.format_tanggal(keberatan.jatuh_tempo),
                    },
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse("admin:permohonan_keberatan_change", args=[keberatan.pk])
                )
        if request.method == "POST":
            form.simpan_berkas_sementara()
        context = {
            **self.admin_site.each_context(request),
            "title": _("Catat keberatan yang diterima langsung, lewat surat, atau e-mail"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/permohonan/catat.html", context)

    def proses_view(self, request, pk: int):
        keberatan = self._ambil(request, pk)
        return self._post_aksi(
            request,
            keberatan,
            lambda: services.proses_keberatan(keberatan_id=keberatan.pk, oleh=request.user),
            _("Keberatan diproses."),
        )

    def putuskan_view(self, request, pk: int):
        keberatan = self._ambil(request, pk)
        petugas = getattr(request.user, "petugas", None)
        form = PutusanKeberatanForm(
            request.POST or None,
            initial={
                "nama_atasan": request.user.get_full_name(),
                "jabatan_atasan": petugas.jabatan if petugas else "",
            },
        )
        return self._halaman_aksi(
            request,
            keberatan,
            judul=_("Tanggapan atasan PPID"),
            form=form,
            jalankan=lambda d: services.putuskan_keberatan(
                keberatan_id=keberatan.pk, oleh=request.user, **d
            ),
        )

    def cabut_view(self, request, pk: int):
        keberatan = self._ambil(request, pk)
        return self._halaman_aksi(
            request,
            keberatan,
            judul=_("Catat pencabutan keberatan"),
            form=AlasanForm(request.POST or None),
            jalankan=lambda d: services.cabut_keberatan(
                keberatan_id=keberatan.pk, alasan=d["alasan"], oleh=request.user
            ),
        )

    def surat_view(self, request, pk: int):
        keberatan = self._ambil(request, pk)
        if keberatan.status != Keberatan.Status.SELESAI:
            raise Http404
        return _surat(
            request,
            "permohonan/surat/tanggapan_keberatan.html",
            {"keberatan": keberatan},
            f"tanggapan-{keberatan.nomor}.pdf",
            kembali_url=reverse("admin:permohonan_keberatan_change", args=[keberatan.pk]),
        )

    def kuasa_view(self, request, pk: int):
        keberatan = self._ambil(request, pk)
        if not keberatan.surat_kuasa:
            raise Http404
        services.catat_identitas_dilihat(
            permohonan=keberatan.permohonan,
            oleh=request.user,
            dokumen=_("surat kuasa keberatan %(nomor)s") % {"nomor": keberatan.nomor},
        )
        akhiran = PurePath(keberatan.surat_kuasa.name).suffix
        return FileResponse(
            keberatan.surat_kuasa.open("rb"), filename=f"kuasa-{keberatan.nomor}{akhiran}"
        )

    def csv_view(self, request):
        """The objection register (DOMAIN.md §6 columns), streamed."""
        baris = (
            self.get_queryset(request)
            .select_related("permohonan__pemohon")
            .order_by("diterima_pada", "id")
        )

        class Gema:
            def write(self, value):
                return value

        penulis = csv.writer(Gema())

        def isi():
            yield "\ufeff"  # spreadsheet programs then read the file as UTF-8
            yield penulis.writerow(
                [
                    "Nomor keberatan",
                    "Tanggal diterima",
                    "Pemohon",
                    "Kuasa",
                    "Nomor permohonan",
                    "Informasi yang diminta",
                    "Tujuan",
                    "Alasan keberatan",
                    "Keputusan atasan PPID",
                    "Tanggal tanggapan",
                    "Nama dan jabatan atasan PPID",
                    "Tanggapan pemohon",
                ]
            )
            for k in baris.iterator(chunk_size=500):
                yield penulis.writerow(
                    [
                        k.nomor,
                        k.tanggal_terima.isoformat(),
                        k.permohonan.pemohon.nama,
                        k.nama_kuasa,
                        k.permohonan.nomor,
                        k.permohonan.rincian,
                        k.permohonan.tujuan,
                        ", ".join(k.alasan),
                        k.get_keputusan_display() if k.keputusan else "",
                        timezone.localtime(k.diputuskan_pada).date().isoformat()
                        if k.diputuskan_pada
                        else "",
                        f"{k.nama_atasan}, {k.jabatan_atasan}" if k.nama_atasan else "",
                        k.tanggapan_pemohon,
                    ]
                )

        response = StreamingHttpResponse(isi(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="register-keberatan.csv"'
        return response


class UjiKonsekuensiForm(forms.ModelForm):
    pasal_17 = forms.MultipleChoiceField(
        label=_("Dasar hukum (Pasal 17 huruf)"),
        choices=UjiKonsekuensi._meta.get_field("pasal_17").base_field.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = UjiKonsekuensi
        fields = [
            "informasi",
            "dokumen",
            "unit_kerja",
            "informasi_terkait",
            "pemicu",
            "permohonan",
            "pasal_17",
            "dasar_hukum_lain",
            "analisis_konsekuensi",
            "analisis_kepentingan_publik",
            "ringkasan",
            "kesimpulan",
            "berlaku_sampai",
            "berlaku_syarat",
            "nama_pemutus",
            "jabatan_pemutus",
            "nama_penyetuju",
            "jabatan_penyetuju",
            "nomor_keputusan",
            "tanggal_keputusan",
            "tempat",
            "berkas_ttd",
        ]

    def clean_berkas_ttd(self):
        from informasi.berkas import periksa_berkas

        berkas = self.cleaned_data.get("berkas_ttd")
        if berkas and hasattr(berkas, "content_type"):
            periksa_berkas(berkas, format=["pdf", "jpg", "png"], maks_mb=10)
        return berkas


@admin.register(UjiKonsekuensi)
class UjiKonsekuensiAdmin(_AksiMixin, admin.ModelAdmin):
    """Consequence tests: any PPID drafts one for their unit; only PPID Utama sets it in force
    (services.tetapkan_uji_konsekuensi). A decided test is read-only."""

    form = UjiKonsekuensiForm
    list_display = ["informasi", "unit_kerja", "kesimpulan", "pasal", "berlaku_sampai", "status"]
    list_filter = ["status", "kesimpulan", "pemicu"]
    search_fields = ["informasi", "dokumen", "nomor_keputusan"]
    list_select_related = ["unit_kerja"]
    autocomplete_fields = ["informasi_terkait", "permohonan"]
    fieldsets = [
        (
            _("Informasi yang diuji"),
            {
                "fields": [
                    "informasi",
                    "dokumen",
                    "unit_kerja",
                    "informasi_terkait",
                    "pemicu",
                    "permohonan",
                ]
            },
        ),
        (
            _("Pengujian"),
            {
                "fields": [
                    "pasal_17",
                    "dasar_hukum_lain",
                    "analisis_konsekuensi",
                    "analisis_kepentingan_publik",
                    "ringkasan",
                ]
            },
        ),
        (
            _("Kesimpulan dan jangka waktu"),
            {"fields": ["kesimpulan", "berlaku_sampai", "berlaku_syarat"]},
        ),
        (
            _("Keputusan"),
            {
                "fields": [
                    "nama_pemutus",
                    "jabatan_pemutus",
                    "nama_penyetuju",
                    "jabatan_penyetuju",
                    "nomor_keputusan",
                    "tanggal_keputusan",
                    "tempat",
                    "berkas_ttd",
                ]
            },
        ),
    ]

    @admin.display(description=_("Pasal 17"))
    def pasal(self, obj):
        return ", ".join(obj.pasal_17)

    def get_queryset(self, request):
        return batasi_ke_unit(super().get_queryset(request), request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit_kerja":
            units = unit_terjangkau(request.user)
            kwargs["queryset"] = UnitKerja.objects.all() if units is None else units
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.status != UjiKonsekuensi.Status.DRAF:
            return False  # decided: read-only, changed only by revoking it
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return (
            obj is not None
            and obj.status == UjiKonsekuensi.Status.DRAF
            and super().has_delete_permission(request, obj)
        )

    def get_urls(self):
        def v(view):
            return self.admin_site.admin_view(view)

        return [
            path(
                "<int:pk>/tetapkan/",
                v(self.tetapkan_view),
                name="permohonan_ujikonsekuensi_tetapkan",
            ),
            path("<int:pk>/cabut/", v(self.cabut_view), name="permohonan_ujikonsekuensi_cabut"),
            path("<int:pk>/lembar/", v(self.lembar_view), name="permohonan_ujikonsekuensi_lembar"),
            path("<int:pk>/berkas/", v(self.berkas_view), name="permohonan_ujikonsekuensi_berkas"),
            *super().get_urls(),
        ]

    def _ambil(self, request, pk: int) -> UjiKonsekuensi:
        uji = self.get_queryset(request).filter(pk=pk).first()
        if uji is None or not self.has_view_permission(request, uji):
            raise Http404
        return uji

    def tetapkan_view(self, request, pk: int):
        uji = self._ambil(request, pk)
        return self._post_aksi(
            request,
            uji,
            lambda: services.tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=request.user),
            _("Uji konsekuensi ditetapkan."),
        )

    def cabut_view(self, request, pk: int):
        uji = self._ambil(request, pk)
        return self._halaman_aksi(
            request,
            uji,
            judul=_("Cabut uji konsekuensi"),
            form=AlasanForm(request.POST or None),
            jalankan=lambda d: services.cabut_uji_konsekuensi(
                uji_id=uji.pk, alasan=d["alasan"], oleh=request.user
            ),
        )

    def lembar_view(self, request, pk: int):
        uji = self._ambil(request, pk)
        return _surat(
            request,
            "permohonan/surat/uji_konsekuensi.html",
            {"uji": uji},
            f"uji-konsekuensi-{uji.pk}.pdf",
            kembali_url=reverse("admin:permohonan_ujikonsekuensi_change", args=[uji.pk]),
        )

    def berkas_view(self, request, pk: int):
        uji = self._ambil(request, pk)
        if not uji.berkas_ttd:
            raise Http404
        return FileResponse(uji.berkas_ttd.open("rb"), filename=PurePath(uji.berkas_ttd.name).name)
