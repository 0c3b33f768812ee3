"""Real kills: `iterdeploy run configs/smoke.yaml` in a child process, killed with SIGKILL
at seeded random moments aimed at every phase (progress markers are files appearing in the
run folder), resumed each time, must end with the files of an uninterrupted run; SIGINT and
SIGTERM stop it cleanly with a one-line resume hint. Slow: about a minute of CPU."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow

CONFIG = REPO / "configs" / "smoke.yaml"
GENERATIONS = 2  # of configs/smoke.yaml
TIMINGS = {"wall_s", "time_s", "tokens_per_s", "corpus_s"}  # differ between any two runs
POLL = 0.002


def _start(out: Path, log: Path) -> subprocess.Popen:
    with open(log, "ab") as fh:
        return subprocess.Popen([sys.executable, "-m", "iterdeploy.cli", "run", str(CONFIG),
                                 "--out", str(out), "-q"], stdout=fh, stderr=fh)


def _finish(out: Path, log: Path) -> None:
    proc = _start(out, log)
    assert proc.wait(600) == 0, log.read_text()[-3000:]


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """An uninterrupted run of the smoke config."""
    out = tmp_path_factory.mktemp("kill") / "straight"
    _finish(out, out.parent / "straight.log")
    return out


def _strip(obj):
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in TIMINGS}
    if isinstance(obj, list):
        return [_strip(x) for x in obj]
    return obj


def _contents(run: Path) -> dict[str, object]:
    """Every file of a run folder: bytes, JSON without timings, the config without
    provenance; the lock file (it names the last process) is left out."""
    import yaml

    out = {}
    for p in sorted(run.rglob("*")):
        rel = str(p.relative_to(run))
        if not p.is_file() or rel == ".lock":
            continue
        if rel == "config.yaml":
            out[rel] = yaml.safe_load(p.read_text())["config"]
        elif p.suffix == ".json":
            out[rel] = _strip(json.loads(p.read_text()))
        else:
            out[rel] = p.read_bytes()
    return out


def _assert_same_run(run: Path, reference: Path) -> None:
    got, want = _contents(run), _contents(reference)
    assert sorted(got) == sorted(want)
    for rel in want:  # byte-equal samples, curated sets, tasks and models
        assert got[rel] == want[rel], rel


def _gen(run: Path, g: int) -> Path:
    return run / f"gen_{g:03d}"


def phase(run: Path) -> str:
    """The phase a run stopped in, read from its files."""
    if not (run / "tasks" / "tasks.jsonl").exists():
        return "pool building"
    if not (run / "base" / "DONE").exists():
        return "base model save" if (run / "base").exists() else "base pre-training"
    for g in range(GENERATIONS + 1):
        gd = _gen(run, g)
        if (gd / "DONE").exists():
            continue
        if not (gd / "samples.jsonl").exists():
            return f"gen {g} sampling + validation"
        if not (gd / "eval_samples.jsonl").exists():
            return f"gen {g} held-out sampling + validation"
        if not (gd / "curated.jsonl").exists():
            return f"gen {g} curation write"
        if g < GENERATIONS and not (gd / "model" / "DONE").exists():
            return f"gen {g} training" + (" / model save" if any((gd / "model").glob("*"))
                                          else "")
        return f"gen {g} metrics + DONE write"
    return "summary write" if not (run / "summary.json").exists() else "finished"


def _exists(*parts):
    return lambda run: run.joinpath(*parts).exists()


def _nonempty(*parts):
    return lambda run: run.joinpath(*parts).is_dir() and any(run.joinpath(*parts).iterdir())


def _always(run):
    return True


# (aimed at, marker that appears when the phase starts, longest random delay after it in s).
# Pre-training is most of the run (about 10 of 13 s here); each later phase lasts about
# 0.1 s, hence the short delays. "random moment" kills wait a random time after the start
# of a resumed process instead (its start-up, torch import included, takes 1-3 s).
TARGETS = [
    ("pool building", _exists("tasks", "domains"), 0.01),
    ("base pre-training", _exists("tasks", "tasks.jsonl"), 2.5),
    ("base model save", _nonempty("base"), 0.0),
    ("gen 0 sampling", _exists("gen_000", "samples.partial.jsonl"), 0.03),
    ("gen 0 held-out sampling", _exists("gen_000", "eval_samples.partial.jsonl"), 0.01),
    ("random moment", _always, 3.0),
    ("gen 0 training", _exists("gen_000", "curated.jsonl"), 0.05),
    ("gen 1 sampling", _exists("gen_001", "samples.partial.jsonl"), 0.03),
    ("random moment", _always, 3.0),
    ("gen 1 training", _exists("gen_001", "curated.jsonl"), 0.05),
    ("gen 1 model save", _nonempty("gen_001", "model"), 0.0),
    ("gen 2 sampling", _exists("gen_002", "samples.partial.jsonl"), 0.03),
    ("random moment", _always, 3.0),
    ("gen 2 records", _exists("gen_002", "eval_samples.jsonl"), 0.0),
    ("summary", _exists("gen_002", "DONE"), 0.0),
]


def _kill_at(proc, run: Path, marker, delay: float, sig=signal.SIGKILL) -> str | None:
    """Wait for `marker`, then `delay` s, then send `sig`; the phase the run was in, or
    None when the run ended (or had passed the marker) first."""
    while proc.poll() is None and not marker(run):
        time.sleep(POLL)
    end = time.monotonic() + delay
    while proc.poll() is None and time.monotonic() < end:
        time.sleep(POLL)
    if proc.poll() is not None:
        return None
    in_flight = any(run.rglob(".*.tmp"))  # an atomic write under way
    proc.send_signal(sig)
    proc.wait(60)
    return phase(run) + (" (atomic write in flight)" if in_flight else "")


def test_sigkill_at_random_moments_of_every_phase_resumes_to_the_same_files(
        tmp_path, reference):
    rng = random.Random(14)
    run, log = tmp_path / "killed", tmp_path / "killed.log"
    clock = time.monotonic()
    hits = []
    for aim, marker, longest in TARGETS:
        if marker is not _always and marker(run):
            continue  # an earlier kill already got past this phase's start
        proc = _start(run, log)
        delay = rng.uniform(1.0 if marker is _always else 0.0, longest)
        where = _kill_at(proc, run, marker, delay)
        if where is None:
            assert proc.returncode == 0, log.read_text()[-3000:]
            break  # the run finished
        hits.append((aim, where))
    _finish(run, log)
    took = time.monotonic() - clock
    report = "\n".join(f"  aimed at {a:<24} hit {w}" for a, w in hits)
    print(f"\n{len(hits)} SIGKILLs in {took:.0f}s:\n{report}")
    assert len(hits) >= 10, report
    phases = {w.split(" (")[0] for _, w in hits}
    for needed in ("pool building", "base pre-training", "sampling", "training"):
        assert any(needed in p for p in phases), (needed, report)
    assert len(phases) >= 6, report
    assert not list(run.rglob(".*.tmp")) and not list(run.rglob("*.partial.jsonl"))
    _assert_same_run(run, reference)


def _torn_or_temp(run: Path) -> list[str]:
    """Temporary files, and JSONL files whose last line is cut."""
    bad = [str(p) for p in run.rglob(".*.tmp")]
    for p in run.rglob("*.jsonl"):
        text = p.read_bytes()
        if text and not text.endswith(b"\n"):
            bad.append(str(p))
    return bad


@pytest.mark.parametrize("sig,marker,code", [
    (signal.SIGTERM, _exists("gen_000", "samples.partial.jsonl"), 143),
    (signal.SIGINT, _exists("gen_001", "curated.jsonl"), 130),
])
def test_sigint_and_sigterm_stop_cleanly_with_a_resume_hint(tmp_path, reference, sig, marker,
                                                            code):
    run, log = tmp_path / "stopped", tmp_path / "stopped.log"
    # the pool and base model of the same config, so that the run starts at generation 0
    import shutil
    for part in ("tasks", "base"):
        shutil.copytree(reference / part, run / part)
    proc = _start(run, log)
    assert _kill_at(proc, run, marker, 0.05, sig) is not None
    assert proc.returncode == code
    lines = log.read_text().strip().splitlines()
    name = signal.Signals(sig).name
    assert lines[-1].startswith(f"stopped by {name}; nothing half-written is left in {run}; "
                                f"resume with: iterdeploy run {CONFIG} --out {run}"), lines
    assert "Traceback" not in log.read_text()
    assert _torn_or_temp(run) == []
    _finish(run, log)
    _assert_same_run(run, reference)


def test_kill_test_phases_are_read_from_files(tmp_path, reference):
    """The phase reader used above, on a finished run and on a run cut back by hand."""
    assert phase(reference) == "finished"
    assert phase(tmp_path) == "pool building"
    import shutil
    run = tmp_path / "r"
    shutil.copytree(reference, run)
    os.remove(_gen(run, 1) / "DONE")
    os.remove(_gen(run, 1) / "model" / "DONE")
    assert phase(run) == "gen 1 training / model save"
    os.remove(_gen(run, 1) / "eval_samples.jsonl")
    assert phase(run) == "gen 1 held-out sampling + validation"
