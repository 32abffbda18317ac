import pytest

from tests.factories import UnitKerjaFactory


@pytest.fixture
def pohon():
    """A small unit tree: KPU RI › KPU Jateng › KPU Kota Semarang, and KPU DKI."""
    ri = UnitKerjaFactory(slug="kpu-ri", nama="KPU RI", jenis="pusat")
    jateng = UnitKerjaFactory(slug="kpu-jateng", nama="KPU Jateng", induk=ri)
    semarang = UnitKerjaFactory(slug="kpu-semarang", nama="KPU Kota Semarang", induk=jateng)
    dki = UnitKerjaFactory(slug="kpu-dki", nama="KPU DKI", induk=ri)
    return {"ri": ri, "jateng": jateng, "semarang": semarang, "dki": dki}
