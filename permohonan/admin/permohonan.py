"""The PPID's queue and request page in the admin (UU 14/2008 Pasal 22; DOMAIN.md §3–4):
assign, extend, withdraw, internal notes, paper requests, identity documents (each view
logged, DOMAIN.md §11). The holiday table lives here too. Access: `permohonan.akses`."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from informasi.admin import UnitTerjangkauFilter
from permohonan import akses, kalender, services
from permohonan.admin._aksi import AksiAdminMixin, berkas_pribadi
from permohonan.admin.pemberitahuan import PemberitahuanAdminMixin
from permohonan.forms import AlasanForm, CatatanForm, PermohonanPetugasForm, TugaskanForm
from permohonan.models import Permohonan, Riwayat, UjiKonsekuensi
from permohonan.selectors import libur_aktif


class KonfirmasiForm(forms.Form):
    """An action with nothing to fill in: the button confirms it."""


# The receipt of a request staff just typed in, with its one-time tracking link.
SESI_BUKTI_STAF = "bukti_staf"


class RiwayatInline(admin.TabularInline):
    model = Riwayat
    fk_name = "permohonan"
    extra = 0
    can_delete = False
    fields = ["waktu", "peristiwa", "kalimat", "pelaku", "untuk_pemohon"]
    readonly_fields = fields

    @admin.display(description=_("keterangan"))
    def kalimat(self, obj):
        return obj.kalimat

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.PERMOHONAN, "lihat")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Permohonan)
class PermohonanAdmin(PemberitahuanAdminMixin, AksiAdminMixin, admin.ModelAdmin):
    """The triage queue: open requests first, nearest due date first; a PPID Pelaksana sees
    only the requests of their unit's subtree. Status changes only through the actions."""

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
        "identitas": (
            _("Catat bahwa identitas pemohon sudah diperiksa"),
            KonfirmasiForm,
            lambda p, d, user: services.periksa_identitas(permohonan_id=p.pk, oleh=user),
        ),
        "catatan": (
            _("Tambah catatan internal"),
            CatatanForm,
            lambda p, d, user: services.catat_catatan_internal(
                permohonan_id=p.pk, catatan=d["catatan"], oleh=user
            ),
        ),
    }

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

    def ambil_untuk(self, user, pk, *, aksi):
        return akses.permohonan_untuk_staf(user, pk, aksi=aksi)

    def get_queryset(self, request):
        return (
            akses.permohonan_terjangkau(request.user)
            .select_related("pemohon")
            .annotate(
                _batas=Coalesce(
                    "jatuh_tempo_pelaksanaan", "jatuh_tempo_perpanjangan", "jatuh_tempo"
                )
            )
        )

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

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.PERMOHONAN, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.PERMOHONAN, "lihat")

    def has_change_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.PERMOHONAN, "ubah")

    def has_add_permission(self, request):
        return False  # paper requests are typed in through "catat" (the service)

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The request page offers to start a consequence test for it, pre-filled (the
        template builds the address from the request): a refusal must rest on a test of
        this information (DOMAIN.md §5), and the request's clock keeps running meanwhile."""
        extra_context = {
            **(extra_context or {}),
            "boleh_uji": akses.boleh(request.user, akses.UJI, "tambah"),
            "pemicu_permohonan": UjiKonsekuensi.Pemicu.PERMOHONAN,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        self._libur = libur_aktif(timezone.localdate())
        extra_context = {
            **(extra_context or {}),
            "boleh_catat": akses.boleh(request.user, akses.PERMOHONAN, "catat"),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("batas waktu"), ordering="_batas")
    def batas(self, obj):
        return obj.batas_waktu

    @admin.display(description=_("tanda"))
    def tanda(self, obj):
        return tanda_tenggat(obj.terbuka, obj.batas_waktu, obj.hari_ini(), self._libur)

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
        p = obj.pemohon
        if p.identitas_diperiksa_pada:
            diperiksa = format_html(
                "{} {}, {}",
                _("Diperiksa oleh"),
                p.identitas_diperiksa_oleh,
                kalender.format_tanggal(timezone.localtime(p.identitas_diperiksa_pada).date()),
            )
        elif p.berkas_identitas:
            url = reverse("admin:permohonan_permohonan_aksi", args=[obj.pk, "identitas"])
            diperiksa = format_html('<a href="{}">{}</a>', url, _("Tandai sudah diperiksa"))
        else:
            diperiksa = _("Tidak tercatat diperiksa")
        if not p.berkas_identitas:
            # UU 27/2022 (DOMAIN.md §11): deleted when the retention period ended.
            dihapus = (
                kalender.format_tanggal(timezone.localtime(p.identitas_dihapus_pada).date())
                if p.identitas_dihapus_pada
                else "—"
            )
            return format_html(
                "{} {} · {}", _("Dihapus (masa retensi berakhir):"), dihapus, diperiksa
            )
        url = reverse("admin:permohonan_permohonan_identitas", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a> · {}', url, _("Lihat (tercatat di riwayat)"), diperiksa
        )

    @admin.display(description=_("surat kuasa"))
    def kuasa(self, obj):
        if not obj.surat_kuasa:
            return "—"
        url = reverse("admin:permohonan_permohonan_kuasa", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat (tercatat di riwayat)"))

    def get_urls(self):
        from django.urls import path

        return [
            self.url_aksi(
                "<int:pk>/identitas/",
                self.identitas_view,
                "permohonan_permohonan_identitas",
                aksi="identitas",
            ),
            self.url_aksi(
                "<int:pk>/kuasa/", self.kuasa_view, "permohonan_permohonan_kuasa", aksi="identitas"
            ),
            path(
                "catat/",
                self.admin_site.admin_view(self.catat_view),
                name="permohonan_permohonan_catat",
            ),
            *self.urls_pemberitahuan(),
            self.url_aksi(
                "<int:pk>/aksi/<str:aksi>/", self.aksi_view, "permohonan_permohonan_aksi"
            ),
            *super().get_urls(),
        ]

    def identitas_view(self, request, permohonan):
        services.catat_identitas_dilihat(permohonan=permohonan, oleh=request.user)
        return berkas_pribadi(permohonan.pemohon.berkas_identitas, f"identitas-{permohonan.nomor}")

    def kuasa_view(self, request, permohonan):
        berkas = berkas_pribadi(permohonan.surat_kuasa, f"kuasa-{permohonan.nomor}")
        services.catat_identitas_dilihat(permohonan=permohonan, oleh=request.user, dokumen="kuasa")
        return berkas

    def catat_view(self, request):
        """Register a request that came in person, by letter or e-mail (real arrival time)."""
        if not akses.boleh(request.user, akses.PERMOHONAN, "catat"):
            raise akses.TidakDitemukan
        form = PermohonanPetugasForm(
            request.POST or None, request.FILES or None, units=akses.unit_pilihan(request.user)
        )

        def jalankan(data):
            hasil = form.terima(
                kanal=data["kanal"], diterima_pada=data["diterima_pada"], oleh=request.user
            )
            form.hapus_berkas_sementara()
            # The secret tracking link exists only now: the receipt printed for the requester
            # carries it (their only way to follow a request without e-mail).
            request.session[SESI_BUKTI_STAF] = {"id": hasil.permohonan.pk, "token": hasil.token}
            return hasil

        respons = self.halaman_aksi(
            request,
            None,
            judul=_("Catat permohonan yang diterima langsung, lewat surat, atau e-mail"),
            form=form,
            jalankan=jalankan,
            berhasil=lambda hasil: (
                _(
                    "Permohonan %(nomor)s tercatat; jatuh tempo %(tanggal)s. Cetak bukti ini dan "
                    "serahkan atau kirimkan kepada pemohon: tautan pelacakannya hanya tercetak "
                    "di sini."
                )
                % {
                    "nomor": hasil.permohonan.nomor,
                    "tanggal": kalender.format_tanggal(hasil.permohonan.jatuh_tempo),
                }
            ),
            template="admin/permohonan/catat.html",
            lanjut=lambda hasil: reverse(
                "admin:permohonan_permohonan_surat_kode", args=[hasil.permohonan.pk, "bukti"]
            ),
        )
        if request.method == "POST" and respons.status_code == 200:
            form.simpan_berkas_sementara()
        return respons

    def aksi_view(self, request, permohonan, aksi: str):
        judul, form_class, jalankan = self.AKSI[aksi]
        kwargs = {"user": request.user} if form_class is TugaskanForm else {}
        return self.halaman_aksi(
            request,
            permohonan,
            judul=judul,
            # A form without fields (a confirmation) is bound by the POST itself.
            form=form_class(request.POST if request.method == "POST" else None, **kwargs),
            jalankan=lambda d: jalankan(permohonan, d, request.user),
            konteks={"permohonan": permohonan},
        )


def tanda_tenggat(terbuka: bool, batas, hari_ini, libur):
    """The queue's flag: late, or due within 2 working days."""
    if not terbuka:
        return ""
    if hari_ini > batas:
        return format_html('<strong class="tanda-terlambat">{}</strong>', _("Terlambat"))
    sisa = kalender.jumlah_hari_kerja(hari_ini, batas, libur)
    if sisa <= 2:
        return format_html(
            '<strong class="tanda-segera">{}</strong>',
            _("%(n)d hari kerja lagi") % {"n": sisa},
        )
    return ""
