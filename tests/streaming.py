"""Reading streamed test responses (documents, image previews) to the end."""

from django.core.signals import request_finished
from django.db import close_old_connections


def read_and_close(response) -> bytes:
    """The body of a streamed response, with its file closed.

    ``response.close()`` also sends ``request_finished``, whose ``close_old_connections``
    would close the test's database connection in the middle of its transaction (on
    PostgreSQL: "the connection is closed" in the next query). Django's test client
    disconnects that receiver around its own requests; this does the same.
    """
    body = b"".join(response.streaming_content)
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return body
