"""The workshop web app (ASGI, Starlette): participant pages, the trainer's page, the export.

Routes
------
``GET  /``                    join page (or the participant's list of experiments)
``POST /join``                nickname (optional) -> participant cookie
``GET  /e/{name}``            the experiment's question page (condition assigned on first view)
``POST /e/{name}``            the answer: stored once; a repeat is accepted and changes nothing
``GET  /trainer?token=...``   the trainer's projector page (the token becomes an HttpOnly cookie)
``GET  /trainer/state``       JSON for the live page (count, panels)        [trainer]
``GET  /trainer/export.csv``  every answer, one row each                    [trainer]
``GET  /healthz``             "ok"

Participants reach nothing else: no notebook, no kernel, no other participant's
answers. The trainer's routes accept the token as the ``sp_trainer`` cookie, an
``Authorization: Bearer`` header or a ``token`` query parameter.
"""

from __future__ import annotations

import hmac
import html
import re
import secrets
import time
import unicodedata
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..strings import get_language
from . import experiments, pages
from .export import to_csv
from .store import Store
from .texts import t

__all__ = ["MAX_BODY", "RateLimiter", "clean_nickname", "create_app"]

#: Largest request body accepted (bytes); the longest real answer is about 1 kB.
MAX_BODY = 16 * 1024
PARTICIPANT_COOKIE = "sp_p"
TRAINER_COOKIE = "sp_trainer"
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_NICK_RE = re.compile(r"^(?![-'.])[\w .'\-]{0,24}$")


def clean_nickname(raw: str) -> str | None:
    """The nickname to store (NFC, spaces collapsed), or None when it is not allowed.

    Allowed: letters and digits of any script, spaces, ``. - _ '``, at most 24 characters.
    Anything else (``<``, ``>``, ``&``, quotes, control characters ...) is refused, never
    stored or shown back.

    Examples
    --------
    >>> clean_nickname("  Ana  María "), clean_nickname("<script>alert(1)</script>")
    ('Ana María', None)
    """
    if not isinstance(raw, str) or len(raw) > 100:
        return None
    nick = " ".join(unicodedata.normalize("NFC", raw).split())
    if not _NICK_RE.fullmatch(nick) or any(unicodedata.category(c).startswith("C") for c in nick):
        return None
    return nick


class RateLimiter:
    """Token buckets per key: ``burst`` requests at once, refilled at ``rate`` per second."""

    def __init__(self, rate: float, burst: int, max_keys: int = 50_000):
        self.rate, self.burst, self.max_keys = rate, burst, max_keys
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if len(self._buckets) >= self.max_keys and key not in self._buckets:
            # forget full buckets (idle keys) to bound memory
            self._buckets = {k: v for k, v in self._buckets.items() if v[0] < self.burst}
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            return False
        self._buckets[key] = (tokens - 1, now)
        return True


class _BadForm(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


async def _read_form(request: Request) -> dict[str, list[str]]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise _BadForm(415, t("bad_type"))
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        raise _BadForm(413, t("too_big"))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise _BadForm(413, t("too_big"))
    try:
        text = body.decode("utf-8")
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, max_num_fields=100)
    except (UnicodeDecodeError, ValueError):
        raise _BadForm(400, t("bad_type")) from None


def _headers(nonce: str = "") -> dict[str, str]:
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    return {
        "Content-Security-Policy": (f"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                                    f"script-src {script}; connect-src 'self'; form-action 'self'; "
                                    f"frame-ancestors 'none'; base-uri 'none'"),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def _html(body: str, status: int = 200, nonce: str = "") -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=_headers(nonce))


def create_app(db_path, *, modules=experiments.NAMES, trainer_token: str | None = None, join_url: str = "",
               rate: float = 2.0, burst: int = 20, join_rate: float = 100.0, join_burst: int = 1000,
               poll_ms: int = 2000) -> Starlette:
    """The workshop app over the SQLite file ``db_path``.

    Parameters
    ----------
    modules : sequence of str
        The experiments participants take, in order (names from :data:`experiments.NAMES`).
    trainer_token : str, optional
        The trainer's secret; by default the one stored in the database (created on first start),
        so a restarted server keeps the same token.
    join_url : str
        The address participants use (shown on the trainer's page and in its QR code).
    rate, burst : float, int
        Per-participant rate limit: ``burst`` requests at once, refilled ``rate`` per second.
    join_rate, join_burst : float, int
        Limit on creating participants, per client address (a whole room may share one address).
    """
    mods = [experiments.get(name) for name in modules]
    by_name = {m.NAME: m for m in mods}
    store = Store(db_path)
    token = trainer_token or store.meta("trainer_token", lambda: secrets.token_urlsafe(18))
    if trainer_token:
        store.set_meta("trainer_token", trainer_token)
    limiter = RateLimiter(rate, burst)
    join_limiter = RateLimiter(join_rate, join_burst)
    cache: dict = {"version": None, "panels": ""}

    def participant(request: Request):
        if "who" not in request.scope:  # looked up once per request
            raw = request.cookies.get(PARTICIPANT_COOKIE, "")
            request.scope["who"] = store.participant(raw) if _TOKEN_RE.fullmatch(raw or "") else None
        return request.scope["who"]

    forms: dict = {}

    def form_of(mod, condition: str) -> str:
        """The question form of ``mod`` in ``condition`` (the same for everyone: built once per language)."""
        key = (mod.NAME, condition, get_language())
        if key not in forms:
            forms[key] = mod.form_html(condition)
        return forms[key]

    def limited(request: Request) -> bool:
        # Per participant (cookie); visitors without one share their address's generous join budget,
        # since a whole room may come through one Wi-Fi router.
        # A made-up cookie counts as none, so inventing cookies does not buy a fresh budget.
        if participant(request) is not None:
            return not limiter.allow(request.cookies[PARTICIPANT_COOKIE])
        return not join_limiter.allow("ip:" + (request.client.host if request.client else "?"))

    def slow_down() -> HTMLResponse:
        r = _html(pages.message_page(t("app"), t("slow_down"), kind="error"), 429)
        r.headers["Retry-After"] = "5"
        return r

    def is_trainer(request: Request) -> bool:
        given = (request.cookies.get(TRAINER_COOKIE) or request.query_params.get("token") or "")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return bool(given) and hmac.compare_digest(given.encode(), token.encode())

    def items_for(pid: int):
        return [(m.NAME, m.t("title"), store.answer(pid, m.NAME) is not None) for m in mods]

    def next_open(pid: int):
        for m in mods:
            if store.answer(pid, m.NAME) is None:
                return m
        return None

    async def home(request: Request):
        if limited(request):
            return slow_down()
        who = participant(request)
        if who is None:
            return _html(pages.join_page())
        if len(mods) == 1:
            return RedirectResponse(f"/e/{mods[0].NAME}", status_code=303)
        return _html(pages.list_page(items_for(who[0]), who[1]))

    async def join(request: Request):
        if limited(request):
            return slow_down()
        try:
            form = await _read_form(request)
        except _BadForm as e:
            return _html(pages.join_page(e.message), e.status)
        nxt = (form.get("next") or [""])[0]
        nxt = nxt if nxt in {f"/e/{m.NAME}" for m in mods} else ""
        nick = clean_nickname((form.get("nickname") or [""])[0])
        if nick is None:
            return _html(pages.join_page(t("bad_nickname"), nxt), 400)
        who = participant(request)
        if who is not None:  # joining twice keeps the first identity
            return RedirectResponse(nxt or "/", status_code=303)
        _pid, cookie = store.add_participant(nick)
        first = nxt or (f"/e/{mods[0].NAME}" if len(mods) == 1 else "/")
        response = RedirectResponse(first, status_code=303)
        response.set_cookie(PARTICIPANT_COOKIE, cookie, max_age=12 * 3600, httponly=True, samesite="lax", path="/")
        return response

    def _done_page(mod, pid: int, message: str, status: int = 200):
        nxt = next_open(pid)
        links = [(f"/e/{nxt.NAME}", t("next"))] if nxt else []
        if len(mods) > 1:
            links.append(("/", t("back")))
        msg = message + " " + t("wait_trainer")
        return _html(pages.message_page(mod.t("title"), msg, links=links), status)

    async def experiment(request: Request):
        if limited(request):
            return slow_down()
        mod = by_name.get(request.path_params["name"])
        if mod is None:
            return _html(pages.message_page(t("app"), t("not_here"), kind="error", links=[("/", t("back"))]), 404)
        who = participant(request)
        if who is None:
            if request.method == "POST":
                return _html(pages.join_page(t("need_join"), f"/e/{mod.NAME}"), 401)
            return _html(pages.join_page(None, f"/e/{mod.NAME}"))
        pid = who[0]
        condition = store.assign(pid, mod.NAME, mod.CONDITIONS)
        if request.method == "GET":
            if store.answer(pid, mod.NAME) is not None:
                return _done_page(mod, pid, t("already"))
            return _html(pages.experiment_page(mod.NAME, mod.t("title"), form_of(mod, condition)))
        try:
            form = await _read_form(request)
        except _BadForm as e:
            return _html(pages.experiment_page(mod.NAME, mod.t("title"), form_of(mod, condition), e.message),
                         e.status)
        if store.answer(pid, mod.NAME) is not None:
            return _done_page(mod, pid, t("already"))
        try:
            data = mod.parse(form, condition)
        except experiments._base.InputError as e:
            body = experiments._base.refill(form_of(mod, condition), form)
            return _html(pages.experiment_page(mod.NAME, mod.t("title"), body, str(e)), 400)
        stored = store.save_answer(pid, mod.NAME, condition, data)
        return _done_page(mod, pid, t("thanks") if stored else t("already"))

    def panels() -> tuple[str, str]:
        version = f"{store.version}"
        if cache["version"] != version:
            parts = []
            for m in mods:
                parts.append(pages.summary_html(m.NAME, m.t("title"), m.summarise(store.answers(m.NAME))))
            cache.update(version=version, panels="".join(parts))
        return cache["version"], cache["panels"]

    def forbidden():
        return _html(pages.message_page(t("trainer_title"), t("need_token"), kind="error"), 403)

    async def trainer(request: Request):
        if not is_trainer(request):
            return forbidden()
        if "token" in request.query_params:  # keep the token out of the projected address bar
            response = RedirectResponse("/trainer", status_code=303)
            response.set_cookie(TRAINER_COOKIE, token, max_age=24 * 3600, httponly=True, samesite="strict", path="/")
            return response
        from .qr import qr_svg

        version, body = panels()
        nonce = secrets.token_urlsafe(12)
        url = join_url or str(request.base_url)
        doc = pages.trainer_page(join_url=url, qr_svg=qr_svg(url), participants=store.count_participants(),
                                 panels=body, version=version, nonce=nonce, poll_ms=poll_ms)
        return _html(doc, nonce=nonce)

    async def state(request: Request):
        if not is_trainer(request):
            return JSONResponse({"error": t("need_token")}, status_code=403, headers=_headers())
        version, body = panels()
        state = {"participants": store.count_participants(), "answers": store.version, "version": version}
        if request.query_params.get("v") != version:  # the page already has these panels otherwise
            state["panels"] = body
        return JSONResponse(state, headers=_headers())

    async def export(request: Request):
        if not is_trainer(request):
            return PlainTextResponse(t("need_token"), status_code=403, headers=_headers())
        csv_text = to_csv(store.answers(), mods, secret=store.seed)
        headers = _headers() | {"Content-Disposition": 'attachment; filename="workshop_answers.csv"'}
        return Response(csv_text, media_type="text/csv; charset=utf-8", headers=headers)

    async def healthz(request: Request):
        return PlainTextResponse("ok")

    async def not_found(request: Request, exc):
        status = getattr(exc, "status_code", 404)
        return _html(pages.message_page(t("app"), t("not_here") if status in (404, 405) else html.escape(str(status)),
                                        kind="error", links=[("/", t("back"))]), status)

    app = Starlette(routes=[
        Route("/", home, methods=["GET"]),
        Route("/join", join, methods=["POST"]),
        Route("/e/{name}", experiment, methods=["GET", "POST"]),
        Route("/trainer", trainer, methods=["GET"]),
        Route("/trainer/state", state, methods=["GET"]),
        Route("/trainer/export.csv", export, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ], exception_handlers={404: not_found, 405: not_found})
    app.state.store = store
    app.state.trainer_token = token
    app.state.modules = [m.NAME for m in mods]
    return app
