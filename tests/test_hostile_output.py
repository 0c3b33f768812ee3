"""Hostile model output through the real loop (the replay backend): every text becomes a
status in samples.jsonl, in bounded time and memory, and nothing crashes or hangs."""
import json
import subprocess
import sys
import time

import pytest

from iterdeploy.backends import Completion
from iterdeploy.config import load_config
from iterdeploy.deploy import load_samples
from iterdeploy.loop import run

# (name, text, extractor status, validator status); None: no plan reached the validator
HOSTILE = [
    ("empty", "", "NO_PLAN_FOUND", None),
    ("whitespace", " \t\n\r\n   \n\x0b\x0c", "NO_PLAN_FOUND", None),
    ("5 MB of prose", "the next block goes on the table, " * 150_000, "NO_PLAN_FOUND", None),
    ("200,000 nested parentheses", "(" * 200_000 + ")" * 200_000, "NO_PLAN_FOUND", None),
    ("unicode look-alike names", "```\n(p\u0456ckup b1)\n(st\u0430ck b1 b2)\n```",
     "NO_PLAN_FOUND", None),
    ("fullwidth parentheses", "\uff08pickup b1\uff09\n", "NO_PLAN_FOUND", None),
    ("NUL bytes", "```\n(pickup\x00 b1)\n\x00\x00\n```", "NO_PLAN_FOUND", None),
    ("a 100,000-step plan", "```\n" + "(putdown b1)\n" * 100_000 + "```\n",
     "OK", "PRECONDITION_FALSE"),
    ("a 1 MB argument", "```\n(pickup " + "b" * 1_000_000 + ")\n```", "OK", "UNKNOWN_OBJECT"),
    ("explicit empty plan", "My plan:\n```pddl\n```\n", "EMPTY_PLAN", "GOAL_NOT_REACHED"),
    ("cut off mid-plan", "```\n(pickup b1)\n(stack b1", "TRUNCATED", None),
    ("never-closed <think>", "<think>\nfirst (pickup b1)\n(stack b1 b2)\n",
     "UNTERMINATED_THINK", None),
    ("undefined action", "(teleport b1 b2)\n", "OK", "UNKNOWN_ACTION"),
]

POOL = ("pool.groups=[{domain: blocksworld, vary: {blocks: [2, 3]}, per_size: 4, "
        "eval_per_size: 1}]")


def _config(texts_file, generations=0):
    return ["backend.name=replay", f"backend.args={{file: {texts_file}}}", "prompt_style=full",
            f"generations={generations}", "sampling.k=2", "sampling.eval_k=1",
            "sampling.batch_size=3", "pool.reference=none", POOL]


@pytest.fixture(scope="module")
def texts_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("replay") / "texts.json"
    path.write_text(json.dumps([text for _, text, _, _ in HOSTILE]))
    return path


def test_every_hostile_text_becomes_a_status_through_the_loop(tmp_path, texts_file):
    # 8 pool tasks x 2 samples = 16 >= 13 texts: each text is sampled at least once
    rows = run(load_config(None, _config(texts_file, generations=1)), tmp_path / "r",
               progress=False)
    records = load_samples(tmp_path / "r" / "gen_000" / "samples.jsonl")
    by_text = {r.text: r for r in records}
    assert len(by_text) == len(HOSTILE)
    for name, text, extraction, validation in HOSTILE:
        r = by_text[text]
        assert (r.extraction, r.validation) == (extraction, validation), name
        assert r.status == (validation or extraction)
        assert not r.valid and len(r.reason) <= 300, name
        if extraction == "EMPTY_PLAN":
            assert r.plan == () and r.failed_step is None
        elif extraction == "OK":
            assert r.plan and r.plan_length == len(r.plan)
        else:
            assert r.plan is None and r.plan_length == 0
    # the plan lands on disk as written: 100,000 steps, an empty plan as [] (not null)
    lines = [json.loads(x) for x in
             (tmp_path / "r" / "gen_000" / "samples.jsonl").read_text().splitlines()]
    assert {len(x["plan"]) for x in lines if x["plan"] is not None} >= {0, 1, 100_000}
    assert any(x["plan"] == [] for x in lines)
    assert all(x["status"] == (x["validation"] or x["extraction"]) for x in lines)
    assert rows[0]["valid_ratio"] == 0.0 and rows[0]["curated"] == 0
    assert sum(rows[0]["status_counts"].values()) == 16
    assert rows[0]["status_counts"]["NO_PLAN_FOUND"] >= 7
    # a second generation trained on nothing still runs
    assert rows[1]["generation"] == 1


def test_each_hostile_text_is_recorded_in_bounded_time(tmp_path, texts_file):
    from iterdeploy.backends import SamplingParams
    from iterdeploy.deploy import Deployment
    from iterdeploy.pool import build_pool

    cfg = load_config(None, _config(texts_file))
    tasks = build_pool(cfg.pool.groups, 0, tmp_path / "tasks", reference="none", timeout=1,
                       cache_dir=tmp_path / "cache", progress=False)
    dep = Deployment(tmp_path / "tasks", tasks, seed=0, prompt_style="full",
                     params=SamplingParams(), batch_size=1)
    for name, text, extraction, validation in HOSTILE:
        clock = time.perf_counter()
        r = dep.record(tasks[0], 0, 0, 0, Completion(text, 1))
        took = time.perf_counter() - clock
        assert (r.extraction, r.validation) == (extraction, validation), name
        assert took < 5.0, f"{name}: {took:.1f}s"


# Starts the command and reports (exit code, its peak RSS). A fork of a large process
# (pytest with torch loaded) would count the parent's pages in the child's peak, so the run
# is started from this small process instead.
_PEAK = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:]); "
         "_, status, usage = os.wait4(p.pid, 0); "
         "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)")


def test_hostile_run_stays_within_memory_and_time(tmp_path, texts_file):
    """The whole loop in a child process: wall time and peak memory (max RSS) bounded.
    The texts total about 7.5 MB; samples.jsonl holds each once or twice."""
    import yaml

    from iterdeploy.config import to_dict
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(to_dict(load_config(None, _config(texts_file)))))
    clock = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "iterdeploy.cli",
                          "run", str(cfg), "--out", str(tmp_path / "r"), "-q"],
                         capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - clock
    code, peak = map(int, out.stdout.split())
    assert code == 0, out.stderr
    peak_mb = peak / (1024 if sys.platform != "darwin" else 1024 ** 2)
    print(f"hostile run: {took:.1f}s, peak RSS {peak_mb:.0f} MB")
    assert peak_mb < 400, f"peak RSS {peak_mb:.0f} MB"
    assert took < 120, f"{took:.0f}s"
    assert len(load_samples(tmp_path / "r" / "gen_000" / "samples.jsonl")) == 16
