"""Forms of the request workflow, one module per procedure; re-exported here."""

from permohonan.forms._umum import (
    FORMAT_IDENTITAS,
    MAKS_IDENTITAS_MB,
    BerkasTersimpanMixin,
    DiterimaPetugasMixin,
)
from permohonan.forms.keberatan import KeberatanForm, KeberatanPetugasForm, PutusanKeberatanForm
from permohonan.forms.pemberitahuan import PemberitahuanForm
from permohonan.forms.permohonan import (
    AlasanForm,
    CatatanForm,
    LacakForm,
    PermohonanForm,
    PermohonanPetugasForm,
    TugaskanForm,
)
from permohonan.forms.survei import MasukanKonsultasiForm, SurveiForm
from permohonan.forms.uji_konsekuensi import UjiKonsekuensiForm

__all__ = [
    "FORMAT_IDENTITAS",
    "MAKS_IDENTITAS_MB",
    "AlasanForm",
    "BerkasTersimpanMixin",
    "CatatanForm",
    "DiterimaPetugasMixin",
    "KeberatanForm",
    "KeberatanPetugasForm",
    "LacakForm",
    "MasukanKonsultasiForm",
    "PemberitahuanForm",
    "PermohonanForm",
    "PermohonanPetugasForm",
    "PutusanKeberatanForm",
    "SurveiForm",
    "TugaskanForm",
    "UjiKonsekuensiForm",
]
