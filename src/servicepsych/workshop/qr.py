"""QR codes of the join address: SVG for the projector page, text for the terminal (segno)."""

from __future__ import annotations

import io

__all__ = ["qr_svg", "qr_terminal"]


def qr_svg(url: str) -> str:
    """An inline SVG (no XML declaration) of the QR code of ``url``.

    Examples
    --------
    >>> qr_svg("http://192.168.1.20:8000/").startswith("<svg")
    True
    """
    import segno

    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=6, border=2, xmldecl=False, svgns=True, nl=False, omitsize=True,
                                    title="QR code to join")
    return buf.getvalue().decode("utf-8")


def qr_terminal(url: str) -> str:
    """The QR code of ``url`` drawn with block characters, for the trainer's terminal."""
    import segno

    buf = io.StringIO()
    segno.make(url, error="m").terminal(out=buf, compact=True, border=2)
    return buf.getvalue()
