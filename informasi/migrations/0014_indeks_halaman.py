from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("informasi", "0013_peta_situs"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="informasi",
            name="informasi_terbit_idx",
        ),
        migrations.AddIndex(
            model_name="informasi",
            index=models.Index(
                fields=["status", "-diterbitkan_pada", "-id"],
                include=("kategori", "tinjau_berikutnya", "unit_kerja"),
                name="informasi_terbit_idx",
            ),
        ),
    ]
