"""report.html in a real browser (headless Chromium over the DevTools protocol): every image
decodes, the tables are there, nothing is fetched; and a run killed mid-generation reports
its finished generations. Chromium is installed with apt-get where missing (root), or the
tests are skipped with the reason (see tests/browser.py)."""
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from browser import PAGE_STATE, Browser, find_chromium
from click.testing import CliRunner

from iterdeploy.cli import main
from iterdeploy.report import readme_block
from test_report import SCRIPTED, SINGLE_FIGURES, scripted_run

pytestmark = pytest.mark.slow  # may install Chromium; the page checks take seconds


@pytest.fixture(scope="module")
def browser():
    b = Browser(find_chromium())
    yield b
    b.close()


def problems(browser: Browser, page: Path, shot: Path | None = None) -> tuple[list[str], dict]:
    """Everything wrong with a report page as the browser sees it, and the page's state."""
    urls = browser.open(page)
    state = browser.evaluate(PAGE_STATE)
    found = [f"fetched {u[:80]}" for u in urls
             if not (u.startswith("data:") or u == page.resolve().as_uri())]
    found += [f"image not decoded: {i['alt']!r}" for i in state["images"]
              if not (i["complete"] and i["width"] > 0 and i["height"] > 0)]
    # the figures have an opaque background: a transparent pixel is one never decoded
    found += [f"image decoded in part ({i['transparent']} pixels missing): {i['alt']!r}"
              for i in state["images"] if i["width"] and i["transparent"]]
    found += [f"image not embedded: {i['alt']!r}" for i in state["images"]
              if i["scheme"] != "data"]
    if not state["tables"] or not all(t["header"] and t["rows"] for t in state["tables"]):
        found.append("a table is missing or empty")
    if shot is not None:
        png = browser.screenshot(shot)
        found += _blank_screenshot(shot, png)
    return found, state


def _blank_screenshot(path: Path, png: bytes) -> list[str]:
    import matplotlib.image as mpimg

    if not png.startswith(b"\x89PNG"):
        return ["the screenshot is not a PNG"]
    pixels = mpimg.imread(path)
    height, width = pixels.shape[:2]
    dark = (pixels[..., :3].mean(axis=2) < 0.5).mean()  # text, lines, the heat map
    coloured = (pixels[..., :3].std(axis=2) > 0.15).mean()  # plotted curves and cells
    if height < 2000 or width < 1000 or dark < 0.005 or coloured < 0.0005:
        return [f"the screenshot looks empty ({width}x{height}, dark {dark:.4f}, "
                f"coloured {coloured:.4f})"]
    return []


def _report(run_dir: Path, out: Path, *extra: str) -> Path:
    res = CliRunner().invoke(main, ["report", str(run_dir), *extra, "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out / "report.html"


def test_report_renders_in_headless_chromium(browser, tmp_path):
    page = _report(scripted_run(tmp_path / "run"), tmp_path / "rep")
    shot = tmp_path / "report.png"
    found, state = problems(browser, page, shot)
    assert found == []
    assert len(state["images"]) == len(SINGLE_FIGURES)
    table, collapse = state["tables"]
    assert collapse["header"][:2] == ["gen", "longest valid plan (× base)"]
    n_pool = sum(1 for line in (tmp_path / "run" / "tasks" / "tasks.jsonl").open()
                 if '"split": "pool"' in line)
    assert table["header"][:2] == ["gen", f"solved (of {n_pool})"]
    assert [r[0] for r in table["rows"]] == ["0 (base)", "1", "2", "3"]
    assert "Per-generation results" in state["headings"]

    # the checks fail when the page is broken: an image that is not a PNG, one cut short
    # (its header intact, so it has a natural size), one loaded from the network
    html = page.read_text()
    images = list(re.finditer(r'src="data:image/png;base64,([^"]+)"', html))
    alts = [i["alt"] for i in state["images"]]
    broken = tmp_path / "rep" / "broken.html"
    broken.write_text(html[:images[0].start(1)] + "bm90IGEgUE5H" + html[images[0].end(1):])
    found, _ = problems(browser, broken)
    assert found == [f"image not decoded: {alts[0]!r}"]
    cut = images[1].start(1) + (images[1].end(1) - images[1].start(1)) // 2 // 4 * 4
    broken.write_text(html[:cut] + html[images[1].end(1):])
    found, _ = problems(browser, broken)
    assert len(found) == 1 and found[0].startswith("image decoded in part")
    assert found[0].endswith(repr(alts[1]))
    fetching = tmp_path / "rep" / "fetching.html"
    fetching.write_text(html.replace("</body>", '<img alt="remote" '
                                     'src="https://example.invalid/x.png"></body>'))
    found, _ = problems(browser, fetching)
    assert "fetched https://example.invalid/x.png" in found
    assert "image not decoded: 'remote'" in found


KILLER = textwrap.dedent("""
    import os, signal, sys
    from iterdeploy.backends.scripted import ScriptedBackend
    from iterdeploy.config import load_config
    from iterdeploy.loop import run
    calls = {"n": 0}
    original = ScriptedBackend.sample
    def sample(self, *a, **kw):
        calls["n"] += 1
        if calls["n"] == int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no exception handlers
        return original(self, *a, **kw)
    ScriptedBackend.sample = sample
    run(load_config(None, sys.argv[3:]), sys.argv[1], progress=False)
""")


def test_report_of_a_run_killed_mid_generation(browser, tmp_path):
    r = tmp_path / "killed"
    # 21 pool tasks x 3 samples = 16 batches of 4, 8 held-out tasks x 2 = 4 batches: 20
    # sample calls per generation, so call 45 is in generation 2's pool
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parents[1] / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", KILLER, str(r), "45", *SCRIPTED],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == -9, proc.stderr[-2000:]
    assert (r / "gen_001" / "DONE").exists() and not (r / "gen_002" / "DONE").exists()
    assert list((r / "gen_002").glob("*.partial.jsonl"))
    page = _report(r, tmp_path / "rep")
    found, state = problems(browser, page, tmp_path / "killed.png")
    assert found == []
    table, collapse = state["tables"]  # per generation, and the collapse indicators
    assert [row[0] for row in table["rows"]] == ["0 (base)", "1"]
    assert [row[0] for row in collapse["rows"]] == ["0 (base)", "1"]
    assert "generation(s) 2 still running (not shown)" in state["text"]


def test_two_smoke_seeds_compared_and_the_readme_block(browser, tmp_path):
    """The multi-run view on two seeds of configs/smoke.yaml (the real tiny backend), and
    `--readme` on a smoke run, as `make results` does for runs/default."""
    repo = Path(__file__).resolve().parents[1]
    runs = []
    for seed in (0, 1):
        out = tmp_path / f"smoke{seed}"
        proc = subprocess.run(
            [sys.executable, "-m", "iterdeploy.cli", "run", str(repo / "configs" / "smoke.yaml"),
             "--out", str(out), "--set", f"seed={seed}", "--set", f"pool.seed={seed}", "-q"],
            capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
        runs.append(out)
    res = CliRunner().invoke(main, ["report", *map(str, runs), "--labels", "smoke,smoke",
                                    "--out", str(tmp_path / "cmp"), "-q"])
    assert res.exit_code == 0, res.output
    found, state = problems(browser, tmp_path / "cmp" / "report.html", tmp_path / "cmp.png")
    assert found == []
    assert len(state["images"]) == 6
    summary = state["tables"][0]
    assert summary["rows"][0][:2] == ["smoke", "2"]
    assert "(n=2)" in summary["rows"][0][4]  # solved first -> last, over both seeds
    assert len(state["tables"]) == 1 + 8 + 2  # summary, eight metrics, each seed's table

    readme = tmp_path / "README.md"
    readme.write_text((repo / "README.md").read_text())
    res = CliRunner().invoke(main, ["report", str(runs[0]), "--out",
                                    str(tmp_path / "docs" / "results"), "--readme", str(readme),
                                    "-q"])
    assert res.exit_code == 0, res.output
    text = readme.read_text()
    start, end = readme_block(readme)
    block = text[start:end]
    rows = [[c.strip() for c in line.split("|")[1:-1]] for line in block.splitlines()
            if re.match(r"\| \d", line)]
    solved = [m["solved"] for m in json.loads((runs[0] / "summary.json").read_text())]
    assert [r[0] for r in rows] == ["0 (base)", "1", "2"]
    assert [int(r[1]) for r in rows] == solved
    assert "(docs/results/figures/main.png)" in block
    assert (tmp_path / "docs" / "results" / "figures" / "main.png").is_file()
    # outside the block the README is unchanged
    original = (repo / "README.md").read_text()
    o_start, o_end = readme_block(repo / "README.md")
    assert text[:start] == original[:o_start] and text[end:] == original[o_end:]
