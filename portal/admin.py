import secrets
from pathlib import PurePath

from django import forms
from django.contrib import admin
from django.core import signing
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from informasi.berkas import GambarField
from portal.gambar import (
    berkas_tersimpan,
    buat_rendisi,
    hapus_setelah_commit,
    kosongkan_rendisi,
    periksa_gambar,
)
from portal.masuk import MasukStafForm
from portal.models import Berita, Halaman, KategoriBerita, ProfilSitus, TagBerita

admin.site.site_header = _("Administrasi PPID")
admin.site.site_title = _("Administrasi PPID")
admin.site.index_title = _("Pengelolaan layanan informasi")
# The dashboard (admin home) and the breadcrumbs are the navigation: the model sidebar would
# take a third of a 1024 px laptop screen from the queue.
admin.site.enable_nav_sidebar = False
# The login asks the authenticator code of accounts that set one up (portal.masuk).
admin.site.login_form = MasukStafForm


@admin.register(ProfilSitus)
class ProfilSitusAdmin(admin.ModelAdmin):
    list_display = ["nama_ppid", "email", "telepon", "diperbarui_pada"]
    # An address typed without its scheme ("instagram.com/kpu_ri") is taken as https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["nama_badan", "nama_ppid"]}),
        (_("Kontak"), {"fields": ["alamat", "telepon", "email", "whatsapp", "peta"]}),
        (
            _("Media sosial"),
            {
                "fields": ["instagram", "facebook", "x", "tiktok", "youtube"],
                "description": _("Alamat lengkap akun resmi, mis. https://www.instagram.com/…"),
            },
        ),
        (
            _("Jam layanan dan sambutan"),
            {"fields": ["jam_layanan", "jam_layanan_en", "sambutan", "sambutan_en"]},
        ),
    ]

    def has_add_permission(self, request):
        # One row only: add it when missing, otherwise edit it.
        return super().has_add_permission(request) and not ProfilSitus.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Halaman)
class HalamanAdmin(admin.ModelAdmin):
    list_display = ["judul", "slug", "urutan", "di_menu", "diterbitkan", "diperbarui_pada"]
    list_editable = ["urutan", "di_menu"]
    list_filter = ["diterbitkan", "di_menu"]
    search_fields = ["judul", "ringkasan", "isi"]
    prepopulated_fields = {"slug": ["judul"]}
    fieldsets = [
        (None, {"fields": ["judul", "slug", "ringkasan", "isi"]}),
        (_("Penerbitan"), {"fields": ["diterbitkan", "di_menu", "urutan"]}),
    ]


_TANDA_GAMBAR = signing.Signer(salt="portal.berita.gambar-sementara")
# Where a checked cover picture waits while the rest of the form is corrected: not public
# (only berita/r/ is served), deleted after the save or by bersihkan_berkas_sementara.
FOLDER_SEMENTARA = "sementara/berita/"


class BeritaForm(forms.ModelForm):
    """The news form. A cover picture that passed its checks is kept when the form comes
    back with another error, so the editor does not choose it again."""

    gambar_tersimpan = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Berita
        field_classes = {"gambar": GambarField}
        fields = [
            "judul",
            "slug",
            "dateline",
            "lead",
            "isi",
            "gambar",
            "alt_gambar",
            "keterangan_gambar",
            "kredit_foto",
            "inisial",
            "kategori",
            "tag",
            "unit_kerja",
            "status",
            "terbit_pada",
        ]

        widgets = {
            "judul": forms.TextInput(attrs={"class": "vLargeTextField", "maxlength": 200}),
            "tag": forms.CheckboxSelectMultiple,
        }
        help_texts = {"tag": _("Pilih satu atau lebih; tag baru ditambahkan di menu Tag berita.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gambar_sementara = ""
        self.gambar_dari_sementara = False
        tanda = self.data.get("gambar_tersimpan", "") if self.is_bound else ""
        if tanda:
            try:
                path = _TANDA_GAMBAR.unsign(tanda)
            except signing.BadSignature:
                path = ""
            if path.startswith(FOLDER_SEMENTARA) and default_storage.exists(path):
                self._simpan_sementara(path)

    def _simpan_sementara(self, path: str) -> None:
        self.gambar_sementara = path
        bantuan = format_html(
            "{}<br><strong>{}</strong>",
            Berita._meta.get_field("gambar").help_text,
            _("Foto yang Anda pilih sudah diterima; pilih lagi hanya untuk menggantinya."),
        )
        # The bound field copies its help text when made (it may exist already).
        self.fields["gambar"].help_text = self["gambar"].help_text = bantuan

    def clean_gambar(self):
        gambar = self.cleaned_data.get("gambar")
        if gambar and isinstance(gambar, UploadedFile):
            periksa_gambar(gambar)
        elif gambar is not False and self.gambar_sementara and "gambar" not in self.files:
            self.gambar_dari_sementara = True
            return File(
                default_storage.open(self.gambar_sementara),
                name=PurePath(self.gambar_sementara).name,
            )
        return gambar

    def _post_clean(self):
        super()._post_clean()
        gambar = self.cleaned_data.get("gambar")
        if self.errors and isinstance(gambar, UploadedFile) and "gambar" not in self.errors:
            gambar.seek(0)
            nama = default_storage.save(
                f"{FOLDER_SEMENTARA}{secrets.token_hex(12)}{PurePath(gambar.name).suffix.lower()}",
                gambar,
            )
            self.data = self.data.copy()
            self.data["gambar_tersimpan"] = _TANDA_GAMBAR.sign(nama)
            self._simpan_sementara(nama)


class TayangFilter(admin.SimpleListFilter):
    """Draft, scheduled (published with a time still to come) or on the site now — the
    same query condition as the public pages (Berita.objects.tayang)."""

    title = _("tayang")
    parameter_name = "tayang"

    def lookups(self, request, model_admin):
        return [("draf", _("Draf")), ("terjadwal", _("Terjadwal")), ("terbit", _("Terbit"))]

    def queryset(self, request, queryset):
        sekarang = timezone.now()
        if self.value() == "draf":
            return queryset.filter(status=Berita.Status.DRAF)
        if self.value() == "terjadwal":
            return queryset.filter(status=Berita.Status.TERBIT, terbit_pada__gt=sekarang)
        if self.value() == "terbit":
            return queryset.tayang(sekarang)
        return queryset


@admin.register(Berita)
class BeritaAdmin(admin.ModelAdmin):
    """News for editors: write in Markdown, schedule with a future publication time, preview
    before publishing. Renditions of the cover image are made once, on save."""

    form = BeritaForm
    list_display = ["judul", "kategori", "unit_kerja", "tayang", "terbit_pada", "dilihat"]
    list_filter = [TayangFilter, "kategori", "unit_kerja"]
    list_select_related = ["kategori", "unit_kerja"]
    search_fields = ["judul", "lead"]
    prepopulated_fields = {"slug": ["judul"]}
    date_hierarchy = "terbit_pada"
    readonly_fields = ["pratinjau", "dilihat"]
    fieldsets = [
        (None, {"fields": ["judul", "slug", "dateline", "lead", "isi"]}),
        (
            _("Foto sampul"),
            {
                "fields": [
                    "gambar",
                    "gambar_tersimpan",
                    "alt_gambar",
                    "keterangan_gambar",
                    "kredit_foto",
                ]
            },
        ),
        (_("Klasifikasi"), {"fields": ["kategori", "tag", "unit_kerja", "inisial"]}),
        (_("Penerbitan"), {"fields": ["status", "terbit_pada", "pratinjau", "dilihat"]}),
    ]

    def view_on_site(self, obj):
        """The admin's "Lihat di situs": the article once it is on the site, else the
        preview (the article address of a draft or scheduled item is a 404)."""
        if obj.status == Berita.Status.TERBIT and not obj.terjadwal:
            return obj.get_absolute_url()
        return reverse("portal:berita_pratinjau", args=[obj.pk])

    @admin.display(description=_("tayang"))
    def tayang(self, obj):
        if obj.status == Berita.Status.DRAF:
            return _("Draf")
        return _("Terjadwal") if obj.terjadwal else _("Terbit")

    @admin.display(description=_("pratinjau"))
    def pratinjau(self, obj):
        if not obj.pk:
            return _("Simpan dulu untuk melihat pratinjau.")
        url = reverse("portal:berita_pratinjau", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat seperti di situs"))

    def save_model(self, request, obj, form, change):
        gambar_berubah = "gambar" in form.changed_data or form.gambar_dari_sementara
        # The replaced (or removed) picture and its renditions go once the change is saved.
        lama = (
            berkas_tersimpan(Berita.objects.filter(pk=obj.pk)) if change and gambar_berubah else []
        )
        if gambar_berubah and not obj.gambar:
            kosongkan_rendisi(obj)
        super().save_model(request, obj, form, change)
        if gambar_berubah and obj.gambar:
            buat_rendisi(obj)
            obj.save(
                update_fields=[
                    "gambar_kecil",
                    "kecil_lebar",
                    "kecil_tinggi",
                    "gambar_halaman",
                    "halaman_lebar",
                    "halaman_tinggi",
                    "gambar_sosial",
                ]
            )
        if form.gambar_dari_sementara:
            lama.append(form.gambar_sementara)  # now saved under the item's own name
        hapus_setelah_commit(lama)

    def delete_model(self, request, obj):
        lama = berkas_tersimpan(Berita.objects.filter(pk=obj.pk))
        super().delete_model(request, obj)
        hapus_setelah_commit(lama)

    def delete_queryset(self, request, queryset):
        lama = berkas_tersimpan(queryset)
        super().delete_queryset(request, queryset)
        hapus_setelah_commit(lama)


@admin.register(KategoriBerita)
class KategoriBeritaAdmin(admin.ModelAdmin):
    list_display = ["nama", "slug", "urutan"]
    list_editable = ["urutan"]
    prepopulated_fields = {"slug": ["nama"]}


@admin.register(TagBerita)
class TagBeritaAdmin(admin.ModelAdmin):
    search_fields = ["nama"]
    prepopulated_fields = {"slug": ["nama"]}


# The list of locked logins (django-axes) with the unlock action for PPID Utama.
from portal import admin_masuk  # noqa: E402, F401
