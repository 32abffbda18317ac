from django.urls import path

from permohonan import views_keberatan

app_name = "keberatan"

urlpatterns = [
    path("ajukan/", views_keberatan.ajukan, name="ajukan"),
    path("bukti/", views_keberatan.bukti, name="bukti"),
    path("<str:nomor>/tanggapan/", views_keberatan.surat_tanggapan, name="surat_tanggapan"),
]
