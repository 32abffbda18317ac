from django.contrib import admin
from django.urls import include, path

from portal import views

situs_patterns = [
    path("", views.BerandaView.as_view(), name="beranda"),
    path("halaman/<slug:slug>/", views.HalamanDetailView.as_view(), name="halaman"),
]

urlpatterns = [
    path("", include((situs_patterns, "portal"))),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
