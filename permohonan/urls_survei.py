from django.urls import path

from permohonan.views import survei

app_name = "survei"

urlpatterns = [
    path("", survei.indeks, name="indeks"),
    path("konsultasi/", survei.konsultasi, name="konsultasi"),
    path("konsultasi/<int:pk>/", survei.konsultasi_topik, name="konsultasi_topik"),
    path("<str:nomor>/", survei.isi, name="isi"),
]
