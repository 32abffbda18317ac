"""What the request and objection forms share: uploads that survive a form re-shown with
errors (kept privately, referred to by a signed hidden field), and the fields of papers that
arrived in person, by letter or e-mail and are typed in by staff."""

from __future__ import annotations

import secrets
from pathlib import PurePath

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from permohonan.models import Permohonan
from permohonan.penyimpanan import privat

FORMAT_IDENTITAS = ["pdf", "jpg", "png"]
MAKS_IDENTITAS_MB = 5
_SIGNER = signing.Signer(salt="permohonan.berkas-sementara")


def _simpan_sementara(berkas: UploadedFile) -> str:
    """Keep an upload in private storage; returns the signed value of `<name>_tersimpan`."""
    path = privat.save(f"sementara/{secrets.token_hex(8)}-{berkas.name}", berkas)
    return _SIGNER.sign(path)


def simpan_unggahan_sementara(berkas: UploadedFile) -> str | None:
    """Keep one upload of a submission that could not be processed at all (the database was
    away: portal.middleware), as a re-shown form keeps it: the signed value of the form's
    `<name>_tersimpan` field. None when the file is not an acceptable identity scan or power
    of attorney (nothing else is kept), or cannot be stored."""
    try:
        periksa_berkas(berkas, format=FORMAT_IDENTITAS, maks_mb=MAKS_IDENTITAS_MB)
        return _simpan_sementara(berkas)
    except (ValidationError, OSError):
        return None


class BerkasWajibField(forms.FileField):
    """A required upload that may also have been kept from an earlier submission: marked
    required on the page, while its presence is checked by the form's clean(), which also
    accepts the kept file (`BerkasTersimpanMixin._periksa_berkas`)."""

    def __init__(self, **kwargs):
        kwargs["required"] = True
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        return super().clean(data, initial) if data else None


class BerkasTersimpanMixin:
    """Uploaded files survive a re-display with errors: they are kept in private storage and
    referred to by a signed hidden field (`<name>_tersimpan`). BERKAS names the file fields."""

    BERKAS: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Files kept from an earlier submission: field name -> (signed reference, file name).
        self.berkas_tersimpan: dict[str, tuple[str, str]] = {}
        for nama in self.BERKAS:
            tanda = (self.data or {}).get(f"{nama}_tersimpan", "")
            if tanda:
                try:
                    path = _SIGNER.unsign(tanda)
                except signing.BadSignature:
                    continue
                if path.startswith("sementara/") and privat.exists(path):
                    self.berkas_tersimpan[nama] = (tanda, PurePath(path).name.split("-", 1)[-1])

    def _periksa_berkas(self, data, nama: str, *, wajib: bool) -> None:
        berkas = data.get(nama)
        if isinstance(berkas, UploadedFile):
            try:
                periksa_berkas(berkas, format=FORMAT_IDENTITAS, maks_mb=MAKS_IDENTITAS_MB)
            except ValidationError as exc:
                self.add_error(nama, exc)
                data[nama] = None
        elif nama in self.berkas_tersimpan:
            path = _SIGNER.unsign(self.berkas_tersimpan[nama][0])
            data[nama] = File(privat.open(path), name=self.berkas_tersimpan[nama][1])
        elif wajib:
            self.add_error(nama, ValidationError(_("Unggah berkasnya."), code="required"))

    def simpan_berkas_sementara(self) -> None:
        """Keep valid uploads of a submission that had errors, so nobody uploads twice."""
        for nama in self.BERKAS:
            berkas = self.cleaned_data.get(nama) if hasattr(self, "cleaned_data") else None
            if isinstance(berkas, UploadedFile) and nama not in self.errors:
                self.berkas_tersimpan[nama] = (_simpan_sementara(berkas), berkas.name)

    def hapus_berkas_sementara(self) -> None:
        for tanda, _nama in self.berkas_tersimpan.values():
            privat.delete(_SIGNER.unsign(tanda))


class DiterimaPetugasMixin(forms.Form):
    """For papers that arrived in person, by letter or e-mail, typed in by staff with their
    real arrival time: deadlines follow that time (DOMAIN.md §4)."""

    kanal = forms.ChoiceField(
        label=_("Diterima melalui"),
        choices=[c for c in Permohonan.Kanal.choices if c[0] != Permohonan.Kanal.ONLINE],
    )
    diterima_pada = forms.DateTimeField(
        label=_("Diterima pada"),
        help_text=_("Tanggal dan jam permohonan tiba, waktu setempat."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The requester signed the paper form; staff cannot tick the statement for them.
        self.fields["pernyataan"].required = False
        self.fields.pop("situs_web", None)

    def clean_diterima_pada(self):

        diterima = self.cleaned_data["diterima_pada"]
        if diterima > timezone.now():
            raise ValidationError(
                _("Waktu penerimaan tidak boleh di masa depan."), code="masa_depan"
            )
        if diterima.year < 2000:
            raise ValidationError(_("Periksa tahunnya."), code="terlalu_lama")
        return diterima
