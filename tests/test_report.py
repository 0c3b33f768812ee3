"""`iterdeploy report`: tables, figures, Markdown and HTML from run folders (scripted runs)."""
import base64
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from iterdeploy import IterdeployError
from iterdeploy.cli import main
from iterdeploy.config import load_config
from iterdeploy.loop import run
from iterdeploy.report import (README_END, README_START, aggregate, comparison_tables,
                               generation_table, read_runs, readme_block,
                               update_readme)
from scripted import scripted_overrides

REPO = Path(__file__).resolve().parents[1]
GROUPS = ("pool.groups=[{domain: blocksworld, vary: {blocks: [2, 6]}, per_size: 3, "
          "eval_per_size: 1}, {domain: miconic, vary: {passengers: [1, 3]}, per_size: 2, "
          "eval_per_size: 1}]")
SCRIPTED = scripted_overrides(groups=GROUPS)
SINGLE_FIGURES = {"main", "solved", "plan_lengths", "longest_plan", "frontier", "statuses",
                  "plan_vs_reference", "horizon", "collapse"}


def scripted_run(path: Path, *extra: str) -> Path:
    """A whole run (base + 3 generations, two domains) with the scripted backend, ~2 s."""
    run(load_config(None, SCRIPTED + list(extra)), path, progress=False)
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Two seeds of one scripted setting."""
    root = tmp_path_factory.mktemp("runs")
    return [scripted_run(root / f"seed{s}", f"seed={s}") for s in (0, 1)]


def _report(*args) -> str:
    res = CliRunner().invoke(main, ["report", *map(str, args), "-q"])
    assert res.exit_code == 0, res.output
    return res.output


def _metrics(run_dir: Path) -> list[dict]:
    return [json.loads((d / "metrics.json").read_text())
            for d in sorted(run_dir.glob("gen_*"))]


def test_one_run_report_files_tables_and_figures(runs, tmp_path):
    out = tmp_path / "rep"
    _report(runs[0], "--out", out)
    names = {p.stem for p in (out / "figures").iterdir()}
    assert names == SINGLE_FIGURES
    for name in names:  # every figure as PNG and SVG, both readable
        png = (out / "figures" / f"{name}.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
        root = ET.parse(out / "figures" / f"{name}.svg").getroot()
        assert root.tag.endswith("svg")
    html = (out / "report.html").read_text()
    # self-contained: the figures are embedded byte for byte, nothing is linked
    embedded = re.findall(r'<img alt="[^"]*" src="data:image/png;base64,([^"]+)"', html)
    assert len(embedded) == len(SINGLE_FIGURES)
    assert {base64.b64decode(e) for e in embedded} == {
        (out / "figures" / f"{n}.png").read_bytes() for n in SINGLE_FIGURES}
    assert not re.search(r'(src|href)="(?!data:)', html)
    # the table is the run's metrics.json, row by row
    md = (out / "report.md").read_text()
    per_generation = md.split("## Long horizons")[0]  # the first table, not the collapse one
    rows = [line for line in per_generation.splitlines() if re.match(r"\| \d", line)]
    metrics = _metrics(runs[0])
    assert len(rows) == len(metrics) == 4
    for line, m in zip(rows, metrics):
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert cells[1] == str(m["solved"])
        assert cells[2] == f"{m['solved_by_domain']['blocksworld']} / " \
                           f"{m['solved_by_domain']['miconic']}"
        assert cells[8] == str(m["eval_solved"]) and cells[9] == str(m["curated"])
    assert "![" in md and "figures/main.png" in md


def test_generation_table_by_size_for_one_domain(tmp_path):
    r = scripted_run(tmp_path / "bw", "pool.groups=[{domain: blocksworld, vary: {blocks: "
                                      "[2, 6]}, per_size: 3, eval_per_size: 1}]",
                     "generations=1")
    (data,) = read_runs([r], progress=False)
    table = generation_table(data)
    assert table.header[2] == "blocks 2 / 3 / 4 / 5 / 6"
    for row, m in zip(table.rows, _metrics(r)):
        assert row[2] == " / ".join(str(m["solved_by_size"].get(f"blocksworld:{b}", 0))
                                    for b in range(2, 7))


def test_finished_generations_only_and_the_one_in_progress_is_named(runs, tmp_path):
    r = tmp_path / "running"
    shutil.copytree(runs[0], r)
    (r / "gen_002" / "DONE").unlink()  # generation 2 still being written
    shutil.rmtree(r / "gen_003")
    (data,) = read_runs([r], progress=False)
    assert [m["generation"] for m in data.rows] == [0, 1]
    _report(r, "--out", tmp_path / "rep")
    md = (tmp_path / "rep" / "report.md").read_text()
    assert "generation(s) 2 still running (not shown)" in md
    assert len([line for line in md.split("## Long horizons")[0].splitlines()
                if re.match(r"\| \d", line)]) == 2
    (r / "gen_000" / "DONE").unlink()
    with pytest.raises(IterdeployError, match="no finished generation"):
        read_runs([r], progress=False)


def test_seeds_sharing_a_label_are_averaged(runs, tmp_path):
    data = read_runs(runs, ["paper", "paper"], progress=False)
    solved = [[m["solved"] for m in _metrics(r)] for r in runs]
    assert solved[0] != solved[1]  # the two seeds differ, so the spread is not trivially 0
    for g, mu, sd, n in aggregate(data, "solved"):
        a, b = solved[0][g], solved[1][g]
        assert n == 2 and mu == pytest.approx((a + b) / 2)
        assert sd == pytest.approx(abs(a - b) / 2 ** 0.5)
    summary, per_metric = comparison_tables(data)
    assert summary.rows[0][:2] == ["paper", "2"]
    g0 = per_metric["solved"].rows[0][1]
    assert g0 == f"{(solved[0][0] + solved[1][0]) / 2:.1f} ± " \
                 f"{abs(solved[0][0] - solved[1][0]) / 2 ** 0.5:.1f} (n=2)"
    out = tmp_path / "cmp"
    _report(*runs, runs[0], "--labels", "paper,paper,single", "--out", out)
    assert {p.stem for p in (out / "figures").glob("*.png")} == {
        "compare_solved", "compare_longest_plan", "compare_mean_plan_length",
        "compare_valid_ratio", "compare_largest_size", "compare_collapse"}
    md = (out / "report.md").read_text()
    assert "| paper | 2 |" in md and "| single | 1 |" in md


def test_bad_input_is_refused_naming_it(runs, tmp_path):
    res = CliRunner().invoke(main, ["report", str(tmp_path), "-q"])
    assert res.exit_code == 2 and f"{tmp_path}: not a run folder" in res.output
    res = CliRunner().invoke(main, ["report", *map(str, runs), "--labels", "a", "-q"])
    assert res.exit_code == 2 and "1 label(s) for 2 run(s)" in res.output
    bad = tmp_path / "bad"
    shutil.copytree(runs[0], bad)
    (bad / "gen_001" / "metrics.json").write_text("{oops")
    res = CliRunner().invoke(main, ["report", str(bad), "-q"])
    assert res.exit_code == 2 and str(bad / "gen_001" / "metrics.json") in res.output


def test_progress_bar_when_there_is_much_to_read(runs, monkeypatch, capsys):
    import iterdeploy.report as report

    read_runs(runs, progress=True)
    assert "reading runs" not in capsys.readouterr().err  # a few kB: no bar
    monkeypatch.setattr(report, "PROGRESS_BYTES", 0)
    read_runs(runs, progress=True)
    assert "reading runs" in capsys.readouterr().err


def test_readme_block_is_rewritten_from_the_run(runs, tmp_path):
    readme = tmp_path / "README.md"
    before, after = "# Title\n\nText before.\n\n", "\n\nText after.\n"
    readme.write_text(f"{before}{README_START}\nold table\n{README_END}{after}")
    out = tmp_path / "docs" / "results"
    _report(runs[0], "--out", out, "--readme", readme)
    text = readme.read_text()
    assert text.startswith(before + README_START) and text.endswith(README_END + after)
    assert "old table" not in text
    assert "![" in text and "(docs/results/figures/main.png)" in text
    assert (tmp_path / "docs/results/figures/main.png").is_file()
    m = _metrics(runs[0])
    assert f"solved {m[0]['solved']} -> {m[-1]['solved']}" in text
    assert generation_table(read_runs([runs[0]], progress=False)[0]).markdown() in text
    update_readme(readme, read_runs([runs[0]], progress=False)[0], out)  # again: the same
    assert readme.read_text() == text
    readme.write_text("no markers here\n")
    res = CliRunner().invoke(main, ["report", str(runs[0]), "--out", str(out),
                                    "--readme", str(readme), "-q"])
    assert res.exit_code == 2 and "results:start" in res.output


def test_repository_readme_has_the_results_block_and_make_target():
    start, end = readme_block(REPO / "README.md")
    block = (REPO / "README.md").read_text()[start:end]
    assert "| gen | solved" in block
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^results:.*\n\t.*iterdeploy report runs/default --out docs/results "
                     r"--readme README\.md$", makefile, re.M)


def test_importing_the_package_and_cli_does_not_import_matplotlib():
    code = ("import sys, iterdeploy, iterdeploy.cli, iterdeploy.report, iterdeploy.loop; "
            "heavy = [m for m in ('matplotlib', 'tensorboardX', 'torch') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
