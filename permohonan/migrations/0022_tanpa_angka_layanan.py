"""AngkaLayanan's counters (migration 0019) are RekapLayanan's dimensions "jumlah",
"selesai" and "tepat_waktu" (migration 0021), kept by the same kind of triggers: the home
page and the register read those, and the older table and its triggers go."""

import importlib

from django.db import migrations, models

_0019 = importlib.import_module("permohonan.migrations.0019_angka_layanan")


class Migration(migrations.Migration):
    dependencies = [
        ("informasi", "0014_indeks_halaman"),
        ("permohonan", "0021_rekap_layanan"),
    ]

    operations = [
        # Backwards: the table comes back first (DeleteModel), then its triggers and rows.
        migrations.RunSQL(_0019.HAPUS, _0019.FUNGSI + _0019.ISI),
        migrations.DeleteModel(name="AngkaLayanan"),
        migrations.AddIndex(
            model_name="rekaplayanan",
            index=models.Index(fields=["dimensi", "tahun"], name="rekaplayanan_dimensi_idx"),
        ),
    ]
