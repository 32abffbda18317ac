"""The PPID's queue and request page in the admin (UU 14/2008 Pasal 22; DOMAIN.md §3–4):
assign, extend, withdraw, internal notes, paper requests, identity documents (each view
logged, DOMAIN.md §11). The holiday table lives here too. Access: `permohonan.akses`."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from informasi.admin import UnitTerjangkauFilter
from permohonan import akses, dasbor, kalender, services
from permohonan.admin._aksi import AksiAdminMixin, berkas_pribadi, tautan_berkas
from permohonan.admin._tenggat import TenggatFilter
from permohonan.admin.pemberitahuan import PemberitahuanAdminMixin
from permohonan.forms import AlasanForm, CatatanForm, PermohonanPetugasForm, TugaskanForm
from permohonan.models import Keberatan, Permohonan, Riwayat, UjiKonsekuensi
from permohonan.selectors import libur_aktif, penjelasan_batas_waktu
from permohonan.serupa import bantuan_konsistensi


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

    # Four columns so the queue fits a 1024 px laptop screen beside the filters (the number
    # carries the date received, the status its flags, the deadline its working days left).
    list_display = ["nomor_diterima", "unit_kerja", "status_tanda", "sisa_waktu"]
    list_display_links = ["nomor_diterima"]
    list_filter = [
        TenggatFilter,
        "status",
        "kanal",
        "hasil",
        ("unit_kerja", UnitTerjangkauFilter),
    ]
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
    fieldsets = [
        (
            _("Pemohon dan identitas"),
            {"fields": ["pemohon_ringkas", "identitas", "nama_kuasa", "kuasa"]},
        ),
        (
            _("Permintaan"),
            {
                "fields": [
                    "rincian",
                    "tujuan",
                    "cara_memperoleh",
                    "cara_salinan",
                    "dapat_dipublikasikan",
                ]
            },
        ),
        (_("Penanganan"), {"fields": ["status", "hasil", "unit_kerja", "petugas"]}),
        (
            _("Tanggal dan tenggat"),
            {
                "fields": [
                    "nomor",
                    "kanal",
                    "diterima_pada",
                    "tanggal_terima",
                    "jatuh_tempo",
                    "jatuh_tempo_perpanjangan",
                    "alasan_perpanjangan",
                    "jatuh_tempo_pelaksanaan",
                    "selesai_pada",
                ]
            },
        ),
    ]

    def ambil_untuk(self, user, pk, *, aksi):
        return akses.permohonan_untuk_staf(user, pk, aksi=aksi)

    def get_queryset(self, request):
        return (
            akses.permohonan_terjangkau(request.user)
            .select_related("pemohon", "unit_kerja")
            .annotate(
                _batas=dasbor.BATAS,
                _keberatan_terbuka=Exists(
                    Keberatan.objects.filter(
                        permohonan=OuterRef("pk"), status__in=Keberatan.STATUS_TERBUKA
                    )
                ),
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
            dasbor.BATAS.asc(),
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

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """The request page: a summary card (who asked what, for what, how; the deadline
        with its explanation), the next actions the state allows, and the consistency helper
        (similar decided requests, catalogue entries that may already answer it). It offers
        to start a consequence test pre-filled: a refusal must rest on a test of this
        information (DOMAIN.md §5), and the request's clock keeps running meanwhile."""
        if obj is not None:
            hari_ini = obj.hari_ini()
            libur = libur_aktif(hari_ini)
            context.update(
                tindakan=tindakan_berikutnya(request.user, obj),
                penjelasan=penjelasan_batas_waktu(obj, libur),
                # "terlambat 3 hari kerja" (the template says late; no minus sign needed).
                sisa=sisa_hari_kerja(hari_ini, obj.batas_waktu, libur).lstrip("-")
                if obj.terbuka
                else "",
                terlambat=obj.terlambat(hari_ini),
                **bantuan_konsistensi(request.user, obj),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changelist_view(self, request, extra_context=None):
        self._libur = libur_aktif(timezone.localdate())
        extra_context = {
            **(extra_context or {}),
            "boleh_catat": akses.boleh(request.user, akses.PERMOHONAN, "catat"),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("nomor · diterima"), ordering="nomor")
    def nomor_diterima(self, obj):
        return format_html(
            '{}<br><span class="antrean-kecil">{}</span>',
            obj.nomor,
            date_format(obj.tanggal_terima, "j M Y"),
        )

    @admin.display(description=_("status · tanda"), ordering="status")
    def status_tanda(self, obj):
        tanda = []
        if obj.terlambat(obj.hari_ini()):
            tanda.append(("tanda-terlambat", _("Terlambat")))
        if obj.jatuh_tempo_perpanjangan and obj.status != Permohonan.Status.DIPERPANJANG:
            tanda.append(("tanda-info", _("Diperpanjang")))
        if obj._keberatan_terbuka:
            tanda.append(("tanda-segera", _("Keberatan berjalan")))
        if obj.terbuka and obj.pemohon.identitas_diperiksa_pada is None:
            tanda.append(("tanda-info", _("Identitas belum diperiksa")))
        return format_html(
            "{}{}",
            obj.get_status_display(),
            format_html_join(
                "", '<br><strong class="tanda {}">{}</strong>', ((k, t) for k, t in tanda)
            ),
        )

    @admin.display(description=_("sisa hari kerja · batas"), ordering="_batas")
    def sisa_waktu(self, obj):
        batas = date_format(obj.batas_waktu, "j M Y")
        if not obj.terbuka:
            return format_html('<span class="antrean-kecil">{}</span>', batas)
        return format_html(
            '<span class="sisa {}">{}</span><br><span class="antrean-kecil">{}</span>',
            "sisa-lewat" if obj.terlambat(obj.hari_ini()) else "",
            sisa_hari_kerja(obj.hari_ini(), obj.batas_waktu, self._libur),
            batas,
        )

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
            "{} · {}", tautan_berkas(url, obj.pemohon.nama_asli_identitas), diperiksa
        )

    @admin.display(description=_("surat kuasa"))
    def kuasa(self, obj):
        if not obj.surat_kuasa:
            return "—"
        url = reverse("admin:permohonan_permohonan_kuasa", args=[obj.pk])
        return tautan_berkas(url, obj.nama_asli_kuasa)

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
        pemohon = permohonan.pemohon
        return berkas_pribadi(
            pemohon.berkas_identitas, f"identitas-{permohonan.nomor}", pemohon.nama_asli_identitas
        )

    def kuasa_view(self, request, permohonan):
        berkas = berkas_pribadi(
            permohonan.surat_kuasa, f"kuasa-{permohonan.nomor}", permohonan.nama_asli_kuasa
        )
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
        kwargs = {}
        if form_class is TugaskanForm:
            # The request's current office and officer, preselected.
            kwargs = {
                "user": request.user,
                "initial": {
                    "unit_kerja": permohonan.unit_kerja_id,
                    "petugas": permohonan.petugas_id,
                },
            }
        return self.halaman_aksi(
            request,
            permohonan,
            judul=judul,
            # A form without fields (a confirmation) is bound by the POST itself.
            form=form_class(request.POST if request.method == "POST" else None, **kwargs),
            jalankan=lambda d: jalankan(permohonan, d, request.user),
            konteks={"permohonan": permohonan},
        )


def tindakan_berikutnya(user, p: Permohonan) -> list[tuple[str, str, bool]]:
    """The actions the request's state and the user's role allow, as (label, address,
    primary): the notice first while the request is open."""
    aksi = lambda kode: reverse("admin:permohonan_permohonan_aksi", args=[p.pk, kode])  # noqa: E731
    boleh = lambda kode: akses.boleh(user, akses.PERMOHONAN, kode)  # noqa: E731
    daftar = []
    if p.terbuka:
        if boleh("pemberitahuan"):
            url = reverse("admin:permohonan_permohonan_pemberitahuan", args=[p.pk])
            daftar.append((_("Kirim pemberitahuan tertulis"), url, True))
        if boleh("tugaskan"):
            daftar.append((_("Tugaskan ke unit/petugas"), aksi("tugaskan"), False))
        if boleh("perpanjang") and not p.jatuh_tempo_perpanjangan:
            daftar.append((_("Perpanjang 7 hari kerja"), aksi("perpanjang"), False))
        if akses.boleh(user, akses.UJI, "tambah"):
            url = (
                reverse("admin:permohonan_ujikonsekuensi_add")
                + "?"
                + urlencode(
                    {
                        "permohonan": p.pk,
                        "unit_kerja": p.unit_kerja_id,
                        "pemicu": UjiKonsekuensi.Pemicu.PERMOHONAN,
                        "informasi": Truncator(p.rincian).chars(300),
                    }
                )
            )
            daftar.append((_("Mulai uji konsekuensi"), url, False))
        if boleh("cabut"):
            daftar.append((_("Catat pencabutan oleh pemohon"), aksi("cabut"), False))
    if boleh("catatan"):
        daftar.append((_("Tambah catatan internal"), aksi("catatan"), False))
    return daftar


def sisa_hari_kerja(hari_ini, batas, libur) -> str:
    """'3 hari kerja', or '−2 hari kerja' once late (working days past the due date)."""
    if hari_ini > batas:
        n = -kalender.jumlah_hari_kerja(batas, hari_ini, libur)
    else:
        n = kalender.jumlah_hari_kerja(hari_ini, batas, libur)
    if n == 0:
        return str(_("jatuh tempo hari ini"))
    return ngettext("%(n)d hari kerja", "%(n)d hari kerja", abs(n)) % {"n": n}


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
