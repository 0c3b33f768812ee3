"""THE iterative deployment loop (arXiv 2512.24940), readable top to bottom in `_run`.

    tasks    build the pool: generated tasks and reference plans -> tasks/
    base     the backend's base model: the tiny one is pre-trained here once -> base/
             (hf and vllm bring their weights)
    for each generation g = 0 .. G (one with DONE is read back, not redone):
        (pool.refresh: g >= 1 is deployed on new tasks -> tasks/refresh/gen_NNN.jsonl)
        deploy   sample k traces per pool task from model g (g = 0: the base model),
                 find and validate each trace's plan -> samples.jsonl
        evaluate the same on the held-out set -> eval_samples.jsonl, and score the held-out
                 tasks' reference plans (perplexity, a collapse indicator)
        curate   valid traces of generations <= g, shortest plan per task -> curated.jsonl
                 (`curation.validator`: "valid" as an imperfect validator sees it,
                 `imperfect`; metrics.json adds the exploit rate)
                 (method reinforce | grpo: every sample weighted by its advantage,
                 `rl.weighted_examples` -> advantages.jsonl, curated.jsonl)
        train    model g+1 fine-tuned FROM THE BASE on the curated set -> model/, model/DONE
                 (reinforce | grpo: from model g, the current policy)
        record   metrics.json, then DONE
    summary.json

Every phase reads and writes files in the run folder, so a killed run resumes at the first
phase without its output and produces the same files as an uninterrupted run (what exactly
is guaranteed, and how it is tested: docs/RELIABILITY.md). Sampling and validation live in
`deploy.py`; this module keeps only the phases.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

import yaml

from iterdeploy import IterdeployError, collapse, imperfect, prompts, rl, tblog
from iterdeploy.backends import Example, SamplingParams, make_backend
from iterdeploy.config import RunConfig, from_dict, to_dict, upgrade
from iterdeploy.curation import CURATION, settled
from iterdeploy.deploy import Deployment, SampleRecord, load_samples, write_samples
from iterdeploy.memory import preflight
from iterdeploy.metrics import generation_metrics, headline, solved_ids, status_line, table
from iterdeploy.pool import build_pool
from iterdeploy.refresh import refreshed_pool
from iterdeploy.rundir import (atomic_write_json, atomic_write_text, exclusive, gen_dir, is_done,
                               mark_done, provenance, remove_stale_temps)
from iterdeploy.seeding import derive_seed

log = logging.getLogger("iterdeploy")


class ConfigMismatch(IterdeployError):
    """The run folder was made with another config."""


def run(cfg: RunConfig, out: str | Path, *, force_config: bool = False,
        progress: bool = True) -> list[dict]:
    """Run (or resume) an experiment in folder `out`; returns the per-generation metrics."""
    out = Path(out)
    check_config(cfg)
    # before any weights are loaded: print the GPU memory estimate, refuse what cannot fit
    preflight(cfg.backend.name, cfg.backend.args, cfg.sampling.max_new_tokens, log)
    with exclusive(out):
        for path in remove_stale_temps(out):
            log.info("removed %s, left by a killed run", path)
        return _run(cfg, out, force_config, progress)


def _run(cfg: RunConfig, out: Path, force_config: bool, progress: bool) -> list[dict]:
    _check_or_write_config(cfg, out, force_config)
    tasks = build_pool(cfg.pool.groups, cfg.pool.seed, out / "tasks",
                       reference=cfg.pool.reference, timeout=cfg.pool.reference_timeout,
                       cache_dir=Path.home() / ".cache" / "iterdeploy" / "plans",
                       progress=progress)
    pool = [t for t in tasks if t.split == "pool"]
    held_out = [t for t in tasks if t.split == "eval"]
    deployment = Deployment(out / "tasks", tasks, seed=cfg.seed, prompt_style=cfg.prompt_style,
                            params=sampling_params(cfg),
                            batch_size=cfg.sampling.batch_size,
                            judge=imperfect.make_judge(**to_dict(cfg.curation.validator)))
    backend = make_backend(cfg.backend.name, cfg.backend.args)
    backend.progress = progress
    base = ensure_base(backend, out / "base", derive_seed(cfg.seed, "corpus"), cfg.prompt_style)
    references = collapse.reference_plans(deployment, held_out)

    history: list[list[SampleRecord]] = []
    rows: list[dict] = []
    previous_solved: set[str] | None = None
    for g in range(cfg.generations + 1):
        gd = gen_dir(out, g)
        if cfg.pool.refresh and g > 0:
            pool = refreshed_pool(cfg.pool.groups, cfg.pool.seed, g, out / "tasks", held_out)
            deployment.add(out / "tasks", pool)
        if history:  # from here on the previous generation only adds its settled records
            history[-1] = settled(history[-1])
        if is_done(gd):
            history.append(load_samples(gd / "samples.jsonl"))
            rows.append(_read_json(gd / "metrics.json"))
            previous_solved = solved_ids(history[-1])
            if g < cfg.generations and not is_done(gd / "model"):
                rows[-1] = _extend(cfg, deployment, backend, history, gd,
                                   base if g == 0 else gen_dir(out, g - 1) / "model")
            continue
        times: dict[str, float] = {}
        model = base if g == 0 else gen_dir(out, g - 1) / "model"
        backend.load(model)

        clock = time.perf_counter()
        samples = deployment.deploy(backend, pool, g, cfg.sampling.k, gd / "samples.jsonl",
                                    progress)
        times["deploy"] = time.perf_counter() - clock

        clock = time.perf_counter()
        eval_samples = deployment.deploy(backend, held_out, g, cfg.sampling.eval_k,
                                         gd / "eval_samples.jsonl", progress)
        times["eval"] = time.perf_counter() - clock

        clock = time.perf_counter()
        perplexity = collapse.reference_perplexity(backend, deployment, references)
        times["perplexity"] = time.perf_counter() - clock

        history.append(samples)
        examples = training_set(cfg, deployment, backend, history, gd, model)

        times["train"] = 0.0
        if g < cfg.generations and not is_done(gd / "model"):
            times["train"] = train_next(cfg, backend, examples, gd, model)

        metrics = generation_metrics(g, deployment.by_id, samples, eval_samples,
                                     previous_solved, len(examples), times)
        metrics.update(collapse.indicators(samples, deployment.by_id), **perplexity)
        if cfg.pool.refresh and g > 0:  # other tasks than the previous generation's
            metrics.update(new_solved=None, forgotten=None)
        if cfg.method == "iterative":
            metrics.update(imperfect.curation_metrics(
                cfg.curation.validator.kind, samples, load_samples(gd / "curated.jsonl"),
                history))
        atomic_write_json(gd / "metrics.json", metrics)
        mark_done(gd)
        log.info(status_line(metrics))
        if cfg.log.tensorboard:
            tblog.write_generation(out / "tensorboard", metrics)
        rows.append(metrics)
        previous_solved = solved_ids(samples)

    atomic_write_json(out / "summary.json", rows)
    base_s = _read_json(out / "base" / "metrics.json")["wall_s"] if base else 0.0
    log.info("per-generation results:\n%s\n%s\n%s", table(rows), headline(rows, base_s),
             collapse.milestone_text(rows))
    return rows


def _extend(cfg: RunConfig, deployment: Deployment, backend, history, gd: Path,
            model: Path | None) -> dict:
    """Generation `gd` was the last one of the run's earlier config, so it trained no model;
    the run now has more generations: train the next model from it as the loop would have,
    and add the training time to its metrics.json."""
    log.info("%s: the run now has %d generations; training the model this generation "
             "did not need before", gd.name, cfg.generations)
    backend.load(model)
    examples = training_set(cfg, deployment, backend, history, gd, model)
    seconds = train_next(cfg, backend, examples, gd, model)
    metrics = _read_json(gd / "metrics.json")
    metrics["time_s"]["train"] = round(seconds, 3)
    metrics["wall_s"] = round(sum(metrics["time_s"].values()), 3)
    atomic_write_json(gd / "metrics.json", metrics)
    return metrics


def train_next(cfg: RunConfig, backend, examples: list[Example], gd: Path,
               model: Path | None) -> float:
    """Train model g+1 into gd/model (from the base, or from model g for train.init previous
    and the RL methods) and mark it done; returns the seconds it took."""
    clock = time.perf_counter()
    retrain = cfg.method == "iterative" and cfg.train.init == "base"
    backend.train(examples, gd / "model", init=None if retrain else model)
    mark_done(gd / "model")
    return time.perf_counter() - clock


def curate(cfg: RunConfig, history) -> list[SampleRecord]:
    """The curated set of iterative deployment after the generations in `history`: the
    policy's traces among those the curation-time validator accepted, shortest plan per
    task (longest for the prefer-longest validator)."""
    prefer = "longest" if cfg.curation.validator.kind == "prefer-longest" else "shortest"
    return CURATION[cfg.curation.policy](history, prefer)


def training_set(cfg: RunConfig, deployment: Deployment, backend, history, gd: Path,
                 current: Path | None) -> list[Example]:
    """The next model's training examples, written to `gd`: the curated traces (iterative
    deployment) or every sample of this generation weighted by its advantage (RL)."""
    if cfg.method != "iterative":
        return rl.weighted_examples(cfg.method, cfg.rl, deployment, backend, history[-1], gd,
                                    current)
    curated = curate(cfg, history)
    write_samples(gd / "curated.jsonl", curated)
    return [deployment.example(r) for r in curated]


def sampling_params(cfg: RunConfig) -> SamplingParams:
    """The run config's sampling section as the backends' SamplingParams."""
    sc = cfg.sampling
    return SamplingParams(temperature=sc.temperature, top_p=sc.top_p, top_k=sc.top_k,
                          min_p=sc.min_p, max_new_tokens=sc.max_new_tokens)


def ensure_base(backend, base_dir: Path, seed: int, prompt_style: str = "compact") -> Path | None:
    """The base model: trained into base_dir once by a backend that trains its own (tiny, on
    prompts of `prompt_style`), else the backend's own weights (None, nothing written)."""
    if not is_done(base_dir):
        clock = time.perf_counter()
        stats = backend.base(base_dir, seed, prompt_style=prompt_style)
        if stats is None:
            return None
        atomic_write_json(base_dir / "metrics.json",
                          {"wall_s": round(time.perf_counter() - clock, 3),
                           **{k: v for k, v in stats.items() if k != "loss"}})
        mark_done(base_dir)
    backend.set_base(base_dir)
    return base_dir


def check_config(cfg: RunConfig) -> None:
    """Values that the types alone do not pin down."""
    from iterdeploy.backends import BACKENDS
    from iterdeploy.domains import get_spec, resolve_sizes
    from iterdeploy.pool import expand_sizes

    choices = {"method": (cfg.method, rl.METHODS),
               "rl.baseline": (cfg.rl.baseline, rl.BASELINES),
               "curation.policy": (cfg.curation.policy, CURATION),
               "train.init": (cfg.train.init, ("base", "previous")),
               "prompt_style": (cfg.prompt_style, prompts.STYLES),
               "backend.name": (cfg.backend.name, BACKENDS),
               "pool.reference": (cfg.pool.reference, ("lama-first", "optimal", "none"))}
    for key, (value, allowed) in choices.items():
        if value not in allowed:
            raise IterdeployError(f"{key}: {value!r} is not one of {', '.join(allowed)}")
    for key in ("generations", "sampling.k", "sampling.batch_size", "sampling.max_new_tokens"):
        obj = cfg
        for part in key.split("."):
            obj = getattr(obj, part)
        if obj < (0 if key == "generations" else 1):
            raise IterdeployError(f"{key}: must be positive, got {obj}")
    if cfg.rl.kl < 0:
        raise IterdeployError(f"rl.kl: must be >= 0, got {cfg.rl.kl}")
    if cfg.backend.name == "tiny" and cfg.prompt_style not in prompts.COMPACT_STYLES:
        raise IterdeployError(f"prompt_style: {cfg.prompt_style!r} is for LLMs; the tiny "
                              f"backend reads {prompts.COMPACT_STYLES_TEXT} prompts")
    from iterdeploy.backends.common import check_sampling
    check_sampling(sampling_params(cfg))
    if cfg.log.tensorboard:
        tblog.require()
    for i, g in enumerate(cfg.pool.groups):
        get_spec(g.domain)
        for sizes in expand_sizes(g.vary, g.fixed):
            resolve_sizes(g.domain, sizes)
    check_validator(cfg)


def check_validator(cfg: RunConfig) -> None:
    """The curation-time validator: its settings, and the loop settings it needs."""
    from iterdeploy.domains import get_spec
    from iterdeploy.planning.pddl import parse_domain

    v = cfg.curation.validator
    domains = {g.domain: parse_domain(get_spec(g.domain).domain_text())
               for g in cfg.pool.groups}
    imperfect.check(v.kind, action=v.action, atom=v.atom, m=v.m, p=v.p, domains=domains)
    if v.kind != "exact" and cfg.method != "iterative":
        raise IterdeployError(f"curation.validator.kind: {v.kind} is for method iterative "
                              f"(curation); method {cfg.method} rewards the true validator")
    if v.kind == "prefer-longest" and cfg.curation.policy not in ("paper", "latest"):
        raise IterdeployError(f"curation.validator.kind: prefer-longest picks one plan per "
                              f"task, so curation.policy must be paper or latest, not "
                              f"{cfg.curation.policy}")


def _read_json(path: Path) -> dict:
    import json
    return json.loads(path.read_text())


def _check_or_write_config(cfg: RunConfig, out: Path, force: bool) -> None:
    """Write RUN/config.yaml, or refuse to resume a folder made with another config."""
    path = out / "config.yaml"
    resolved = to_dict(cfg)
    if path.exists():
        on_disk = yaml.safe_load(path.read_text()) or {}
        old = _normalised(on_disk.get("config", {}), path, force)
        # `log` settings never change results: a run may be resumed with others (and
        # folders written before a setting existed stay resumable)
        old = {**old, "log": resolved["log"]}
        # folders written before the RL baselines existed are iterative-deployment runs
        defaults = to_dict(RunConfig())
        old = {"method": defaults["method"], "rl": defaults["rl"], **old}
        if {**old, "generations": resolved["generations"]} == resolved != old:
            # more (or fewer) generations of the same experiment: the finished ones stand
            log.info("%s: generations %s -> %s", path, old["generations"],
                     resolved["generations"])
        elif old != resolved and not force:
            diff = _diff(old, resolved)
            raise ConfigMismatch(
                f"{path}: this run folder was made with a different config "
                f"({'; '.join(diff[:5])}). Use another --out, or --force-config to continue "
                f"with the new one.")
        if old == resolved:
            return
    doc = {"config": resolved, "provenance": provenance()}
    atomic_write_text(path, yaml.safe_dump(doc, sort_keys=False))


def _normalised(old: dict, path: Path, force: bool) -> dict:
    """A run folder's config in today's layout with today's defaults filled in, so that a
    folder written by an earlier version resumes when it describes the same experiment."""
    try:
        return to_dict(from_dict(RunConfig, upgrade(old)))
    except IterdeployError as exc:
        if force:
            return old
        raise ConfigMismatch(
            f"{path}: this run folder's config cannot be read by this version of iterdeploy "
            f"({exc}). Use another --out, or --force-config to continue with the new "
            f"config.") from None


def _diff(a, b, prefix="") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            out += _diff(a.get(k), b.get(k), f"{prefix}{k}.")
        return out
    return [] if a == b else [f"{prefix.rstrip('.')}: {a!r} -> {b!r}"]


def load_run_config(out: Path) -> RunConfig:
    """The config a run folder was made with."""
    data = yaml.safe_load((Path(out) / "config.yaml").read_text())
    return from_dict(RunConfig, upgrade(data["config"]))
