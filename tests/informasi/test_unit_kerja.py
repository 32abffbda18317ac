import pytest
from django.core.exceptions import ValidationError

from informasi.models import UnitKerja
from tests.factories import UnitKerjaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pohon():
    ri = UnitKerjaFactory(slug="ri", jenis="pusat")
    jateng = UnitKerjaFactory(slug="jateng", induk=ri, jenis="provinsi")
    semarang = UnitKerjaFactory(slug="semarang", induk=jateng)
    subbag = UnitKerjaFactory(slug="subbag", induk=semarang, jenis="subbagian")
    dki = UnitKerjaFactory(slug="dki", induk=ri, jenis="provinsi")
    return {"ri": ri, "jateng": jateng, "semarang": semarang, "subbag": subbag, "dki": dki}


def _slugs(qs):
    return sorted(qs.values_list("slug", flat=True))


def test_subtree_includes_the_unit_and_everything_below(pohon):
    assert _slugs(UnitKerja.objects.subtree(pohon["jateng"])) == ["jateng", "semarang", "subbag"]
    assert _slugs(UnitKerja.objects.subtree(pohon["semarang"])) == ["semarang", "subbag"]
    assert len(UnitKerja.objects.subtree(pohon["ri"])) == 5
    assert pohon["subbag"].kedalaman == 3


def test_moving_a_unit_moves_its_subtree(pohon):
    semarang = pohon["semarang"]
    semarang.induk = pohon["dki"]
    semarang.save()
    assert _slugs(UnitKerja.objects.subtree(pohon["dki"])) == ["dki", "semarang", "subbag"]
    assert _slugs(UnitKerja.objects.subtree(pohon["jateng"])) == ["jateng"]


def test_unit_cannot_be_placed_under_its_own_subunit(pohon):
    jateng = pohon["jateng"]
    jateng.induk = pohon["subbag"]
    with pytest.raises(ValidationError) as excinfo:
        jateng.full_clean()
    assert excinfo.value.error_dict["induk"][0].code == "induk_berulang"


def test_a_letterhead_logo_over_one_megabyte_is_refused(db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    unit = UnitKerjaFactory()
    unit.logo = SimpleUploadedFile("logo.png", b"\x89PNG" + b"\x00" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as tolak:
        unit.clean()
    assert "Logo paling besar 1 MB" in str(tolak.value)
