"""The Atasan PPID's objection queue and the disputes (UU 14/2008 Pasal 35–38; DOMAIN.md
§6–7): take up, answer, record a withdrawal, paper objections, the objection register as
CSV. Access: `permohonan.akses`; status changes: `permohonan.services`."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from informasi.ekspor import respons_csv
from permohonan import akses, kalender, services, surat
from permohonan.admin._aksi import AksiAdminMixin, berkas_pribadi, tautan_berkas
from permohonan.admin._tenggat import TenggatKeberatanFilter
from permohonan.admin.permohonan import tanda_tenggat
from permohonan.forms import AlasanForm, KeberatanPetugasForm, PutusanKeberatanForm
from permohonan.models import Keberatan, Sengketa
from permohonan.selectors import libur_aktif


class SengketaFormSet(forms.BaseInlineFormSet):
    """A new dispute only once there is something to dispute: the refusal is a message on
    the page (services.periksa_sengketa_boleh), never a 500."""

    def clean(self):
        super().clean()
        baru = [f for f in self.forms if f.instance.pk is None and f.has_changed()]
        if baru and not any(f.cleaned_data.get("DELETE") for f in baru):
            try:
                services.periksa_sengketa_boleh(self.instance)
            except services.TransisiDitolak as exc:
                raise forms.ValidationError(str(exc), code="belum_boleh") from exc


class SengketaInline(admin.StackedInline):
    model = Sengketa
    formset = SengketaFormSet
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

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KEBERATAN, "sengketa")

    def has_add_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KEBERATAN, "sengketa")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KEBERATAN, "sengketa")

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Keberatan)
class KeberatanAdmin(AksiAdminMixin, admin.ModelAdmin):
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
    list_filter = [TenggatKeberatanFilter, "status", "keputusan"]
    search_fields = ["nomor", "permohonan__nomor"]
    list_select_related = ["permohonan__unit_kerja"]
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
    fields = [
        *readonly_fields,
        "tanggapan_disampaikan_melalui",
        "tanggapan_diterima_pada",
        "tanggapan_pemohon",
    ]

    def ambil_untuk(self, user, pk, *, aksi):
        return akses.keberatan_untuk_staf(user, pk, aksi=aksi)

    def get_queryset(self, request):
        # (ChangeList skips list_select_related when the queryset already selects related.)
        return akses.keberatan_terjangkau(request.user).select_related(
            "permohonan__pemohon", "permohonan__unit_kerja"
        )

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

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.KEBERATAN, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KEBERATAN, "lihat")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.KEBERATAN, "ubah")

    def has_add_permission(self, request):
        return False  # objections come through the form or "catat" (the service)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        self._libur = libur_aktif(timezone.localdate())
        boleh_csv = akses.boleh(request.user, akses.KEBERATAN, "register")
        extra_context = {
            **(extra_context or {}),
            "url_csv": reverse("admin:permohonan_keberatan_csv") if boleh_csv else "",
            "boleh_catat": akses.boleh(request.user, akses.KEBERATAN, "catat"),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("diterima"), ordering="diterima_pada")
    def diterima(self, obj):
        return obj.permohonan.unit_kerja.tanggal_lokal(obj.diterima_pada)

    @admin.display(description=_("tanda"))
    def tanda(self, obj):
        return tanda_tenggat(obj.terbuka, obj.jatuh_tempo, obj.permohonan.hari_ini(), self._libur)

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
        return tautan_berkas(url, obj.nama_asli_kuasa)

    def get_urls(self):
        def u(rute, view, nama, aksi):
            return self.url_aksi(rute, view, f"permohonan_keberatan_{nama}", aksi=aksi)

        return [
            path(
                "register.csv",
                self.admin_site.admin_view(self.csv_view),
                name="permohonan_keberatan_csv",
            ),
            path(
                "catat/",
                self.admin_site.admin_view(self.catat_view),
                name="permohonan_keberatan_catat",
            ),
            u("<int:pk>/proses/", self.proses_view, "proses", "proses"),
            u("<int:pk>/putuskan/", self.putuskan_view, "putuskan", "putuskan"),
            u("<int:pk>/cabut/", self.cabut_view, "cabut", "cabut"),
            u("<int:pk>/surat/", self.surat_view, "surat", "lihat"),
            u("<int:pk>/bukti/", self.bukti_view, "bukti", "lihat"),
            u("<int:pk>/kuasa/", self.kuasa_view, "kuasa", "kuasa"),
            *super().get_urls(),
        ]

    def save_formset(self, request, form, formset, change):
        """Each dispute record or stage goes through the service (logged for the requester)."""
        for sengketa in formset.save(commit=False):
            services.catat_sengketa(sengketa=sengketa, oleh=request.user)

    def catat_view(self, request):
        """Register an objection that arrived in person, by letter or e-mail, with its real
        arrival time (staff handling the request's unit, or the Atasan PPID)."""
        if not akses.boleh(request.user, akses.KEBERATAN, "catat"):
            raise akses.TidakDitemukan
        form = KeberatanPetugasForm(
            request.POST or None,
            request.FILES or None,
            permohonan_qs=akses.permohonan_terjangkau(request.user),
        )

        def jalankan(data):
            keberatan = services.ajukan_keberatan(
                keberatan=form.keberatan(form.permohonan),
                kanal=data["kanal"],
                diterima_pada=data["diterima_pada"],
                oleh=request.user,
            )
            form.hapus_berkas_sementara()
            return keberatan

        respons = self.halaman_aksi(
            request,
            None,
            judul=_("Catat keberatan yang diterima langsung, lewat surat, atau e-mail"),
            form=form,
            jalankan=jalankan,
            berhasil=lambda k: (
                _("Keberatan %(nomor)s tercatat; tanggapan paling lambat %(tanggal)s.")
                % {"nomor": k.nomor, "tanggal": kalender.format_tanggal(k.jatuh_tempo)}
            ),
            template="admin/permohonan/catat.html",
            lanjut=self.url_objek,
        )
        if request.method == "POST" and respons.status_code == 200:
            form.simpan_berkas_sementara()
        return respons

    def proses_view(self, request, keberatan):
        return self.post_aksi(
            request,
            keberatan,
            lambda: services.proses_keberatan(keberatan_id=keberatan.pk, oleh=request.user),
            _("Keberatan diproses."),
        )

    def putuskan_view(self, request, keberatan):
        petugas = getattr(request.user, "petugas", None)
        form = PutusanKeberatanForm(
            request.POST or None,
            initial={
                "nama_atasan": request.user.get_full_name(),
                "jabatan_atasan": petugas.jabatan if petugas else "",
            },
        )
        return self.halaman_aksi(
            request,
            keberatan,
            judul=_("Tanggapan atasan PPID"),
            form=form,
            jalankan=lambda d: services.putuskan_keberatan(
                keberatan_id=keberatan.pk, oleh=request.user, **d
            ),
        )

    def cabut_view(self, request, keberatan):
        return self.halaman_aksi(
            request,
            keberatan,
            judul=_("Catat pencabutan keberatan"),
            form=AlasanForm(request.POST or None),
            jalankan=lambda d: services.cabut_keberatan(
                keberatan_id=keberatan.pk, alasan=d["alasan"], oleh=request.user
            ),
        )

    def surat_view(self, request, keberatan):
        return surat.respons(
            request, "tanggapan_keberatan", keberatan, kembali_url=self.url_objek(keberatan)
        )

    def bukti_view(self, request, keberatan):
        return surat.respons(
            request, "bukti_keberatan", keberatan, kembali_url=self.url_objek(keberatan)
        )

    def kuasa_view(self, request, keberatan):
        berkas = berkas_pribadi(
            keberatan.surat_kuasa, f"kuasa-{keberatan.nomor}", keberatan.nama_asli_kuasa
        )
        services.catat_identitas_dilihat(
            permohonan=keberatan.permohonan,
            keberatan=keberatan,
            oleh=request.user,
            dokumen="kuasa_keberatan",
        )
        return berkas

    def csv_view(self, request):
        """The objection register (DOMAIN.md §6 columns), streamed. It names requesters:
        only for the roles that handle objections (permohonan.akses)."""
        akses.periksa(request.user, akses.KEBERATAN, "register")
        baris = (
            self.get_queryset(request)
            .select_related("permohonan__pemohon")
            .order_by("diterima_pada", "id")
        )
        return respons_csv(
            "register-keberatan.csv",
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
            ],
            (
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
                for k in baris.iterator(chunk_size=500)
            ),
        )
