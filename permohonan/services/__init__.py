"""State changes of the request workflow, one function per legal act (STYLE.md), one module
per procedure: `permohonan`, `pemberitahuan`, `uji_konsekuensi`, `keberatan`.

Each runs in one transaction, asks `permohonan.akses` whether the acting person may do it
(role and unit), checks that the law allows it (`TransisiDitolak`), saves with
update_fields and writes a `Riwayat` event. Nothing else assigns a `status`.
"""

from permohonan.akses import AksesDitolak
from permohonan.services._umum import TransisiDitolak, hash_token
from permohonan.services.kalender import (
    hitung_ulang_jatuh_tempo,
    hitung_ulang_jatuh_tempo_keberatan,
)
from permohonan.services.keberatan import (
    PENJELASAN_BELUM_TIMBUL,
    JendelaKeberatan,
    ajukan_keberatan,
    cabut_keberatan,
    catat_sengketa,
    jendela_keberatan,
    periksa_sengketa_boleh,
    proses_keberatan,
    putuskan_keberatan,
)
from permohonan.services.laporan import terbitkan_laporan
from permohonan.services.pemberitahuan import kirim_pemberitahuan
from permohonan.services.permohonan import (
    PermohonanDiterima,
    cabut_permohonan,
    catat_catatan_internal,
    catat_identitas_dilihat,
    perbarui_tautan_pelacakan,
    perpanjang_jangka_waktu,
    terima_permohonan,
    tugaskan_permohonan,
)
from permohonan.services.retensi import (
    dokumen_kedaluwarsa,
    hapus_dokumen_kedaluwarsa,
    periksa_identitas,
)
from permohonan.services.survei import (
    SurveiSudahDiisi,
    isi_survei,
    kirim_masukan,
    survei_dibuka,
    terbitkan_masukan,
    terbitkan_saran,
)
from permohonan.services.uji_konsekuensi import (
    akhiri_uji_konsekuensi,
    cabut_uji_konsekuensi,
    tetapkan_uji_konsekuensi,
)

__all__ = [
    "PENJELASAN_BELUM_TIMBUL",
    "AksesDitolak",
    "JendelaKeberatan",
    "PermohonanDiterima",
    "SurveiSudahDiisi",
    "TransisiDitolak",
    "ajukan_keberatan",
    "akhiri_uji_konsekuensi",
    "cabut_keberatan",
    "cabut_permohonan",
    "cabut_uji_konsekuensi",
    "catat_catatan_internal",
    "catat_identitas_dilihat",
    "catat_sengketa",
    "dokumen_kedaluwarsa",
    "hapus_dokumen_kedaluwarsa",
    "hash_token",
    "hitung_ulang_jatuh_tempo",
    "hitung_ulang_jatuh_tempo_keberatan",
    "isi_survei",
    "jendela_keberatan",
    "kirim_masukan",
    "kirim_pemberitahuan",
    "perbarui_tautan_pelacakan",
    "periksa_identitas",
    "periksa_sengketa_boleh",
    "perpanjang_jangka_waktu",
    "proses_keberatan",
    "putuskan_keberatan",
    "survei_dibuka",
    "terbitkan_laporan",
    "terbitkan_masukan",
    "terbitkan_saran",
    "terima_permohonan",
    "tetapkan_uji_konsekuensi",
    "tugaskan_permohonan",
]
