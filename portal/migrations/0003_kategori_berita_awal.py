"""The usual news sections of a KPU office; staff may rename or add more in the admin."""

from django.db import migrations

KATEGORI = [
    ("Berita Terkini", "berita-terkini"),
    ("Kegiatan", "kegiatan"),
    ("Pengumuman", "pengumuman"),
    ("Pendidikan Pemilih", "pendidikan-pemilih"),
]


def isi(apps, schema_editor):
    KategoriBerita = apps.get_model("portal", "KategoriBerita")
    for urutan, (nama, slug) in enumerate(KATEGORI):
        KategoriBerita.objects.get_or_create(slug=slug, defaults={"nama": nama, "urutan": urutan})


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_berita")]

    operations = [migrations.RunPython(isi, migrations.RunPython.noop)]
