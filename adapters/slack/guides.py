"""A guide shared as a Markdown file in a DM with the app -> the engine's ``guide upload``.

The file is fetched from Slack with the bot token of the workspace it came from (Slack
serves ``url_private_download`` only with ``Authorization: Bearer <token>`` and the
``files:read`` scope). Files over ``MAX_GUIDE_BYTES`` are refused without downloading;
other kinds of file are ignored unless the message mentions a guide. The engine lints
the guide and decides who may add it. The token is never logged.
"""

from __future__ import annotations

import http.client
import logging
import re
import urllib.error
import urllib.request
from typing import IO
from urllib.parse import urlsplit

from adapters.slack.events import SharedFile, is_markdown
from bot.server_banks import MAX_GUIDE_BYTES  # the engine's cap: 262,144 bytes
from bot.types import Attachment, Command, Reply

log = logging.getLogger(__name__)

GUIDE_MIME = "text/markdown"
DOWNLOAD_SECONDS = 15
MENTIONS_GUIDE = re.compile(r"\bguides?\b", re.IGNORECASE)
NOT_MARKDOWN = "To add a guide, send a .md file in the guide format."
TOO_BIG = (
    "`{name}` is larger than {limit} KB, the most a guide file can be, so I didn't read it. "
    "Split it into smaller guides and send them one at a time."
)
NOT_DOWNLOADED = (
    "I couldn't download `{name}` from Slack, so no guide was added. Please try again; "
    "if it keeps failing, ask an admin to check that the app has the `files:read` scope."
)


class DownloadError(Exception):
    """Slack did not hand over the file; the message names why, without the token."""


def received(shared: SharedFile, *, token: str | None) -> Command | Reply | None:
    """What a shared file asks for: the guide upload, a note for the person, or nothing."""
    if not is_markdown(shared.name):
        if MENTIONS_GUIDE.search(shared.text):
            return Reply(shared.where, NOT_MARKDOWN)
        return None
    if shared.size > MAX_GUIDE_BYTES:
        return too_big(shared)
    try:
        data = download(shared.url, token=token, limit=MAX_GUIDE_BYTES)
    except DownloadError as error:
        log.warning("could not download %s shared by %s: %s", shared.name, shared.user.id, error)
        return Reply(shared.where, NOT_DOWNLOADED.format(name=shared.name))
    if len(data) > MAX_GUIDE_BYTES:
        return too_big(shared)
    attachment = Attachment(shared.name, data, GUIDE_MIME)
    return Command(shared.user, shared.where, "guide", "upload", shared.event_id, attachment)


def too_big(shared: SharedFile) -> Reply:
    return Reply(shared.where, TOO_BIG.format(name=shared.name, limit=MAX_GUIDE_BYTES // 1024))


def download(url: str, *, token: str | None, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the file at ``url``, fetched with the bot token."""
    if urlsplit(url).scheme not in {"http", "https"}:
        raise DownloadError(f"not a web address: {url[:80]!r}")
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with _OPENER.open(request, timeout=DOWNLOAD_SECONDS) as response:
            if response.headers.get_content_type() == "text/html":
                raise DownloadError("Slack sent a web page instead (is files:read granted?)")
            data: bytes = response.read(limit + 1)
            return data
    except urllib.error.HTTPError as error:
        raise DownloadError(f"HTTP {error.code}") from error
    except (OSError, http.client.HTTPException) as error:
        raise DownloadError(type(error).__name__) from error


class _TokenStaysOnItsHost(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but never sends the token to another host."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None and urlsplit(newurl).hostname != urlsplit(req.full_url).hostname:
            redirected.remove_header("Authorization")
        return redirected


_OPENER = urllib.request.build_opener(_TokenStaysOnItsHost)
