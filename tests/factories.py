"""factory-boy factories with Indonesian fake data."""

import factory
from django.contrib.auth.models import Group, User
from factory.django import DjangoModelFactory

from informasi.models import Petugas, UnitKerja
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
