"""A fake Slack Web API on a loopback port, a client that signs requests as Slack does,
and the app served over real HTTP. Shared by the Slack tests and the benchmark."""

from __future__ import annotations

import http.client
import itertools
import json
import re
import shutil
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import pytest
from slack_sdk.signature import SignatureVerifier

from adapters.platform import Clock, utc_now
from adapters.slack.app import BOT_SCOPES, build_app, oauth_settings
from adapters.slack.server import AcksFirst, AcksFirstExecutor, serve
from bot.db import SqlStore, upgrade
from bot.db import make_engine as database_engine
from bot.engine import Engine
from bot.questions import QuestionBank
from tests.conftest import make_engine

BOT_USER = "UBOT"
TEAM = "T1"
TIME_ZONE = "Europe/Berlin"
SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-123-secret"
CLIENT_ID = "111.222"
CLIENT_SECRET = "test-client-secret"
FORM = "application/x-www-form-urlencoded"
SHOWING = frozenset({"chat.postMessage", "chat.postEphemeral"})
POLL = 0.02  # seconds between the test servers' shutdown checks
Json = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """One request the app made: the Web API method (or ``respond/<name>``) and its body."""

    method: str
    body: Json
    answer: Json
    authorization: str = ""

    @property
    def text(self) -> str:
        """The message text as a person would read it: every section, joined."""
        blocks = self.body.get("blocks") or []
        sections = [block["text"]["text"] for block in blocks if block.get("type") == "section"]
        return "\n".join(sections) or str(self.body.get("text", ""))

    @property
    def shown(self) -> bool:
        """A message Slack accepted: posted, ephemeral, or sent to a response URL."""
        showing = self.method in SHOWING or self.method.startswith("respond/")
        return showing and self.answer.get("ok") is True

    @property
    def action_ids(self) -> list[str]:
        blocks = self.body.get("blocks") or []
        actions = [block for block in blocks if block.get("type") == "actions"]
        return [element["action_id"] for block in actions for element in block["elements"]]


@dataclass(frozen=True)
class Scripted:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the listen backlog: bursts of calls are not refused


class FakeSlackApi:
    """Answers like Slack, records every call; ``script`` queues special answers."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._scripts: dict[str, deque[Scripted]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._posted: dict[str, threading.Condition] = defaultdict(
            lambda: threading.Condition(self._lock)
        )
        self._by_channel: dict[str, list[Call]] = defaultdict(list)
        self._timestamps = (f"1764000000.{number:06d}" for number in itertools.count(1))
        self._files: dict[str, tuple[bytes, str]] = {}
        self._moved: dict[str, str] = {}
        self.server = FakeServer(("127.0.0.1", 0), _handler_for(self))
        threading.Thread(target=self.server.serve_forever, args=(POLL,), daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/api/"

    def response_url(self, name: str = "command") -> str:
        return f"http://127.0.0.1:{self.server.server_port}/respond/{name}"

    def host_file(self, name: str, data: bytes, content_type: str = "text/markdown") -> str:
        """Serve ``data`` as Slack serves a shared file; each download is recorded as a
        ``download`` call with the request's Authorization header. Returns its URL."""
        with self._lock:
            self._files[name] = (data, content_type)
        return f"http://127.0.0.1:{self.server.server_port}/files/{quote(name)}"

    def host_redirect(self, name: str, location: str) -> str:
        """A file URL that answers 302 to ``location``, as a file moved elsewhere."""
        with self._lock:
            self._moved[name] = location
        return f"http://127.0.0.1:{self.server.server_port}/files/{quote(name)}"

    def hosted(self, name: str) -> tuple[bytes, str] | str | None:
        """The file's bytes and content type, the place it moved to, or None."""
        with self._lock:
            return self._moved.get(name) or self._files.get(name)

    def script(self, method: str, *answers: Scripted) -> None:
        with self._lock:
            self._scripts[method].extend(answers)

    def called(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def messages(self) -> list[Call]:
        """Everything shown to people: messages, ephemeral notes, response-URL posts."""
        with self._lock:
            return [call for call in self.calls if call.shown]

    def record(self, method: str, body: Json, authorization: str) -> Scripted:
        with self._lock:
            scripts = self._scripts[method]
            answer = scripts.popleft() if scripts else Scripted(200, self._answer(method, body))
            call = Call(method, body, answer.body, authorization)
            self.calls.append(call)
            if call.shown and method == "chat.postMessage":
                channel = str(body.get("channel"))
                self._by_channel[channel].append(call)
                self._posted[channel].notify_all()
            return answer

    def wait_for_post(
        self, channel: str, needle: str, *, count: int = 1, timeout: float = 30
    ) -> bool:
        """Wait until ``count`` messages posted to ``channel`` contain ``needle``; False
        after ``timeout``. The benchmark's users wait so, through ``GET /_wait``."""

        def arrived() -> bool:
            posts = self._by_channel[channel]
            return sum(needle in call.text for call in posts) >= count

        with self._lock:
            return self._posted[channel].wait_for(arrived, timeout)

    def _answer(self, method: str, body: Json) -> Json:
        ts = next(self._timestamps)
        user = body.get("user", "U0")
        answers: dict[str, Json] = {
            "auth.test": {"user_id": BOT_USER, "bot_id": "BBOT", "team_id": TEAM, "team": "Test"},
            "users.info": {"user": {"id": user, "real_name": f"Person {user}", "tz": TIME_ZONE}},
            "chat.postMessage": {"channel": body.get("channel"), "ts": ts},
            "chat.postEphemeral": {"message_ts": ts},
            "conversations.open": {"channel": {"id": "D" + str(body.get("users", ""))}},
            "views.open": {"view": {"id": "V" + ts.replace(".", "")}},
            "views.publish": {"view": {"id": "VHOME"}},
            "usergroups.users.list": {"users": []},
            "files.getUploadURLExternal": {
                "upload_url": f"http://127.0.0.1:{self.server.server_port}/upload/F{ts[-6:]}",
                "file_id": f"F{ts[-6:]}",
            },
            "files.completeUploadExternal": {"files": [{"id": "F1", "title": body.get("files")}]},
        }
        return {"ok": True, **answers.get(method, {})}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler_for(api: FakeSlackApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path.startswith("/files/"):
                self._download(unquote(url.path.removeprefix("/files/")))
                return
            if url.path != "/_wait":
                self.do_POST()
                return
            query = dict(parse_qsl(url.query))
            count = int(query.get("count", 1))
            arrived = api.wait_for_post(query["channel"], query["needle"], count=count)
            self.send_response(200 if arrived else 504)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if url.path.startswith("/upload/"):
                api.record("upload", {"file": url.path.rsplit("/", 1)[-1], "data": raw}, "")
                self._reply(200, b"OK")
                return
            body = {**dict(parse_qsl(url.query)), **_parse(raw, self.headers)}
            method = url.path.removeprefix("/api/").strip("/")
            answer = api.record(method, body, self.headers.get("Authorization", ""))
            payload = json.dumps(answer.body).encode()
            self.send_response(answer.status)
            for name, value in {"Content-Type": "application/json", **answer.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _download(self, name: str) -> None:
            authorization = self.headers.get("Authorization", "")
            api.record("download", {"file": name}, authorization)
            hosted = api.hosted(name)
            if hosted is None:
                self._reply(404, b"not found")
            elif isinstance(hosted, str):
                self.send_response(302)
                self.send_header("Location", hosted)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._reply(200, *hosted)

        def _reply(self, status: int, payload: bytes, content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def _parse(raw: bytes, headers: Any) -> Json:
    if not raw:
        return {}
    if "json" in headers.get("Content-Type", ""):
        parsed: Json = json.loads(raw)
        return parsed
    form: Json = dict(parse_qsl(raw.decode()))
    for key in ("blocks", "view"):
        if isinstance(form.get(key), str):
            form[key] = json.loads(form[key])
    return form


@dataclass(frozen=True)
class Response:
    status: int
    body: str
    seconds: float


@dataclass(frozen=True)
class Signed:
    """A request as Slack sends it: the body and the signed headers."""

    body: str
    headers: dict[str, str]


class SlackRequests:
    """Builds Slack's requests to the app, signed with the signing secret as Slack does."""

    def __init__(self, *, response_url: str, secret: str = SIGNING_SECRET) -> None:
        self.response_url = response_url
        self.verifier = SignatureVerifier(secret)

    def signed(self, body: str, content_type: str, **options: Any) -> Signed:
        timestamp = str(options.pop("timestamp", int(time.time())))
        signature = self.verifier.generate_signature(timestamp=timestamp, body=body)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": options.pop("signature", signature),
            **options.pop("headers", {}),
        }
        return Signed(body, headers)

    def command(
        self, text: str, *, user: str = "U1", channel: str = "D1", **options: Any
    ) -> Signed:
        fields = {
            "command": "/mockinterview",
            "text": text,
            "user_id": user,
            "user_name": user.lower(),
            "channel_id": channel,
            "team_id": options.pop("team", TEAM),
            "trigger_id": "trigger-command",
            "response_url": self.response_url,
        }
        return self.signed(urlencode(fields), FORM, **options)

    def event(self, event: Json, *, event_id: str, **options: Any) -> Signed:
        team = options.pop("team", TEAM)
        body = {"type": "event_callback", "team_id": team, "event_id": event_id, "event": event}
        return self.signed(json.dumps(body), "application/json", **options)

    def dm(self, text: str, *, user: str = "U1", event_id: str, **options: Any) -> Signed:
        channel = options.pop("channel", "D1")
        return self.event(dm_event(text, user=user, channel=channel), event_id=event_id, **options)

    def interaction(self, payload: Json, **options: Any) -> Signed:
        return self.signed(urlencode({"payload": json.dumps(payload)}), FORM, **options)


class SignedClient:
    """Sends Slack's signed requests to the app's /slack/events and times the answers."""

    def __init__(self, port: int, *, response_url: str, timeout: float = 30) -> None:
        self.port = port
        self.requests = SlackRequests(response_url=response_url)
        self.timeout = timeout

    def command(self, text: str, **options: Any) -> Response:
        return self.send(self.requests.command(text, **options))

    def event(self, event: Json, **options: Any) -> Response:
        return self.send(self.requests.event(event, **options))

    def dm(self, text: str, **options: Any) -> Response:
        return self.send(self.requests.dm(text, **options))

    def interaction(self, payload: Json, **options: Any) -> Response:
        return self.send(self.requests.interaction(payload, **options))

    def send(self, signed: Signed) -> Response:
        return self.request("POST", "/slack/events", signed.body, signed.headers)

    def request(self, method: str, path: str, body: str = "", headers: Any = None) -> Response:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body.encode(), headers=headers or {})
            answer = connection.getresponse()
            text = answer.read().decode()
            return Response(answer.status, text, time.perf_counter() - started)
        finally:
            connection.close()


def dm_event(text: str, *, user: str = "U1", channel: str = "D1") -> Json:
    """A ``message`` event as Slack sends it for a DM to the app (text already escaped)."""
    return {
        "type": "message",
        "channel_type": "im",
        "channel": channel,
        "user": user,
        "text": text.replace("&", "&amp;"),
        "ts": f"{time.time():.6f}",
    }


def file_share_event(
    name: str, url: str, *, size: int, user: str = "U1", text: str = "", channel: str = "D1"
) -> Json:
    """A ``file_share`` message, as Slack sends it when someone shares a file in a DM."""
    file = {
        "id": "F" + name.upper().replace(".", "")[:8],
        "name": name,
        "title": name,
        "size": size,
        "mimetype": "text/markdown" if name.lower().endswith(".md") else "application/pdf",
        "url_private": url,
        "url_private_download": url,
    }
    return {
        **dm_event(text, user=user, channel=channel),
        "subtype": "file_share",
        "files": [file],
    }


def thread_reply(text: str, *, thread: str, parent: str = BOT_USER, user: str = "U1") -> Json:
    """A reply in a channel thread; ``parent`` is who posted the thread's first message."""
    event = {"type": "message", "channel_type": "channel", "channel": "C1", "user": user}
    return {
        **event,
        "text": text,
        "ts": f"{time.time():.6f}",
        "thread_ts": thread,
        "parent_user_id": parent,
    }


def button_payload(action_id: str, message: Call, *, user: str = "U1", clicked: str = "1") -> Json:
    """A block_actions payload for a button on a message the app posted."""
    channel = message.body["channel"]
    ts = message.answer["ts"]
    blocks = message.body.get("blocks") or []
    elements = [e for block in blocks if block.get("type") == "actions" for e in block["elements"]]
    value = next((e.get("value", "") for e in elements if e["action_id"] == action_id), "")
    thread = {"thread_ts": message.body["thread_ts"]} if "thread_ts" in message.body else {}
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "team": {"id": TEAM},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "message_ts": ts, **thread},
        "message": {"ts": ts, "blocks": message.body.get("blocks", []), **thread},
        "trigger_id": f"trigger-{clicked}",
        "response_url": "",
        "actions": [{"action_id": action_id, "value": value, "action_ts": f"1764000100.{clicked}"}],
    }


def submission_payload(view: Json, text: str, *, user: str = "U1", view_id: str = "V1") -> Json:
    """A view_submission payload for the answer modal the app opened."""
    state = {"answer": {"answer_text": {"type": "plain_text_input", "value": text}}}
    submitted = {
        "type": "modal",
        "id": view_id,
        "callback_id": view["callback_id"],
        "private_metadata": view["private_metadata"],
        "state": {"values": state},
    }
    return {
        "type": "view_submission",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "team": {"id": TEAM},
        "view": submitted,
    }


def wait_for(predicate: Callable[[], T], *, timeout: float = 5.0) -> T:
    """Poll until ``predicate`` returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        time.sleep(0.02)


@dataclass
class RunningApp:
    api: FakeSlackApi
    slack: SignedClient
    engine: Engine
    executor: ThreadPoolExecutor

    def drain(self) -> None:
        """Wait for every piece of work after the acks to finish (the app takes no more)."""
        self.executor.shutdown(wait=True)


@contextmanager
def running_app(
    engine: Engine,
    *,
    workers: int = 4,
    oauth_database: str | None = None,
    admin_group: str | None = None,
    clock: Clock = utc_now,
) -> Iterator[RunningApp]:
    """The real bolt App over HTTP on a free loopback port, its Web API the fake one.

    One workspace with a bot token, or with ``oauth_database`` the OAuth install flow.
    """
    api = FakeSlackApi()
    acks = AcksFirst()
    executor = AcksFirstExecutor(workers, acks)
    app = build_app(
        engine=engine,
        signing_secret=SIGNING_SECRET,
        api_url=api.url,
        executor=executor,
        clock=clock,
        admin_group=admin_group,
        **_credentials(api, oauth_database),
    )
    server = serve(app, acks=acks, host="127.0.0.1", port=0)
    threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True).start()
    try:
        slack = SignedClient(server.server_port, response_url=api.response_url())
        yield RunningApp(api, slack, engine, executor)
    finally:
        server.shutdown()
        server.server_close()
        executor.shutdown(wait=True)
        api.close()


SECOND_TEAM = "T2"
SECOND_TEAM_TOKEN = "xoxb-team-two"
OAUTH_ACCESS = {
    "ok": True,
    "app_id": "A1",
    "authed_user": {"id": "U7"},
    "scope": ",".join(BOT_SCOPES),
    "token_type": "bot",
    "access_token": SECOND_TEAM_TOKEN,
    "bot_user_id": "UBOT2",
    "team": {"id": SECOND_TEAM, "name": "Team Two"},
    "enterprise": None,
    "is_enterprise_install": False,
}


def install_through_oauth(running: RunningApp) -> None:
    """Install the app in workspace T2 as a person would: /slack/install, Slack's consent
    page (skipped), then the redirect with a code that ``oauth.v2.access`` exchanges."""
    install = running.slack.request("GET", "/slack/install")
    assert install.status == 200
    assert f"client_id={CLIENT_ID}" in install.body
    state = re.search(r"state=([\w-]+)", install.body)
    assert state is not None
    running.api.script("oauth.v2.access", Scripted(200, OAUTH_ACCESS))
    redirect = f"/slack/oauth_redirect?code=the-code&state={state[1]}"
    cookie = {"Cookie": f"slack-app-oauth-state={state[1]}"}
    assert running.slack.request("GET", redirect, headers=cookie).status == 200


def _credentials(api: FakeSlackApi, oauth_database: str | None) -> Json:
    if oauth_database is None:
        return {"bot_token": BOT_TOKEN}
    settings = oauth_settings(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        database=database_engine(oauth_database),
        api_url=api.url,
    )
    return {"oauth_settings": settings}


@pytest.fixture(scope="session", name="slack_template")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database file per run; each test gets a copy (migrating takes a while)."""
    path = tmp_path_factory.mktemp("slack") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(name="slack_store")
def fresh_slack_store(slack_template: Path, tmp_path: Path) -> SqlStore:
    copy = tmp_path / "slack.db"
    shutil.copyfile(slack_template, copy)
    return SqlStore(database_engine(f"sqlite:///{copy}"))


@pytest.fixture(name="slack")
def running_slack(bank: QuestionBank, slack_store: SqlStore) -> Iterator[RunningApp]:
    """The app on the real store, as every HTTP test uses it."""
    with running_app(make_engine(bank, slack_store)) as running:
        yield running
