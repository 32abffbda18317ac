from permohonan.selectors import tahun_belum_tercakup


def cakupan_libur(request) -> dict:
    """For the admin's banner: the years the holiday table does not cover (DOMAIN.md §4
    rule 6). A function, so the query runs only on the pages that show the banner."""
    if not request.path.startswith("/admin/"):
        return {}
    return {"libur_belum_tercakup": tahun_belum_tercakup}
