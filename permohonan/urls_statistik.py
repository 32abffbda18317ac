from django.urls import path

from permohonan.views import statistik
from portal.cache_halaman import tersimpan

semua = tersimpan("informasi", "permohonan", "portal")

app_name = "statistik"

urlpatterns = [
    path("", semua(statistik.statistik), name="statistik"),
    path("data.csv", semua(statistik.data_csv), name="data_csv"),
    path("data.json", semua(statistik.data_json), name="data_json"),
    path("laporan/<int:tahun>/", semua(statistik.laporan), name="laporan"),
]
