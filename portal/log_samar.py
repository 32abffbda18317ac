"""Secrets kept out of the logs: the requester's secret tracking token (the last segment of
/permohonan/lacak/<nomor>/<token>/) is replaced by "[rahasia]" in every log line — Django's
request log, the background worker's job lines (the mail job's body carries the link) and
gunicorn's access log (gunicorn.conf.py). Whoever reads a log learns nothing that opens a
request (UU 27/2022; DOMAIN.md §11)."""

from __future__ import annotations

import logging
import re

from django.utils.log import AdminEmailHandler

# The other pages under a request's address are fixed words; anything else in the token's
# place (a real token, or a guess at one) is masked.
_TAUTAN_RAHASIA = re.compile(
    r"(/lacak/[^/?#\s\\'\"]+/)"
    r"(?!(?:bukti|perpanjangan|pemberitahuan|lampiran)(?:[/?#\s\\'\"]|$))"
    r"[^/?#\s\\'\"]+(/?)"
    # Whatever query follows a secret link goes too (it may repeat the token).
    r"(?:\?[^\s\\'\"]*)?"
)
SAMARAN = "[rahasia]"


def samarkan(teks: str) -> str:
    """`teks` with every secret tracking token masked."""
    return _TAUTAN_RAHASIA.sub(rf"\g<1>{SAMARAN}\g<2>", teks)


class FormatterSamar(logging.Formatter):
    """A logging formatter whose whole output (message, arguments, traceback) is masked."""

    def format(self, record: logging.LogRecord) -> str:
        return samarkan(super().format(record))


class AdminEmailSamar(AdminEmailHandler):
    """Django's error mail to the administrators, subject and body (the traceback and the
    request's address in it) masked like every log line."""

    def send_mail(self, subject, message, *args, **kwargs):
        if kwargs.get("html_message"):
            kwargs["html_message"] = samarkan(kwargs["html_message"])
        super().send_mail(samarkan(subject), samarkan(message), *args, **kwargs)
