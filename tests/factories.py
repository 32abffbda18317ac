"""factory-boy factories with Indonesian fake data."""

import datetime

import factory
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory

from informasi import services
from informasi.berkas import periksa_berkas
from informasi.demo_berkas import buat_pdf
from informasi.models import Dokumen, Informasi, Petugas, Topik, UnitKerja
from informasi.pencarian import perbarui_vektor
from permohonan.models import Pemohon, Permohonan, UjiKonsekuensi
from portal.models import Halaman, ProfilSitus

factory.Faker._DEFAULT_LOCALE = "id_ID"


class UnitKerjaFactory(DjangoModelFactory):
    class Meta:
        model = UnitKerja
        django_get_or_create = ["slug"]

    nama = factory.Sequence(lambda n: f"KPU Kabupaten Contoh {n}")
    slug = factory.Sequence(lambda n: f"kpu-kabupaten-contoh-{n}")
    jenis = UnitKerja.Jenis.KABUPATEN_KOTA
    alamat = factory.Faker("address")
    email = factory.Faker("email")


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"petugas{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@contoh.go.id")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "rahasia-uji-123")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))
        if create:
            self.save()


class PetugasFactory(DjangoModelFactory):
    class Meta:
        model = Petugas

    user = factory.SubFactory(UserFactory)
    unit_kerja = factory.SubFactory(UnitKerjaFactory)
    jabatan = "Sekretaris selaku PPID Pelaksana"


class ProfilSitusFactory(DjangoModelFactory):
    class Meta:
        model = ProfilSitus
        django_get_or_create = ["id"]

    id = 1
    nama_badan = "Komisi Pemilihan Umum Kabupaten Contoh"
    nama_ppid = "PPID KPU Kabupaten Contoh"
    alamat = factory.Faker("address")
    telepon = "(024) 555 0101"
    email = "ppid@contoh.go.id"
    jam_layanan = "Senin–Jumat: 08.00–16.00 WIB\nSabtu: tutup"
    sambutan = "Selamat datang di **layanan informasi** kami."


class HalamanFactory(DjangoModelFactory):
    class Meta:
        model = Halaman
        django_get_or_create = ["slug"]

    judul = factory.Sequence(lambda n: f"Halaman Contoh {n}")
    slug = factory.Sequence(lambda n: f"halaman-contoh-{n}")
    ringkasan = factory.Faker("sentence")
    isi = factory.Faker("paragraph")


class TopikFactory(DjangoModelFactory):
    class Meta:
        model = Topik
        django_get_or_create = ["slug"]

    nama = factory.Sequence(lambda n: f"Topik {n}")
    slug = factory.Sequence(lambda n: f"topik-{n}")


class InformasiFactory(DjangoModelFactory):
    """A published catalogue entry; its search vector is refreshed after creation."""

    class Meta:
        model = Informasi
        skip_postgeneration_save = True

    judul = factory.Sequence(lambda n: f"Laporan Kegiatan Triwulan {n}")
    slug = factory.Sequence(lambda n: f"laporan-kegiatan-{n}")
    ringkasan = "Ringkasan kegiatan sosialisasi kepada masyarakat."
    kategori = Informasi.Kategori.BERKALA
    unit_kerja = factory.SubFactory(UnitKerjaFactory)
    penanggung_jawab = "Subbagian Teknis dan Hubungan Masyarakat"
    tanggal_pembuatan = datetime.date(2025, 3, 1)
    tempat_pembuatan = "Semarang"
    retensi = "5 tahun"
    tahun = 2025
    status = Informasi.Status.TERBIT
    diterbitkan_pada = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    @factory.post_generation
    def topik(self, create, topik_list, **kwargs):
        if create and topik_list:
            self.topik.set(topik_list)

    @factory.post_generation
    def vektor(self, create, extracted, **kwargs):
        if create:
            perbarui_vektor([self.pk])


def dokumen_pdf(informasi, judul="Dokumen", **kwargs) -> Dokumen:
    """A real (tiny) PDF stored through the same service staff uploads use."""
    berkas = ContentFile(buat_pdf(judul, ["isi"]), name="dokumen.pdf")
    dokumen = services.simpan_dokumen(
        dokumen=Dokumen(informasi=informasi, judul=judul, berkas=berkas, **kwargs),
        hasil=periksa_berkas(berkas),
    )
    perbarui_vektor([informasi.pk])
    return dokumen


def pemohon_baru(**kwargs) -> Pemohon:
    """An unsaved requester with an identity scan (saved by terima_permohonan)."""
    data = {
        "jenis": Pemohon.Jenis.PERORANGAN,
        "nama": "Sri Wahyuni",
        "nik": "3374015708900002",
        "alamat": "Jl. Pandanaran No. 10, Semarang",
        "email": "sri.wahyuni@contoh.id",
        "pekerjaan": "Wartawan",
        "berkas_identitas": ContentFile(buat_pdf("KTP", []), name="ktp.pdf"),
        **kwargs,
    }
    return Pemohon(**data)


def permohonan_baru(unit_kerja, **kwargs) -> Permohonan:
    """An unsaved request with the form's fields."""
    data = {
        "unit_kerja": unit_kerja,
        "rincian": "Salinan rekapitulasi DPT Pilkada 2024 per kecamatan.",
        "tujuan": "Bahan liputan tentang partisipasi pemilih.",
        "cara_memperoleh": Permohonan.CaraMemperoleh.SALINAN_SOFTCOPY,
        "cara_salinan": Permohonan.CaraSalinan.EMAIL,
        **kwargs,
    }
    return Permohonan(**data)


def uji_konsekuensi(unit_kerja, *, tetapkan=True, **kwargs) -> UjiKonsekuensi:
    """A complete consequence test exempting voters' personal data (Pasal 17 huruf h); set in
    force by a PPID Utama through the service unless `tetapkan=False`."""
    from informasi.akses import PPID_UTAMA
    from permohonan.services import tetapkan_uji_konsekuensi

    data = {
        "informasi": "NIK dan NKK pemilih dalam daftar pemilih",
        "dokumen": "Daftar Pemilih Tetap (Model A-Daftar Pemilih)",
        "unit_kerja": unit_kerja,
        "pemicu": UjiKonsekuensi.Pemicu.TINJAUAN,
        "pasal_17": ["h"],
        "dasar_hukum_lain": "UU 27/2022 tentang Pelindungan Data Pribadi",
        "analisis_konsekuensi": "Membuka NIK memudahkan penyalahgunaan identitas pemilih.",
        "analisis_kepentingan_publik": "Kepentingan publik terpenuhi oleh data tanpa NIK.",
        "ringkasan": "Membuka NIK dan NKK dapat merugikan pemilih.",
        "kesimpulan": UjiKonsekuensi.Kesimpulan.DIKECUALIKAN_SEBAGIAN,
        "berlaku_syarat": "sampai pemilik data memberi persetujuan tertulis",
        "nama_pemutus": "Dra. Sri Lestari",
        "jabatan_pemutus": "Sekretaris Jenderal KPU selaku PPID",
        "nama_penyetuju": "Drs. Bambang Wijaya",
        "jabatan_penyetuju": "Ketua KPU",
        "nomor_keputusan": "12/PP.06-Kpt/05/2026",
        "tanggal_keputusan": datetime.date(2026, 3, 2),
        "tempat": "Jakarta",
        **kwargs,
    }
    uji = UjiKonsekuensi.objects.create(**data)
    if tetapkan:
        utama = UserFactory(username="ppid-utama-uji", groups=[PPID_UTAMA])
        uji = tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=utama)
    return uji
