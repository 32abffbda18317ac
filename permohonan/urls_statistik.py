from django.urls import path

from permohonan.views import statistik

app_name = "statistik"

urlpatterns = [
    path("", statistik.statistik, name="statistik"),
    path("data.csv", statistik.data_csv, name="data_csv"),
    path("data.json", statistik.data_json, name="data_json"),
    path("laporan/<int:tahun>/", statistik.laporan, name="laporan"),
]
