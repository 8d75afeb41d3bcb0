"""The trainer's workshop app: statistics, assignment, the experiments' scoring, and the web app.

The web app is exercised in-process with Starlette's test client (no socket); the real
server (uvicorn on loopback, started by the command) and a phone browser are in
``test_workshop_server.py`` and ``test_workshop_browser.py``.
"""

from __future__ import annotations

import io
import math
import statistics
import warnings

import pytest

from servicepsych.workshop import experiments, stats
from servicepsych.workshop.app import MAX_BODY, RateLimiter, clean_nickname, create_app
from servicepsych.workshop.export import load_results
from servicepsych.workshop.store import Store, block_condition

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TOKEN = "trainer-token-for-tests-0123"


# ---------------------------------------------------------------- statistics by hand
def test_wilson_matches_hand_computation():
    # k = 7, n = 10, z = 1.96: centre (0.7 + 1.96^2/20) / (1 + 1.96^2/10), half-width by the formula
    z = 1.959963984540054
    p, n = 0.7, 10
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    lo, hi = stats.wilson(7, 10)
    assert lo == pytest.approx(centre - half) and hi == pytest.approx(centre + half)
    assert (round(lo, 4), round(hi, 4)) == (0.3968, 0.8922)  # published tables give 0.397, 0.892
    assert stats.wilson(0, 5)[0] == 0 and stats.wilson(5, 5)[1] == 1
    assert all(math.isnan(x) for x in stats.wilson(0, 0))


def test_t_quantiles_match_tables():
    for df, q in ((1, 12.7062), (2, 4.3027), (5, 2.5706), (10, 2.2281), (30, 2.0423), (1000, 1.9623)):
        assert stats.t_quantile(0.975, df) == pytest.approx(q, abs=1e-4)


def test_welch_interval_by_hand():
    xs, ys = [20, 25, 30, 35], [40, 50, 60, 70, 80]
    d, lo, hi = stats.welch_diff(xs, ys)
    vx, vy = statistics.variance(xs), statistics.variance(ys)
    a, b = vx / 4, vy / 5
    df = (a + b) ** 2 / (a * a / 3 + b * b / 4)
    half = stats.t_quantile(0.975, df) * math.sqrt(a + b)
    assert d == 60 - 27.5
    assert (lo, hi) == pytest.approx((d - half, d + half))
    assert df == pytest.approx(3650.17 / 661.17, abs=0.01)  # (a + b)^2 / (a^2/3 + b^2/4), a = 125/12, b = 50


def test_median_interval_order_statistics():
    # n = 10: P(B <= 1) = 11/1024 <= 0.025 < P(B <= 2) = 56/1024, so k = 2: x_(2) .. x_(9)
    xs = [5, 1, 9, 3, 7, 2, 8, 4, 10, 6]
    assert stats.median_ci(xs) == (5.5, 2.0, 9.0)
    # n = 5 is too few for 95% with order statistics
    m, lo, hi = stats.median_ci([1, 2, 3, 4, 5])
    assert m == 3 and math.isnan(lo) and math.isnan(hi)
    # n = 6: P(B <= 0) = 1/64 <= 0.025: the interval is the range
    assert stats.median_ci([1, 2, 3, 4, 5, 6])[1:] == (1.0, 6.0)


def test_newcombe_and_fisher_by_hand():
    d, lo, hi = stats.newcombe_diff(8, 10, 2, 10)
    l1, u1 = stats.wilson(8, 10)
    l2, u2 = stats.wilson(2, 10)
    assert lo == pytest.approx(0.6 - math.sqrt((0.8 - l1) ** 2 + (u2 - 0.2) ** 2))
    assert hi == pytest.approx(0.6 + math.sqrt((u1 - 0.8) ** 2 + (0.2 - l2) ** 2))
    rlo, rhi = stats.fisher_r_ci(0.5, 28)
    z = math.atanh(0.5)
    assert (rlo, rhi) == pytest.approx((math.tanh(z - 1.959964 / 5), math.tanh(z + 1.959964 / 5)), abs=1e-6)
    assert stats.pearson_r([1, 2, 3, 4], [2, 4, 6, 8]) == pytest.approx(1.0)


# ---------------------------------------------------------------- assignment
def test_assignment_is_balanced_in_every_prefix_and_random_across_sessions():
    conds = ("low", "high")
    for seed in ("a", "b", "c", "d"):
        seq = [block_condition(seed, "anchoring", i, conds) for i in range(400)]
        assert seq.count("low") == seq.count("high") == 200
        diffs = [abs(seq[:i].count("low") - seq[:i].count("high")) for i in range(1, 401)]
        assert max(diffs) <= 2
    orders = {tuple(block_condition(s, "anchoring", i, conds) for i in range(12)) for s in map(str, range(20))}
    assert len(orders) > 5, "different sessions should get different random orders"


def test_store_keeps_assignment_and_balances(tmp_path):
    store = Store(tmp_path / "w.sqlite3")
    pids = [store.add_participant("")[0] for _ in range(40)]
    got = [store.assign(p, "framing", ("gain", "loss")) for p in pids]
    assert got.count("gain") == got.count("loss") == 20
    assert [store.assign(p, "framing", ("gain", "loss")) for p in pids] == got  # fixed once drawn


# ---------------------------------------------------------------- experiments' scoring
def test_lambda_estimate_from_switch_point():
    la = experiments.get("loss_aversion")
    assert la.LOSSES == (20, 30, 40, 50, 60, 80, 100)
    assert la.lambda_hat([True, True, True, False, False, False, False]) == (100 / 45, 3, True)
    assert la.lambda_hat([True] * 4 + [False] * 3)[0] == pytest.approx(100 / 55)
    assert la.lambda_hat([False] * 7) == (5.0, 0, True)
    assert la.lambda_hat([True] * 7) == (1.0, 7, True)
    lam, k, ok = la.lambda_hat([True, False, True, False, False, False, False])
    assert (lam, k, ok) == (100 / 35, 2, False)


def _answers(exp, rows):
    mod = experiments.get(exp)
    return [dict(mod.parse({k: [str(v)] for k, v in form.items()}, cond), condition=cond) for cond, form in rows]


def test_anchoring_index_against_hand_computation():
    mod = experiments.get("anchoring")
    rows = [("low", {"comparison": "more", "estimate": x}) for x in (20, 25, 30, 35)]
    rows += [("high", {"comparison": "less", "estimate": x}) for x in (40, 50, 60, 70, 80)]
    s = mod.summarise(_answers("anchoring", rows))
    d, lo, hi = stats.welch_diff([20, 25, 30, 35], [40, 50, 60, 70, 80])
    assert s.n == 9
    assert s.estimate == pytest.approx((60 - 27.5) / 55)
    assert (s.low, s.high) == pytest.approx((lo / 55, hi / 55))
    from servicepsych import findings

    assert not s.published[0].missing, s.published[0].missing
    assert s.published[0].key in mod.INDEX_KEYS
    assert s.published[0].value == findings.get(s.published[0].key).value
    assert s.published[1].value == pytest.approx((45 - 25) / (65 - 10))


def test_framing_shares_and_published_loss_frame():
    mod = experiments.get("framing")
    rows = [("gain", {"choice": "sure"})] * 8 + [("gain", {"choice": "risky"})] * 2
    rows += [("loss", {"choice": "sure"})] * 3 + [("loss", {"choice": "risky"})] * 7
    s = mod.summarise(_answers("framing", rows))
    assert s.estimate == pytest.approx(0.5)
    assert (s.bars[0]["value"], s.bars[1]["value"]) == (0.8, 0.3)
    assert (s.bars[0]["low"], s.bars[0]["high"]) == pytest.approx(stats.wilson(8, 10))
    gain, loss = s.published[0], s.published[1]
    assert gain.key == "tk81_gain_frame_sure" and gain.value == pytest.approx(0.72)
    assert loss.value == pytest.approx(0.22)  # 22% chose the sure programme (78% gambled)
    assert s.published[2].value == pytest.approx(0.50)


def test_loss_aversion_median_and_peak_end_share():
    la = experiments.get("loss_aversion")
    pattern = lambda k: {f"loss_{x}": ("accept" if i < k else "reject") for i, x in enumerate(la.LOSSES)}
    answers = _answers("loss_aversion", [("list", pattern(k)) for k in (0, 1, 2, 3, 3, 3, 4, 5, 7, 2)])
    s = la.summarise(answers)
    lams = sorted(a["lambda_hat"] for a in answers)
    assert s.estimate == pytest.approx((lams[4] + lams[5]) / 2)
    assert (s.low, s.high) == (lams[1], lams[8])
    assert s.published[0].value == 2.25
    pe = experiments.get("peak_end")
    rows = [("short_first", {"repeat": "long"})] * 7 + [("long_first", {"repeat": "short"})] * 3
    s = pe.summarise(_answers("peak_end", rows))
    assert s.estimate == 0.7 and (s.low, s.high) == pytest.approx(stats.wilson(7, 10))
    from servicepsych import findings

    p = s.published[0]
    assert not p.missing and p.key in pe.PUBLISHED_KEYS
    assert p.value == pytest.approx(findings.get(p.key).value / 100)
    assert findings.get(p.key).figure in p.label  # the finding's own description, however revised


def test_emotional_labor_surface_share_and_cbi():
    el = experiments.get("emotional_labor")
    form = {"gate_feel": "irritated", "gate_show": "as_rule", "chat_feel": "as_rule", "chat_show": "as_rule",
            "resident_feel": "hurt", "resident_show": "real", "late_desk_feel": "anxious",
            "late_desk_show": "as_rule", "cbi_c1": "75", "cbi_c2": "50", "cbi_c3": "", "cbi_c4": "25"}
    a = el.parse({k: [v] for k, v in form.items()}, "scenes")
    assert [a[f"{s}_strategy"] for s in el.SCENES] == ["surface", "genuine", "off_rule", "surface"]
    assert a["surface_share"] == 0.5
    assert a["cbi_client"] == pytest.approx(50.0) and a["cbi_c3"] is None
    two = el.parse({k: [v] for k, v in form.items() if k not in ("cbi_c1", "cbi_c2")}, "scenes")
    assert two["cbi_client"] is None  # fewer than 3 of 6 answered: no score (Kristensen et al., 2005)
    with pytest.raises(experiments._base.InputError):
        el.parse({k: [v] for k, v in dict(form, cbi_c1="60").items()}, "scenes")


def test_missing_finding_key_degrades_with_a_message(monkeypatch):
    from servicepsych import findings

    real = findings.get

    def fake(key):
        if key == "tk92_loss_aversion_lambda":
            raise KeyError(key)
        return real(key)

    monkeypatch.setattr(findings, "get", fake)
    s = experiments.get("loss_aversion").summarise([])
    assert s.published[0].value is None and "tk92_loss_aversion_lambda" in s.published[0].missing


# ---------------------------------------------------------------- nicknames, rate limiter
@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "a" * 25, "Bob<b>", "x&y", '"q"', "=1+2", "-2-3",
                                 "bell\x07", "nul\x00"])
def test_bad_nicknames_refused(raw):
    assert clean_nickname(raw) is None


def test_good_nicknames_kept():
    assert clean_nickname("  Li  Wei ") == "Li Wei"
    assert clean_nickname("张伟") == "张伟"
    assert clean_nickname("O'Neil-2") == "O'Neil-2"
    assert clean_nickname("") == ""


def test_rate_limiter_refills():
    rl = RateLimiter(rate=1.0, burst=3)
    assert [rl.allow("p", now=0.0) for _ in range(4)] == [True, True, True, False]
    assert rl.allow("p", now=1.01) and not rl.allow("p", now=1.02)
    assert rl.allow("q", now=1.02)  # another participant is not affected


# ---------------------------------------------------------------- the web app in-process
def _client(db, **kw):
    app = create_app(db, trainer_token=TOKEN, **kw)
    return app, TestClient(app, base_url="http://127.0.0.1")


def _join(c, nickname="Ana"):
    r = c.post("/join", data={"nickname": nickname}, follow_redirects=False)
    assert r.status_code == 303
    return r


def test_join_answer_and_idempotent_resubmit(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["framing"])
    _join(c)
    page = c.get("/e/framing")
    assert page.status_code == 200 and "Which plan do you choose?" in page.text
    assert "600" in page.text and "<script" not in page.text
    r1 = c.post("/e/framing", data={"choice": "sure"})
    assert r1.status_code == 200 and "your answer is in" in r1.text
    r2 = c.post("/e/framing", data={"choice": "risky"})
    assert r2.status_code == 200 and "first answer stands" in r2.text
    rows = app.state.store.answers("framing")
    assert len(rows) == 1 and rows[0]["choice"] == "sure"
    assert c.get("/e/framing").text.count("first answer stands") == 1


@pytest.mark.parametrize("form,message", [
    ({"comparison": "more", "estimate": "thirty"}, "as a number"),
    ({"comparison": "more", "estimate": "250"}, "between 0 and 100"),
    ({"comparison": "more", "estimate": "-5"}, "between 0 and 100"),
    ({"comparison": "more", "estimate": "nan"}, "as a number"),
    ({"comparison": "more", "estimate": "1e999"}, "as a number"),
    ({"comparison": "<b>more</b>", "estimate": "30"}, "choose"),
    ({"estimate": "30"}, "choose"),
])
def test_bad_answers_get_a_clear_message_and_are_not_stored(tmp_path, form, message):
    app, c = _client(tmp_path / "w.sqlite3", modules=["anchoring"])
    _join(c)
    c.get("/e/anchoring")
    r = c.post("/e/anchoring", data=form)
    assert r.status_code == 400
    assert message in r.text
    assert "<b>more</b>" not in r.text
    assert app.state.store.count_answers() == 0
    if form.get("comparison") == "more":  # what was valid comes back, so nothing is lost
        assert 'value="more" checked' in r.text
    assert c.post("/e/anchoring", data={"comparison": "less", "estimate": "30,5"}).status_code == 200
    assert app.state.store.answers()[0]["estimate"] == 30.5


def test_script_nickname_refused_never_echoed_or_stored(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3")
    evil = '<script>alert("x")</script>'
    r = c.post("/join", data={"nickname": evil}, follow_redirects=False)
    assert r.status_code == 400 and "cannot be used" in r.text
    assert evil not in r.text and "<script>" not in r.text
    assert app.state.store.count_participants() == 0
    assert "sp_p" not in r.cookies


def test_oversized_and_wrong_type_bodies(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["anchoring"])
    _join(c)
    big = c.post("/e/anchoring", content=b"estimate=" + b"9" * (MAX_BODY + 10),
                 headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413 and "too long" in big.text

    def chunks():
        for _ in range(40):
            yield b"x" * 1024
    chunked = c.post("/e/anchoring", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert chunked.status_code == 413
    js = c.post("/e/anchoring", json={"estimate": 3})
    assert js.status_code == 415 and "form" in js.text
    assert app.state.store.count_answers() == 0


def test_trainer_token_guards_page_state_and_export(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3")
    assert c.get("/trainer").status_code == 403
    assert c.get("/trainer/state").status_code == 403
    assert c.get("/trainer/export.csv").status_code == 403
    assert c.get("/trainer/export.csv", headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert c.get("/trainer?token=" + TOKEN[:-1]).status_code == 403
    ok = c.get("/trainer/export.csv", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.text.startswith("participant,nickname")
    r = c.get(f"/trainer?token={TOKEN}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/trainer"  # token leaves the address bar
    page = c.get("/trainer")
    assert page.status_code == 200 and "<svg" in page.text and "Tversky" in page.text
    assert c.get("/trainer/state").json()["participants"] == 0


def test_participant_cannot_reach_other_answers_or_trainer(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["framing"])
    _join(c, "Ana")
    c.get("/e/framing")
    c.post("/e/framing", data={"choice": "sure"})
    other = TestClient(app, base_url="http://127.0.0.1")
    _join(other, "Bo")
    for path in ("/trainer", "/trainer/state", "/trainer/export.csv", "/api/kernels", "/lab", "/e/../trainer"):
        r = other.get(path)
        assert r.status_code in (403, 404), path
        assert "Ana" not in r.text
    assert other.get("/e/nope").status_code == 404


def test_answers_survive_a_restart(tmp_path):
    db = tmp_path / "w.sqlite3"
    app, c = _client(db, modules=["peak_end"])
    _join(c)
    c.get("/e/peak_end")
    assert c.post("/e/peak_end", data={"repeat": "long"}).status_code == 200
    cookie = c.cookies.get("sp_p")
    app.state.store.close()
    app2 = create_app(db, modules=["peak_end"])  # token from the database
    assert app2.state.trainer_token == TOKEN
    c2 = TestClient(app2, base_url="http://127.0.0.1", cookies={"sp_p": cookie})
    assert "first answer stands" in c2.get("/e/peak_end").text  # same participant, recognised
    assert c2.post("/e/peak_end", data={"repeat": "short"}).status_code == 200
    rows = app2.state.store.answers()
    assert len(rows) == 1 and rows[0]["repeat"] == "long"


def test_rate_limit_per_participant(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["framing"], rate=0.001, burst=5)
    _join(c)
    codes = [c.get("/e/framing").status_code for _ in range(8)]
    assert codes[:4] == [200] * 4 and codes[-1] == 429
    r = c.get("/e/framing")
    assert r.headers["Retry-After"] == "5" and "wait a few seconds" in r.text
    other = TestClient(app, base_url="http://127.0.0.1")
    _join(other)
    assert other.get("/e/framing").status_code == 200  # someone else is not slowed down


def test_export_and_load_results_roundtrip(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["anchoring", "emotional_labor"])
    _join(c, "Ana")
    c.get("/e/anchoring")
    c.post("/e/anchoring", data={"comparison": "more", "estimate": "42"})
    form = {f"{s}_{q}": v for s in experiments.get("emotional_labor").SCENES for q, v in
            (("feel", "irritated"), ("show", "as_rule"))}
    assert c.post("/e/emotional_labor", data=form).status_code == 200
    text = c.get("/trainer/export.csv", headers={"Authorization": f"Bearer {TOKEN}"}).text
    df = load_results(io.StringIO(text))
    assert list(df["experiment"]) == ["anchoring", "emotional_labor"]
    assert df.loc[0, "nickname"] == "Ana" and df.loc[1, "nickname"] == ""  # anonymous experiment
    assert df.loc[0, "participant"] == "P001" and df.loc[1, "participant"].startswith("anon-")
    assert "P001" not in df.loc[1, "participant"] and df["submitted"].isna().tolist() == [False, True]
    anch = load_results(io.StringIO(text), "anchoring")
    assert anch.loc[0, "estimate"] == 42.0 and anch.loc[0, "anchor"] in (10, 65)
    assert "surface_share" not in anch.columns
    el = load_results(io.StringIO(text), "emotional_labor")
    assert el.loc[0, "surface_share"] == 1.0


def test_trainer_state_follows_answers(tmp_path):
    app, c = _client(tmp_path / "w.sqlite3", modules=["framing"])
    c.get(f"/trainer?token={TOKEN}")
    before = c.get("/trainer/state").json()
    people = []
    for i, choice in enumerate(["sure", "sure", "risky", "sure"]):
        p = TestClient(app, base_url="http://127.0.0.1")
        _join(p, f"p{i}")
        p.get("/e/framing")
        p.post("/e/framing", data={"choice": choice})
        people.append(p)
    after = c.get("/trainer/state").json()
    assert before["participants"] == 0 and after["participants"] == 4
    assert after["version"] != before["version"] and "(4 answers)" in after["panels"]
    same = c.get("/trainer/state", params={"v": after["version"]}).json()
    assert same["participants"] == 4 and "panels" not in same  # nothing new: no panels resent


def test_class_result_from_the_export_equals_the_trainer_page(tmp_path):
    import random

    from servicepsych.workshop import class_result

    app, c = _client(tmp_path / "w.sqlite3")
    rng = random.Random(3)
    la, el = experiments.get("loss_aversion"), experiments.get("emotional_labor")
    for i in range(12):
        p = TestClient(app, base_url="http://127.0.0.1")
        _join(p, f"p{i}")
        forms = {
            "anchoring": {"comparison": "more", "estimate": str(rng.randint(0, 100))},
            "framing": {"choice": rng.choice(["sure", "risky"])},
            "loss_aversion": {f"loss_{x}": rng.choice(["accept", "reject"]) for x in la.LOSSES},
            "peak_end": {"repeat": rng.choice(["short", "long"])},
            "emotional_labor": {**{f"{s}_feel": rng.choice(el.FEELINGS) for s in el.SCENES},
                                **{f"{s}_show": rng.choice(el.SHOWS) for s in el.SCENES},
                                **{f"cbi_c{k}": rng.choice(["0", "25", "50", "75", "100", ""]) for k in range(1, 7)}},
            "service_language": {"agree": rng.choice(["yes", "no"])},
            "customer_emotion": {"rating": str(rng.randint(1, 7))},
            "service_recovery": {"rating": str(rng.randint(1, 7))},
            "social_influence": {"choice": rng.choice(["reuse", "replace"])},
        }
        for exp, form in forms.items():
            p.get(f"/e/{exp}")
            assert p.post(f"/e/{exp}", data=form).status_code == 200, exp
    text = c.get("/trainer/export.csv", headers={"Authorization": f"Bearer {TOKEN}"}).text
    for exp in experiments.NAMES:
        live = experiments.get(exp).summarise(app.state.store.answers(exp))
        again = class_result(io.StringIO(text), exp)
        assert again.n == live.n == 12
        for a, b in ((again.estimate, live.estimate), (again.low, live.low), (again.high, live.high)):
            assert (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b), exp
        assert again.lines == live.lines, exp


def test_invented_cookies_do_not_escape_the_join_limit(tmp_path):
    import secrets

    app, _ = _client(tmp_path / "w.sqlite3", join_rate=0.001, join_burst=3)
    codes = []
    for _ in range(5):
        c = TestClient(app, base_url="http://127.0.0.1", cookies={"sp_p": secrets.token_urlsafe(24)})
        codes.append(c.post("/join", data={"nickname": ""}, follow_redirects=False).status_code)
    assert codes == [303, 303, 303, 429, 429]
    assert app.state.store.count_participants() == 3


def test_pages_load_nothing_from_outside(tmp_path):
    import re

    app, c = _client(tmp_path / "w.sqlite3", join_url="http://192.168.1.20:8000/")
    pages = [c.get("/")]
    _join(c)
    pages += [c.get("/")] + [c.get(f"/e/{name}") for name in experiments.NAMES]
    c.get(f"/trainer?token={TOKEN}")
    pages.append(c.get("/trainer"))
    for r in pages:
        assert r.status_code == 200
        assert not re.search(r'(src|href|action)="(https?:)?//', r.text), r.url
        assert "@import" not in r.text and "url(" not in r.text
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "<script" not in "".join(p.text for p in pages[:-1])  # participant pages have no script
    assert "192.168.1.20:8000" in pages[-1].text  # the join address on the projector


def test_command_line_options_and_join_address(tmp_path, capsys):
    from servicepsych.cli import build_parser, main
    from servicepsych.workshop import serve

    args = build_parser().parse_args(["workshop", "--module", "framing", "--module", "peak_end", "anchoring"])
    assert args.module == ["framing", "peak_end", "anchoring"]
    assert (args.host, args.port) == ("127.0.0.1", 8000)  # loopback unless the trainer says otherwise
    url, warn = serve._join_url("127.0.0.1", 8123)
    assert url == "http://127.0.0.1:8123/" and "loopback only" in warn
    url, warn = serve._join_url("192.168.5.7", 80)
    assert url == "http://192.168.5.7:80/" and warn is None
    url, _ = serve._join_url("0.0.0.0", 8000)
    assert url.startswith("http://") and url.endswith(":8000/")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["workshop", "--module", "maslach"])
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["workshop", "--db", str(blocked / "w.sqlite3")]) == 2
    assert "cannot open the answers file" in capsys.readouterr().err
