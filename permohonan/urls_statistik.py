from django.urls import path

from permohonan.views import statistik
from portal.cache_halaman import tersimpan

# Stored for anonymous visitors (portal/cache_halaman.py). Slow to build (every figure of a
# year), so only the parameters the views read are kept: other ones are redirected away.
semua = tersimpan("informasi", "permohonan", "portal", parameter=("tahun", "unit"))

app_name = "statistik"

urlpatterns = [
    path("", semua(statistik.statistik), name="statistik"),
    path("data.csv", semua(statistik.data_csv), name="data_csv"),
    path("data.json", semua(statistik.data_json), name="data_json"),
    path(
        "laporan/<int:tahun>/",
        tersimpan("informasi", "permohonan", "portal", parameter=("unit", "format"))(
            statistik.laporan
        ),
        name="laporan",
    ),
]
