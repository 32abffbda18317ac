"""A trivial WSGI app: lets a test run the real gunicorn with gunicorn.conf.py (its access
log) without a database."""


def app(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"-"]
