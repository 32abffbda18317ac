from django.urls import path

from permohonan.views import keberatan

app_name = "keberatan"

urlpatterns = [
    path("ajukan/", keberatan.ajukan, name="ajukan"),
    path("bukti/", keberatan.bukti, name="bukti"),
    path("<str:nomor>/bukti/", keberatan.surat_bukti, name="surat_bukti"),
    path("<str:nomor>/tanggapan/", keberatan.surat_tanggapan, name="surat_tanggapan"),
]
