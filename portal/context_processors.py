from functools import cached_property

from django.http import HttpRequest

from portal.models import Halaman, ProfilSitus


class Situs:
    """What every public page shows around its content: the body's profile (footer contact
    details, service hours) and the published static pages (navigation, footer).

    Lazy: each query runs once, and only when a template uses it.
    """

    @cached_property
    def profil(self) -> ProfilSitus | None:
        return ProfilSitus.muat()

    @cached_property
    def halaman(self) -> list[Halaman]:
        return list(Halaman.objects.terbit().only("slug", "judul", "urutan", "di_menu"))

    @cached_property
    def halaman_menu(self) -> list[Halaman]:
        """Pages staff put in the main menu (the Profil PPID has its own fixed entry)."""
        return [h for h in self.halaman if h.di_menu and h.slug != Halaman.SLUG_PROFIL]

    @cached_property
    def halaman_profil(self) -> Halaman | None:
        return next((h for h in self.halaman if h.slug == Halaman.SLUG_PROFIL), None)


def situs(request: HttpRequest) -> dict:
    return {"situs": Situs()}
