"""Publishing the annual service report (Perki 1/2021 Pasal 56; DOMAIN.md §8): the report is
itself public information published periodically (UU 14/2008 Pasal 9), so publishing it
lists it in the Daftar Informasi Publik as a berkala entry linking to the report."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from informasi.models import Dokumen, Informasi, Topik
from informasi.pencarian import perbarui_vektor
from informasi.services import simpan_dokumen
from permohonan import akses
from permohonan.models import LaporanTahunan
from permohonan.services._umum import TransisiDitolak


def _entri_katalog(laporan: LaporanTahunan, sekarang) -> Informasi:
    unit = laporan.unit_kerja
    slug = f"laporan-layanan-informasi-publik-{laporan.tahun}-{unit.slug}"[:160]
    hari_ini = unit.tanggal_lokal(sekarang)
    informasi = Informasi.objects.filter(pk=laporan.informasi_id).first() or Informasi(slug=slug)
    informasi.judul = f"Laporan Layanan Informasi Publik Tahun {laporan.tahun} — {unit.nama}"
    informasi.ringkasan = (
        f"Laporan tahunan layanan informasi publik {unit.nama} tahun {laporan.tahun} "
        "(Perki 1/2021 Pasal 56): jumlah permohonan, waktu penyelesaian, permohonan yang "
        "dikabulkan dan ditolak beserta alasannya, keberatan, sengketa informasi, serta "
        "kebijakan, sarana, sumber daya manusia, anggaran, kendala, dan rekomendasi."
    )
    informasi.kategori = Informasi.Kategori.BERKALA
    informasi.unit_kerja = unit
    informasi.penanggung_jawab = f"PPID {unit.nama}"
    informasi.tanggal_pembuatan = hari_ini
    informasi.tempat_pembuatan = unit.kota or unit.nama
    informasi.retensi = informasi.retensi or "Permanen"
    informasi.tahun = laporan.tahun
    informasi.status = Informasi.Status.TERBIT
    informasi.diterbitkan_pada = informasi.diterbitkan_pada or sekarang
    informasi.terakhir_ditinjau = hari_ini
    informasi.tinjau_berikutnya = informasi.jadwal_tinjau(hari_ini)
    informasi.save()
    topik = Topik.objects.filter(slug="layanan-informasi").first()
    if topik:
        informasi.topik.add(topik)
    url = settings.PORTAL_URL.rstrip("/") + laporan.get_absolute_url()
    if not informasi.dokumen.exists():
        simpan_dokumen(
            dokumen=Dokumen(informasi=informasi, judul=informasi.judul, tautan=url), hasil=None
        )
    perbarui_vektor([informasi.pk])
    return informasi


@transaction.atomic
def terbitkan_laporan(*, laporan_id: int, oleh) -> LaporanTahunan:
    """Publish a draft report: it becomes public at its address and is listed in the
    catalogue. Only the PPID of its unit (or PPID Utama) may (permohonan.akses)."""
    laporan = akses.laporan_untuk_staf(oleh, laporan_id, aksi="terbitkan", kunci=True)
    if laporan.terbit:
        raise TransisiDitolak(_("Laporan ini sudah terbit."))
    if laporan.tahun >= laporan.unit_kerja.hari_ini().year:
        raise TransisiDitolak(
            _("Laporan tahunan baru dapat diterbitkan setelah tahunnya berakhir.")
        )
    sekarang = timezone.now()
    laporan.informasi = _entri_katalog(laporan, sekarang)
    laporan.status = LaporanTahunan.Status.TERBIT
    laporan.diterbitkan_pada = sekarang
    laporan.diterbitkan_oleh = oleh
    laporan.save(update_fields=["informasi", "status", "diterbitkan_pada", "diterbitkan_oleh"])
    return laporan
