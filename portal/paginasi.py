"""Pages of long lists that read the rows before them from an index only (issue 15)."""

from __future__ import annotations

from django.db.models import QuerySet


class LewatId:
    """A queryset as a paginator slices it: a page is `WHERE id IN (the page's ids)`, the
    ids picked by a subquery in the queryset's own order, which PostgreSQL answers from a
    covering index alone — so a deep page (?page=500) no longer fetches and joins the
    rows before it. Still one query; give the paginator its count (it has no len())."""

    def __init__(self, queryset: QuerySet):
        self.queryset = queryset
        self.ordered = queryset.ordered

    def __getitem__(self, potong: slice) -> QuerySet:
        ids = self.queryset.select_related(None).prefetch_related(None).values("pk")[potong]
        return self.queryset.filter(pk__in=ids)
