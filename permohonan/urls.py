from django.urls import path

from permohonan import views

app_name = "permohonan"

urlpatterns = [
    path("ajukan/", views.AjukanView.as_view(), name="ajukan"),
    path("bukti/", views.bukti, name="bukti"),
]
