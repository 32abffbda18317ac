"""Stored facet counts are dropped whenever what they count changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from informasi.models import Dokumen, Informasi
from informasi.selectors import lupakan_faset


@receiver(post_save, sender=Informasi)
@receiver(post_delete, sender=Informasi)
@receiver(post_save, sender=Dokumen)
@receiver(post_delete, sender=Dokumen)
@receiver(m2m_changed, sender=Informasi.topik.through)
def katalog_berubah(**kwargs) -> None:
    lupakan_faset()
