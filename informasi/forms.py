from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from informasi.models import Dokumen


class DokumenForm(forms.ModelForm):
    """A document in the admin: an uploaded file (checked by content) or a link."""

    tautan = forms.URLField(
        label=Dokumen._meta.get_field("tautan").verbose_name,
        help_text=Dokumen._meta.get_field("tautan").help_text,
        max_length=500,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Dokumen
        fields = ["judul", "berkas", "tautan", "urutan"]

    hasil_periksa = None

    def clean(self):
        data = super().clean()
        berkas, tautan = data.get("berkas"), data.get("tautan")
        if berkas and tautan:
            raise ValidationError(
                _("Isi salah satu saja: unggah berkas atau tulis tautan."), code="dua_sumber"
            )
        if not berkas and not tautan and "berkas" not in self.errors:
            raise ValidationError(
                _("Unggah berkas atau tulis tautan dokumen."), code="tanpa_sumber"
            )
        if isinstance(berkas, UploadedFile):
            try:
                self.hasil_periksa = periksa_berkas(berkas)
            except ValidationError as exc:
                self.add_error("berkas", exc)
        return data
