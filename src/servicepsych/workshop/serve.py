"""``servicepsych workshop`` / ``./kit workshop``: start the live classroom experiments.

Prints the join address with a QR code, the trainer's page (with its token) and where
the answers are kept, then serves until Ctrl+C. Restarting with the same ``--db``
keeps every answer and the same trainer token.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sqlite3
import sys
from pathlib import Path

__all__ = ["add_parser", "lan_address", "run"]

DEFAULT_DB = "workshop.sqlite3"


def add_parser(subparsers) -> argparse.ArgumentParser:
    from .experiments import NAMES

    p = subparsers.add_parser(
        "workshop", help="start the live classroom experiments (participants join by phone)",
        description=("Start the workshop app: participants open the join address (or scan the QR code) on their "
                     "phones and take part in the module's classic experiment; the trainer's page shows the "
                     "class's result beside the published one."))
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 lets phones on "
                        "the same network join)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file for the answers (default ./{DEFAULT_DB})")
    p.add_argument("--module", nargs="+", action="extend", choices=NAMES, default=None, metavar="MODULE",
                   help=f"experiments to run, in order (default: all): {', '.join(NAMES)}")
    p.add_argument("--url", default=None, help="join address to print and encode in the QR code "
                                              "(default: derived from --host and --port)")
    p.add_argument("--new-token", action="store_true", help="replace the stored trainer token with a new one")
    return p


def lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent), or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            ip = s.getsockname()[0]
        return None if ipaddress.ip_address(ip).is_loopback else ip
    except OSError:
        return None


def _join_url(host: str, port: int) -> tuple[str, str | None]:
    warn = None
    shown = host
    if host in ("0.0.0.0", "::", ""):
        shown = lan_address() or "127.0.0.1"
        if shown == "127.0.0.1":
            warn = "no network address found: phones cannot reach this machine"
    elif ipaddress.ip_address(host).is_loopback if _is_ip(host) else host == "localhost":
        warn = ("listening on loopback only: phones cannot join. For a real room, run with --host 0.0.0.0 "
                "(phones on the same Wi-Fi) or put it behind your own HTTPS proxy and pass --url.")
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/", warn


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def run(args) -> int:
    import secrets

    import uvicorn

    from .app import create_app
    from .experiments import NAMES
    from .qr import qr_terminal
    from .store import Store

    modules = args.module or list(NAMES)
    db = Path(args.db).resolve()
    join_url, warn = _join_url(args.host, args.port)
    if args.url:
        join_url, warn = args.url, None
    modules = list(dict.fromkeys(modules))  # each experiment once, in the order given
    try:
        if args.new_token:
            token = secrets.token_urlsafe(18)
        else:
            store = Store(db)
            token = store.meta("trainer_token", lambda: secrets.token_urlsafe(18))
            store.close()
        app = create_app(db, modules=modules, trainer_token=token, join_url=join_url)
    except (OSError, sqlite3.Error) as e:
        print(f"cannot open the answers file {db}: {e}. Choose another place with --db PATH.", file=sys.stderr)
        return 2
    local = f"http://{'127.0.0.1' if args.host in ('0.0.0.0', '::', '') else args.host}:{args.port}"
    print(qr_terminal(join_url))
    print(f"Join (participants):  {join_url}")
    print(f"Trainer's page:       {local}/trainer?token={token}")
    print(f"Trainer token:        {token}")
    print(f"Experiments:          {', '.join(modules)}")
    print(f"Answers kept in:      {db}  ({app.state.store.count_answers()} so far; restart keeps them)")
    print(f"In a notebook:        servicepsych.workshop.load_results('{local}', token='{token}')")
    if warn:
        print(f"Note: {warn}", file=sys.stderr)
    print("Stop with Ctrl+C.", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False,
                limit_concurrency=1000, timeout_keep_alive=10)
    return 0
