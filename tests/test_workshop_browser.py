"""A participant's phone and the trainer's projector, in real headless Chromium.

The workshop server is started by the command on loopback; a phone-sized browser
(390 x 844, touch) joins by the printed URL, types a nickname, answers the anchoring
experiment (after one refused nickname), and the trainer's page, open in a second
browser, shows the participant count and the plot change without a reload.
Screenshots go to ``$SERVICEPSYCH_SCREENSHOT_DIR`` (default: the test's tmp folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from test_workshop_server import Phone, start_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (./kit test installs it)"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


def test_phone_joins_answers_and_trainer_page_updates(tmp_path):
    from playwright.sync_api import expect, sync_playwright

    shots = Path(os.environ.get("SERVICEPSYCH_SCREENSHOT_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    with start_server(tmp_path / "w.sqlite3", modules=("anchoring", "loss_aversion")) as (base, token, printed, _):
        join_url = next(line.split()[-1] for line in printed.splitlines() if line.startswith("Join"))
        # a few colleagues answered already, so the plot has something to change
        for i, est in enumerate((15, 20, 60, 70)):
            p = Phone(base)
            p.post("/join", nickname=f"early {i}")
            p.get("/e/anchoring")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                trainer = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                trainer.goto(f"{base}/trainer?token={token}")
                assert trainer.url == f"{base}/trainer", "the token should leave the address bar"
                expect(trainer.locator(".qr svg")).to_be_visible()
                expect(trainer.locator("#count")).to_have_text("4")
                expect(trainer.locator("#panels")).to_be_hidden()  # results stay hidden until the reveal
                trainer.get_by_role("button", name="Show the class's result").click()
                expect(trainer.locator("#panels")).to_be_visible()
                panel = trainer.locator("#panel-anchoring")
                expect(panel.locator("[data-n]")).to_have_attribute("data-n", "0")
                plot_before = panel.locator("svg.plot").inner_html()
                assert panel.locator("rect.bar").count() == 0

                phone = browser.new_context(**PHONE).new_page()
                phone.goto(join_url)
                expect(phone.get_by_role("button", name="Join")).to_be_visible()
                phone.screenshot(path=str(shots / "workshop_phone_join.png"))
                phone.fill("input[name=nickname]", "<b>Sam</b>")
                phone.get_by_role("button", name="Join").click()
                expect(phone.locator(".error")).to_contain_text("cannot be used")
                assert phone.locator("b", has_text="Sam").count() == 0  # shown as text, never as markup
                phone.fill("input[name=nickname]", "Sam")
                phone.get_by_role("button", name="Join").click()
                phone.get_by_role("link", name="The first number").click()
                expect(phone.locator("legend").first).to_contain_text("more or less than")
                phone.screenshot(path=str(shots / "workshop_phone_question.png"), full_page=True)
                width = phone.evaluate("document.documentElement.scrollWidth")
                assert width <= 390, f"the page scrolls sideways on a phone ({width}px wide)"
                phone.locator("label.opt", has_text="More than").click()
                phone.fill("input[name=estimate]", "55")
                phone.get_by_role("button", name="Send my answer").click()
                expect(phone.locator(".ok")).to_contain_text("your answer is in")
                phone.screenshot(path=str(shots / "workshop_phone_done.png"))

                expect(trainer.locator("#count")).to_have_text("5", timeout=15_000)
                expect(panel.locator("[data-n]")).to_have_attribute("data-n", "1", timeout=15_000)
                expect(panel.locator("rect.bar")).to_have_count(1)
                assert panel.locator("svg.plot").inner_html() != plot_before
                for i, est in enumerate((15, 20, 60, 70)):  # four more colleagues answer
                    p = Phone(base)
                    p.post("/join", nickname=f"late {i}")
                    p.get("/e/anchoring")
                    p.post("/e/anchoring", comparison="less", estimate=str(est))
                expect(panel.locator("[data-n]")).to_have_attribute("data-n", "5", timeout=15_000)
                expect(panel.locator(".effect")).to_be_visible()
                trainer.screenshot(path=str(shots / "workshop_trainer.png"), full_page=True)
            finally:
                browser.close()
