"""Print HTML to PDF with headless Chromium, count a PDF's pages, preview a page as PNG.

Chromium comes from Debian (``./kit setup`` installs it); ``pdftoppm`` from poppler-utils
(``./kit materials`` installs it). Both are run as subprocesses with timeouts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


class PrintError(RuntimeError):
    """Printing failed; the message says what is missing or what Chromium said."""


def chromium() -> str:
    """Path of the Chromium executable (``$CHROMIUM``, ``chromium``, ``chromium-browser``, ``google-chrome``)."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    raise PrintError("Chromium is not installed: run ./kit setup (it installs Debian's chromium), "
                     "or set CHROMIUM=/path/to/chrome")


def html_to_pdf(html: Path, pdf: Path, *, timeout: float = 60) -> Path:
    """Print the HTML file ``html`` to ``pdf`` (page size and margins come from the page's ``@page`` CSS)."""
    html, pdf = Path(html).resolve(), Path(pdf).resolve()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sp-chromium-") as profile:
        cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--no-default-browser-check", "--disable-extensions",
               f"--user-data-dir={profile}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
               f"--print-to-pdf={pdf}", html.as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise PrintError(f"Chromium took more than {timeout:.0f} s to print {html.name}") from exc
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise PrintError(f"Chromium did not print {html.name}: {done.stderr.strip()[-500:]}")
    return pdf


def pdf_pages(pdf: Path) -> int:
    """The number of pages of ``pdf`` (read with pypdf when installed, else with poppler's ``pdfinfo``)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a test dependency
        if not shutil.which("pdfinfo"):
            raise PrintError("counting pages needs pypdf (pip) or pdfinfo (Debian poppler-utils)")
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=30).stdout
        return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))
    return len(PdfReader(str(pdf)).pages)


def preview_png(pdf: Path, png: Path, *, page: int = 1, dpi: int = 60, timeout: float = 60) -> Path | None:
    """Render one page of ``pdf`` to ``png`` with ``pdftoppm``; ``None`` when pdftoppm is not installed."""
    if not shutil.which("pdftoppm"):
        return None
    png = Path(png)
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True, timeout=timeout)
    return png
