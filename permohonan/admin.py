from datetime import timedelta
from pathlib import PurePath

from django import forms
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from informasi.admin import UnitTerjangkauFilter
from informasi.akses import batasi_ke_unit, unit_terjangkau
from informasi.models import UnitKerja
from permohonan import kalender, services
from permohonan.forms import PemberitahuanForm, PermohonanPetugasForm
from permohonan.models import HariLibur, Permohonan, Riwayat
from permohonan.selectors import libur_aktif
from permohonan.views import render_surat


@admin.register(HariLibur)
class HariLiburAdmin(admin.ModelAdmin):
    list_display = ["tanggal", "nama", "jenis", "sumber", "aktif"]
    list_filter = ["jenis", "sumber", "aktif"]
    list_editable = ["aktif"]
    date_hierarchy = "tanggal"
    search_fields = ["nama"]
    readonly_fields = ["sumber"]
    actions = ["aktifkan", "nonaktifkan"]

    @admin.action(description=_("Jadikan hari libur (aktifkan)"))
    def aktifkan(self, request, queryset):
        queryset.update(aktif=True)

    @admin.action(description=_("Jadikan hari kerja (nonaktifkan)"))
    def nonaktifkan(self, request, queryset):
        queryset.update(aktif=False)


class RiwayatInline(admin.TabularInline):
    model = Riwayat
    extra = 0
    can_delete = False
    fields = ["waktu", "peristiwa", "keterangan", "pelaku", "untuk_pemohon"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AlasanForm(forms.Form):
    alasan = forms.CharField(label=_("Alasan"), widget=forms.Textarea(attrs={"rows": 4}))


class CatatanForm(forms.Form):
    catatan = forms.CharField(
        label=_("Catatan internal"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Tidak pernah ditampilkan kepada pemohon."),
    )


class TugaskanForm(forms.Form):
    unit_kerja = forms.ModelChoiceField(label=_("Unit kerja"), queryset=UnitKerja.objects.none())
    petugas = forms.ModelChoiceField(
        label=_("Petugas"), queryset=None, required=False, empty_label=_("— belum ditentukan —")
    )

    def __init__(self, *args, user, **kwargs):
        from django.contrib.auth import get_user_model

        super().__init__(*args, **kwargs)
        units = unit_terjangkau(user)
        self.fields["unit_kerja"].queryset = UnitKerja.objects.all() if units is None else units
        self.fields["petugas"].queryset = get_user_model().objects.filter(
            is_staff=True,
            is_active=True,
            petugas__unit_kerja__in=self.fields["unit_kerja"].queryset,
        )


# action name -> (title, form class, service call)
AKSI = {
    "tugaskan": (
        _("Tugaskan ke unit/petugas"),
        TugaskanForm,
        lambda p, d, user: services.tugaskan_permohonan(
            permohonan_id=p.pk, unit_kerja=d["unit_kerja"], petugas=d["petugas"], oleh=user
        ),
    ),
    "perpanjang": (
        _("Perpanjang jangka waktu 7 hari kerja"),
        AlasanForm,
        lambda p, d, user: services.perpanjang_jangka_waktu(
            permohonan_id=p.pk, alasan=d["alasan"], oleh=user
        ),
    ),
    "cabut": (
        _("Catat pencabutan oleh pemohon"),
        AlasanForm,
        lambda p, d, user: services.cabut_permohonan(
            permohonan_id=p.pk, alasan=d["alasan"], oleh=user
        ),
    ),
    "catatan": (
        _("Tambah catatan internal"),
        CatatanForm,
        lambda p, d, user: services.catat_catatan_internal(
            permohonan_id=p.pk, catatan=d["catatan"], oleh=user
        ),
    ),
}


@admin.register(Permohonan)
class PermohonanAdmin(admin.ModelAdmin):
    """The triage queue: open requests first, nearest due date first; a PPID Pelaksana sees
    only the requests of their unit's subtree. Status changes only through the actions."""

    list_display = ["nomor", "tanggal_terima", "unit_kerja", "status", "batas", "tanda", "kanal"]
    list_filter = ["status", "kanal", "hasil", ("unit_kerja", UnitTerjangkauFilter)]
    list_select_related = ["unit_kerja"]
    search_fields = ["nomor"]
    inlines = [RiwayatInline]
    readonly_fields = [
        "nomor",
        "kanal",
        "diterima_pada",
        "tanggal_terima",
        "jatuh_tempo",
        "jatuh_tempo_perpanjangan",
        "alasan_perpanjangan",
        "jatuh_tempo_pelaksanaan",
        "status",
        "hasil",
        "unit_kerja",
        "petugas",
        "pemohon_ringkas",
        "identitas",
        "nama_kuasa",
        "kuasa",
        "rincian",
        "tujuan",
        "cara_memperoleh",
        "cara_salinan",
        "selesai_pada",
    ]
    fields = [*readonly_fields, "dapat_dipublikasikan"]

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .select_related("pemohon")
            .annotate(
                _batas=Coalesce(
                    "jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo"
                )
            )
        )
        return batasi_ke_unit(queryset, request.user)

    def get_ordering(self, request):
        # Open requests first, the nearest due date first.
        return [
            Case(
                When(status__in=Permohonan.STATUS_TERBUKA, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ).asc(),
            Coalesce("jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo").asc(),
            "id",
        ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        hari_ini = timezone.localdate()
        self._hari_ini = hari_ini
        self._libur = libur_aktif(hari_ini - timedelta(days=60), hari_ini + timedelta(days=60))
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("batas waktu"), ordering="_batas")
    def batas(self, obj):
        return obj.batas_waktu

    @admin.display(description=_("tanda"))
    def tanda(self, obj):
        if not obj.terbuka:
            return ""
        if obj.terlambat(self._hari_ini):
            return format_html('<strong class="tanda-terlambat">{}</strong>', _("Terlambat"))
        sisa = kalender.jumlah_hari_kerja(self._hari_ini, obj.batas_waktu, self._libur)
        if sisa <= 2:
            return format_html(
                '<strong class="tanda-segera">{}</strong>',
                _("%(n)d hari kerja lagi") % {"n": sisa},
            )
        return ""

    @admin.display(description=_("pemohon"))
    def pemohon_ringkas(self, obj):
        p = obj.pemohon
        return format_html(
            "{} ({})<br>{}<br>{} · {}<br>{}",
            p.nama,
            p.get_jenis_display(),
            p.nik or p.nomor_badan_hukum,
            p.email,
            p.telepon or "—",
            p.alamat,
        )

    @admin.display(description=_("pindaian identitas"))
    def identitas(self, obj):
        url = reverse("admin:permohonan_permohonan_identitas", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat (tercatat di riwayat)"))

    @admin.display(description=_("surat kuasa"))
    def kuasa(self, obj):
        if not obj.surat_kuasa:
            return "—"
        url = reverse("admin:permohonan_permohonan_kuasa", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat (tercatat di riwayat)"))

    def get_urls(self):
        return [
            path(
                "<int:pk>/identitas/",
                self.admin_site.admin_view(self.identitas_view),
                name="permohonan_permohonan_identitas",
            ),
            path(
                "<int:pk>/kuasa/",
                self.admin_site.admin_view(self.kuasa_view),
                name="permohonan_permohonan_kuasa",
            ),
            path(
                "catat/",
                self.admin_site.admin_view(self.catat_view),
                name="permohonan_permohonan_catat",
            ),
            path(
                "<int:pk>/surat/",
                self.admin_site.admin_view(self.surat_view),
                name="permohonan_permohonan_surat",
            ),
            path(
                "<int:pk>/pemberitahuan/",
                self.admin_site.admin_view(self.pemberitahuan_view),
                name="permohonan_permohonan_pemberitahuan",
            ),
            path(
                "<int:pk>/aksi/<str:aksi>/",
                self.admin_site.admin_view(self.aksi_view),
                name="permohonan_permohonan_aksi",
            ),
            *super().get_urls(),
        ]

    def _ambil(self, request, pk: int) -> Permohonan:
        """The request if this staff member may handle it; 404 otherwise (another unit's
        request does not exist for them)."""
        permohonan = self.get_queryset(request).filter(pk=pk).first()
        if permohonan is None or not self.has_view_permission(request, permohonan):
            raise Http404
        return permohonan

    def identitas_view(self, request, pk: int):
        permohonan = self._ambil(request, pk)
        return self._berkas_pribadi(request, permohonan, permohonan.pemohon.berkas_identitas)

    def kuasa_view(self, request, pk: int):
        permohonan = self._ambil(request, pk)
        if not permohonan.surat_kuasa:
            raise Http404
        return self._berkas_pribadi(request, permohonan, permohonan.surat_kuasa, "kuasa")

    def _berkas_pribadi(self, request, permohonan, berkas, jenis="identitas"):
        """An identity document (scan or power of attorney), each view logged."""
        services.catat_identitas_dilihat(
            permohonan=permohonan,
            oleh=request.user,
            dokumen=_("surat kuasa") if jenis == "kuasa" else "",
        )
        akhiran = PurePath(berkas.name).suffix
        return FileResponse(berkas.open("rb"), filename=f"{jenis}-{permohonan.nomor}{akhiran}")

    def catat_view(self, request):
        """Register a request that came in person, by letter or e-mail (real arrival time)."""
        if not self.has_change_permission(request):
            raise Http404
        form = PermohonanPetugasForm(
            request.POST or None, request.FILES or None, units=unit_terjangkau(request.user)
        )
        if request.method == "POST":
            if form.is_valid():
                hasil = form.terima(
                    kanal=form.cleaned_data["kanal"],
                    diterima_pada=form.cleaned_data["diterima_pada"],
                    oleh=request.user,
                )
                form.hapus_berkas_sementara()
                self.message_user(
                    request,
                    _("Permohonan %(nomor)s tercatat; jatuh tempo %(tanggal)s.")
                    % {
                        "nomor": hasil.permohonan.nomor,
                        "tanggal": kalender.format_tanggal(hasil.permohonan.jatuh_tempo),
                    },
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse("admin:permohonan_permohonan_change", args=[hasil.permohonan.pk])
                )
            form.simpan_berkas_sementara()
        context = {
            **self.admin_site.each_context(request),
            "title": _("Catat permohonan yang diterima langsung, lewat surat, atau e-mail"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/permohonan/catat.html", context)

    def surat_view(self, request, pk: int):
        """The written notice as a letter / PDF, for staff."""
        permohonan = self._ambil(request, pk)
        pemberitahuan = permohonan.daftar_pemberitahuan.order_by("dikirim_pada").last()
        if pemberitahuan is None:
            raise Http404
        kembali = reverse("admin:permohonan_permohonan_change", args=[permohonan.pk])
        return render_surat(request, permohonan, pemberitahuan, kembali_url=kembali)

    def pemberitahuan_view(self, request, pk: int):
        """Send the written notice: every point of Pasal 22 ayat (7), released files."""
        permohonan = self._ambil(request, pk)
        if not self.has_change_permission(request, permohonan):
            raise Http404
        petugas = getattr(request.user, "petugas", None)
        form = PemberitahuanForm(
            request.POST or None,
            request.FILES or None,
            initial={
                "nama_penandatangan": request.user.get_full_name(),
                "jabatan_penandatangan": petugas.jabatan if petugas else "",
                "cara_penyampaian": permohonan.cara_salinan,
            },
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.kirim_pemberitahuan(
                    permohonan_id=permohonan.pk,
                    pemberitahuan=form.save(commit=False),
                    lampiran=form.lampiran(),
                    informasi_terkait=form.cleaned_data["informasi_terkait_teks"],
                    oleh=request.user,
                )
            except services.TransisiDitolak as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, _("Pemberitahuan tertulis terkirim."), messages.SUCCESS)
                return HttpResponseRedirect(
                    reverse("admin:permohonan_permohonan_change", args=[permohonan.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Pemberitahuan tertulis — %(nomor)s") % {"nomor": permohonan.nomor},
            "form": form,
            "permohonan": permohonan,
            "objek": permohonan,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/permohonan/aksi.html", context)

    def aksi_view(self, request, pk: int, aksi: str):
        if aksi not in AKSI:
            raise Http404
        permohonan = self._ambil(request, pk)
        if not self.has_change_permission(request, permohonan):
            raise Http404
        judul, form_class, jalankan = AKSI[aksi]
        kwargs = {"user": request.user} if form_class is TugaskanForm else {}
        form = form_class(request.POST or None, **kwargs)
        if request.method == "POST" and form.is_valid():
            try:
                jalankan(permohonan, form.cleaned_data, request.user)
            except services.TransisiDitolak as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(
                    request, _("%(aksi)s: tersimpan.") % {"aksi": judul}, messages.SUCCESS
                )
                return HttpResponseRedirect(
                    reverse("admin:permohonan_permohonan_change", args=[permohonan.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": f"{judul} — {permohonan.nomor}",
            "form": form,
            "permohonan": permohonan,
            "objek": permohonan,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/permohonan/aksi.html", context)


# Objections, consequence tests and disputes live in their own module.
from permohonan import admin_keberatan  # noqa: E402, F401
