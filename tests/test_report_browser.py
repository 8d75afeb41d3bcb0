"""The cohort report and a feedback page, opened in headless Chromium: plots and tables render."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

import grading_fixture as F

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium")]


@pytest.fixture
def course(tmp_path_factory, tmp_path) -> Path:
    return F.plain_course(tmp_path_factory, tmp_path / "course")


def run_verb(module, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    module.add_parser(parser.add_subparsers())
    return module.run(parser.parse_args(list(argv)))


def test_report_and_feedback_render_in_chromium(course):
    from playwright.sync_api import sync_playwright

    from servicepsych.grading import learner_feedback as feedback, report

    assert run_verb(report, "report", "--course", str(course)) == 0
    assert run_verb(feedback, "feedback", "02_framing", "--course", str(course), "--student", "chen") == 0
    page_path = course / "reports" / "cohort_all.html"
    feedback_path = course / "feedback" / "chen" / "02_framing" / "02_framing.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(page_path.as_uri())
            images = page.locator("figure img")
            assert images.count() == 3
            for i in range(3):
                # decoded and laid out: a real bitmap, drawn at a visible size
                size = images.nth(i).evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
                assert size[0] and size[1] > 200 and size[2] > 100, size
                assert images.nth(i).bounding_box()["width"] > 200
            review = page.locator("table.review tbody tr")
            assert review.count() >= 1
            assert "test_adjustment" in page.locator("table.review").inner_text()
            students = page.locator("table.students tbody tr")
            assert students.count() == len(F.STUDENTS)
            assert page.locator("#flagged + p.empty").inner_text() == "No submission was flagged."

            page.goto(feedback_path.as_uri())
            summary = page.locator("table.servicepsych-summary")
            assert summary.locator("tbody tr").count() == len(F.POINTS["02_framing"])
            text = summary.inner_text()
            assert "AssertionError: customers prefer the gain frame" in text
            assert "BEGIN HIDDEN TESTS" not in page.content()
        finally:
            browser.close()
