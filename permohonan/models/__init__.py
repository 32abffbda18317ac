"""Models of the request workflow, one module per procedure (DESIGN.md "Layout").

Everything other modules import is re-exported here, so `from permohonan.models import …`
keeps working; the app label stays `permohonan`.
"""

from permohonan.models.angka import RekapLayanan
from permohonan.models.kalender import HariLibur
from permohonan.models.keberatan import Keberatan, Sengketa
from permohonan.models.laporan import LaporanTahunan
from permohonan.models.pemberitahuan import BagianDihitamkan, Lampiran, PemberitahuanTertulis
from permohonan.models.permohonan import NomorUrut, Pemohon, Permohonan
from permohonan.models.riwayat import Riwayat
from permohonan.models.survei import (
    FIELD_UNSUR,
    UNSUR,
    MasukanKonsultasi,
    Survei,
    TopikKonsultasi,
)
from permohonan.models.uji_konsekuensi import UjiKonsekuensi

__all__ = [
    "FIELD_UNSUR",
    "UNSUR",
    "BagianDihitamkan",
    "HariLibur",
    "Keberatan",
    "Lampiran",
    "LaporanTahunan",
    "MasukanKonsultasi",
    "NomorUrut",
    "PemberitahuanTertulis",
    "Pemohon",
    "Permohonan",
    "RekapLayanan",
    "Riwayat",
    "Sengketa",
    "Survei",
    "TopikKonsultasi",
    "UjiKonsekuensi",
]
