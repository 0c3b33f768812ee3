"""A finished run's samples judged again by another curation-time validator.

A run records, for every sample, the true validator's verdict and the verdict of the
validator its curation used. To ask what an imperfect validator *would* have let through on
a run curated with the exact one (the control arm of an imperfect-validator experiment),
`rejudge` reads the run's samples, applies the other validator to each (same seed, so the
same false-acceptance coins as a run made with it), curates with it as the loop would, and
computes the same curation metrics a run made with that validator records. Nothing in the
run folder is written.

    iterdeploy rejudge runs/default --set kind=ignore-precondition --set action=stack \\
        --set "atom=(clear ?underob)"
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from tqdm import tqdm

from iterdeploy import IterdeployError, imperfect
from iterdeploy.config import ConfigError, apply_overrides, from_dict, to_dict
from iterdeploy.curation import settled
from iterdeploy.deploy import Deployment, load_samples
from iterdeploy.pool import load_pool
from iterdeploy.refresh import refreshed_pool
from iterdeploy.rundir import gen_dir, is_done


def rejudge(run_dir: str | Path, overrides: list[str], *,
            progress: bool = False) -> list[dict]:
    """Per finished generation of `run_dir`: the curation metrics (accepted_ratio,
    bias_ratio, exploit_rate, curated plan lengths) under the validator that `overrides`
    (keys of curation.validator, e.g. "kind=goal-slack", "m=1") describe, plus
    `exploiting_ratio`, the share of samples it accepts that the true validator rejects."""
    from iterdeploy.config import RunConfig
    from iterdeploy.loop import check_validator, curate, load_run_config, sampling_params

    run_dir = Path(run_dir)
    if not (run_dir / "config.yaml").exists():
        raise IterdeployError(f"{run_dir}: not a run folder (no config.yaml)")
    cfg = load_run_config(run_dir)
    data = to_dict(cfg)
    data["curation"]["validator"] = dataclasses.asdict(type(cfg.curation.validator)())
    try:
        data = apply_overrides(data, [f"curation.validator.{o}" for o in overrides])
        cfg = from_dict(RunConfig, data)
    except ConfigError as exc:
        raise ConfigError(f"--set: {exc}") from None
    if cfg.method != "iterative":
        raise IterdeployError(f"{run_dir}: method {cfg.method} does not curate; rejudge "
                              f"reads iterative-deployment runs")
    check_validator(cfg)
    v = cfg.curation.validator
    tasks = load_pool(run_dir / "tasks")
    held_out = [t for t in tasks if t.split == "eval"]
    deployment = Deployment(run_dir / "tasks", tasks, seed=cfg.seed,
                            prompt_style=cfg.prompt_style, params=sampling_params(cfg),
                            batch_size=cfg.sampling.batch_size,
                            judge=imperfect.make_judge(**dataclasses.asdict(v)))
    finished = 0
    while is_done(gen_dir(run_dir, finished)):
        finished += 1
    if not finished:
        raise IterdeployError(f"{run_dir}: no finished generation to re-judge")
    history, rows = [], []
    for g in tqdm(range(finished), desc="rejudge", unit="generation", disable=not progress):
        if cfg.pool.refresh and g > 0:
            deployment.add(run_dir / "tasks", refreshed_pool(
                cfg.pool.groups, cfg.pool.seed, g, run_dir / "tasks", held_out))
        samples = [deployment.rejudge(r)
                   for r in load_samples(gen_dir(run_dir, g) / "samples.jsonl")]
        if history:
            history[-1] = settled(history[-1])
        history.append(samples)
        curated = curate(cfg, history)
        n = len(samples)
        rows.append({"generation": g,
                     **imperfect.curation_metrics(v.kind, samples, curated, history),
                     "exploiting_ratio": sum(r.accepted and not r.valid for r in samples) / n
                     if n else 0.0,
                     "curated": len(curated)})
    return rows


def table(rows: list[dict]) -> str:
    """The rows as a markdown table (percentages)."""
    def pct(x):
        return "-" if x is None else f"{100 * x:.1f}"
    lines = ["| gen | accepted % | shows the bias % | accepted though invalid % | curated | "
             "exploit rate of the curated set % |", "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['generation']} | {pct(r['accepted_ratio'])} | "
                     f"{pct(r['bias_ratio'])} | {pct(r['exploiting_ratio'])} | "
                     f"{r['curated']} | {pct(r['exploit_rate'])} |")
    return "\n".join(lines)
