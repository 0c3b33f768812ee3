"""Fast Downward's plans for real IPC 2023 problems (stored test data) validate, and their
systematically corrupted copies get the expected status and failing step.

The plans in tests/data/ipc-plans/<domain>/<problem>.plan were produced by LAMA-first
(`iterdeploy solve`, see each file's header); the problems are the IPC 2023 Learning Track
files (see conftest.py).
"""
from pathlib import Path

import pytest

from conftest import IPC_DOMAINS
from plan_corruptions import check_corruptions
from iterdeploy.planning.validate import Task, parse_plan

PLANS = Path(__file__).parent / "data" / "ipc-plans"
STORED = sorted(PLANS.glob("*/*.plan"))


def _load(ipc, plan_file: Path) -> tuple[Task, list[str]]:
    domain = plan_file.parent.name
    task = Task.from_files(ipc / domain / "domain.pddl",
                           ipc / domain / "training" / "easy" / f"{plan_file.stem}.pddl")
    steps = parse_plan(plan_file.read_text())
    return task, ["(" + " ".join((name, *args)) + ")" for name, args, _line in steps]


def test_the_sample_covers_every_domain_with_some_long_plans():
    by_domain = {d: [p for p in STORED if p.parent.name == d] for d in IPC_DOMAINS}
    assert all(len(v) >= 3 for v in by_domain.values()), by_domain
    lengths = {p: len(parse_plan(p.read_text())) for p in STORED}
    assert sum(n >= 20 for n in lengths.values()) >= 10
    for p in STORED:
        assert p.read_text().startswith("; ") and "Fast Downward" in p.read_text()


@pytest.mark.parametrize("plan_file", STORED, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_reference_plan_is_valid_and_corruptions_get_the_expected_status(ipc, plan_file):
    task, plan = _load(ipc, plan_file)
    r = task.validate(plan_file.read_text())  # the file as stored, comments and all
    assert (r.valid, r.status, r.plan_length) == (True, "VALID", len(plan)), r
    # LAMA-first plans are not optimal, so a dropped step may be redundant
    check_corruptions(task, plan, minimal=False)
