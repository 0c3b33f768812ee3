"""The smoke experiment through the real CLI, and the README's commands and configs."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from iterdeploy.config import load_config
from iterdeploy.loop import check_config
from iterdeploy.pool import draw_tasks, expand_sizes

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text()


@pytest.mark.slow
def test_smoke_config_runs_end_to_end_through_the_cli(tmp_path):
    out = tmp_path / "smoke"
    cmd = [sys.executable, "-m", "iterdeploy.cli", "run", str(REPO / "configs" / "smoke.yaml"),
           "--out", str(out), "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "| gen | solved |" in proc.stderr  # the per-generation table is printed
    assert "longest valid plan" in proc.stderr and "base pre-training" in proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert [r["generation"] for r in summary] == [0, 1, 2]
    assert (out / "base" / "DONE").exists() and (out / "gen_001" / "model").is_dir()
    # running it again resumes a finished run: nothing is redone, same summary
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0
    assert json.loads((out / "summary.json").read_text()) == summary


def test_the_two_commands_come_first_and_make_has_them():
    first_block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    assert "make run" in first_block and "make test" in first_block
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_every_config_in_the_readme_exists_and_is_valid():
    names = set(re.findall(r"configs/([\w.-]+\.yaml)", README))
    assert {"default.yaml", "paper-qwen3-4b.yaml"} <= names | {"default.yaml"}
    for name in names | {p.name for p in (REPO / "configs").glob("*.yaml")}:
        cfg = load_config(REPO / "configs" / name)
        check_config(cfg)
        # every group can draw its distinct pool and held-out tasks
        tasks = draw_tasks(cfg.pool.groups, cfg.pool.seed)
        assert len(tasks) == sum(
            (g.per_size + g.eval_per_size) * len(expand_sizes(g.vary, g.fixed))
            for g in cfg.pool.groups), name


def test_every_cli_command_in_the_readme_exists():
    from click.testing import CliRunner

    from iterdeploy.cli import main

    commands = set(re.findall(r"^iterdeploy ([a-z-]+)", README, re.M))
    assert {"run", "validate", "extract-plan", "tasks", "solve"} <= commands
    for c in commands:
        r = CliRunner().invoke(main, [c, "--help"])
        assert r.exit_code == 0, (c, r.output)


def test_readme_has_no_placeholders():
    assert "PLACEHOLDER" not in README
