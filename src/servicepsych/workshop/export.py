"""The class's answers as CSV (trainer export) and as a pandas DataFrame in a notebook.

One row per answer: ``participant`` (``P001`` ..., a pseudonym local to the session;
``anon-...`` for anonymous experiments), ``nickname`` (empty for anonymous
experiments), ``experiment``, ``condition``, ``submitted`` (UTC, ISO 8601; empty for
anonymous experiments), then the answer's fields (the union of every
experiment's ``FIELDS``; a field that does not belong to the row's experiment is empty).

Examples
--------
>>> import io
>>> from servicepsych.workshop import experiments
>>> rows = [{"pid": 1, "nickname": "Ana", "experiment": "framing", "condition": "gain",
...          "submitted": 0.0, "frame": "gain", "choice": "sure"}]
>>> text = to_csv(rows, [experiments.get("framing")])
>>> text.splitlines()[0]
'participant,nickname,experiment,condition,submitted,frame,choice'
>>> df = load_results(io.StringIO(text))
>>> df.loc[0, "choice"], str(df["submitted"].dt.tz)
('sure', 'UTC')
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
import secrets
from datetime import datetime, timezone

__all__ = ["BASE_COLUMNS", "class_result", "load_results", "to_csv"]

BASE_COLUMNS = ("participant", "nickname", "experiment", "condition", "submitted")


def _columns(mods) -> list[str]:
    cols = list(BASE_COLUMNS)
    for m in mods:
        cols += [f for f in m.FIELDS if f not in cols]
    return cols


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def to_csv(rows, mods, secret: str | None = None) -> str:
    """CSV text of the answers ``rows`` (as :meth:`Store.answers` gives them) for experiments ``mods``.

    Rows of an anonymous experiment (``ANONYMOUS = True``, e.g. emotional labor) carry no
    nickname, no time and, instead of the participant's number, a code derived from it
    with the session's ``secret`` (HMAC-SHA-256), listed after the other rows in code
    order: the export cannot link them to the same person's other answers.
    """
    cols = _columns(mods)
    anonymous = {m.NAME for m in mods if getattr(m, "ANONYMOUS", False)}
    key = (secret or secrets.token_hex(16)).encode()
    named, anon = [], []
    for r in rows:
        out = dict(r)
        if r["experiment"] in anonymous:
            code = hmac.new(key, f"{r['pid']}|{r['experiment']}".encode(), hashlib.sha256).hexdigest()[:10]
            out.update(participant=f"anon-{code}", nickname="", submitted=None)
            anon.append(out)
        else:
            out["participant"] = f"P{int(r['pid']):03d}"
            out["nickname"] = r.get("nickname", "")
            out["submitted"] = datetime.fromtimestamp(float(r["submitted"]), tz=timezone.utc).isoformat(
                timespec="seconds")
            named.append(out)
    anon.sort(key=lambda o: (o["experiment"], o["participant"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for out in named + anon:
        w.writerow([_cell(out.get(c)) for c in cols])
    return buf.getvalue()


def load_results(source, experiment: str | None = None, *, token: str | None = None, timeout: float = 10.0):
    """The workshop's answers as a pandas DataFrame (one row per answer).

    Parameters
    ----------
    source : str, path or file-like
        The exported CSV file, or the running server's address (``http://HOST:PORT``):
        then the export is fetched with the trainer ``token`` (or ``$SERVICEPSYCH_WORKSHOP_TOKEN``).
    experiment : str, optional
        Keep only this experiment's rows and the columns it uses.
    token : str, optional
        The trainer token (needed for a server address only).
    timeout : float
        Seconds to wait for the server.

    Returns
    -------
    pandas.DataFrame
        ``submitted`` is a timezone-aware datetime; True/False answers are booleans.
    """
    import pandas as pd

    if isinstance(source, str) and source.startswith(("http://", "https://")):
        import urllib.error
        import urllib.request

        token = token or os.environ.get("SERVICEPSYCH_WORKSHOP_TOKEN")
        if not token:
            raise ValueError("loading from a running workshop needs the trainer token: "
                             "load_results(url, token='...') or set SERVICEPSYCH_WORKSHOP_TOKEN")
        url = source.rstrip("/") + "/trainer/export.csv"
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                source = io.StringIO(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            if e.code == 403:
                raise PermissionError(f"{url}: the trainer token was not accepted") from None
            raise
    df = pd.read_csv(source, dtype={"participant": str, "nickname": str}, keep_default_na=True)
    df["nickname"] = df["nickname"].fillna("")
    df["submitted"] = pd.to_datetime(df["submitted"], utc=True)
    if experiment is not None:
        from . import experiments

        mod = experiments.get(experiment)
        df = df[df["experiment"] == experiment].reset_index(drop=True)
        df = df[[c for c in df.columns if c in BASE_COLUMNS or c in mod.FIELDS]]
    return df


def class_result(source, experiment: str, **kwargs):
    """The class's result for one experiment, as the trainer's page shows it.

    Parameters
    ----------
    source : pandas.DataFrame, or anything :func:`load_results` accepts
        The class's answers (e.g. a DataFrame a lesson has filtered).
    experiment : str
        ``anchoring``, ``framing``, ``loss_aversion``, ``peak_end`` or ``emotional_labor``.

    Returns
    -------
    Summary
        ``n``, ``headline``, ``estimate``, ``low``, ``high`` (the 95% interval), ``method``,
        ``published`` (the figures from :mod:`servicepsych.findings`), ``lines``, ``bars``.

    Examples
    --------
    >>> import io
    >>> csv_text = ("participant,nickname,experiment,condition,submitted,order,repeat\\n"
    ...             "P001,,peak_end,short_first,2026-01-01T09:00:00+00:00,short_first,long\\n"
    ...             "P002,,peak_end,long_first,2026-01-01T09:00:05+00:00,long_first,short\\n")
    >>> r = class_result(io.StringIO(csv_text), "peak_end")
    >>> r.n, r.estimate, r.headline
    (2, 0.5, 'share choosing the longer wait with the gentler end')
    """
    import math

    import pandas as pd

    from . import experiments

    mod = experiments.get(experiment)
    df = source if isinstance(source, pd.DataFrame) else load_results(source, experiment, **kwargs)
    df = df[df["experiment"] == experiment]
    rows = []
    for rec in df.to_dict("records"):
        clean = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rec.items()}
        rows.append(clean)
    return mod.summarise(rows)
