"""Per-generation metrics, computed only from sample records (`deploy.SampleRecord`) and
task metadata (files)."""
from __future__ import annotations

from collections import Counter
from statistics import mean
from typing import Sequence

from iterdeploy.curation import reward
from iterdeploy.deploy import SampleRecord


def solved_ids(samples: Sequence[SampleRecord]) -> set[str]:
    """Tasks with at least one valid sample."""
    return {s.task_id for s in samples if reward(s) > 0}


def best_known_length(task) -> int | None:
    """The shortest known plan length: the reference planner's or the generator's witness
    (LAMA-first is often longer than the Blocksworld witness)."""
    known = [x for x in (task.ref_length, task.witness_length) if x]
    return min(known) if known else None


def _block(samples: Sequence[SampleRecord], tasks: dict[str, object], prefix: str = "") -> dict:
    solved = solved_ids(samples)
    valid = [s for s in samples if reward(s) > 0]
    lengths = [s.plan_length for s in valid]
    by_domain, by_size = Counter(), Counter()
    for tid in solved:
        t = tasks[tid]
        by_domain[t.domain] += 1
        by_size[f"{t.domain}:{t.size}"] += 1
    # plan length / reference length, best valid plan per solved task
    best: dict[str, int] = {}
    for s in valid:
        best[s.task_id] = min(best.get(s.task_id, 10**9), s.plan_length)
    ratios = [best[t] / best_known_length(tasks[t]) for t in best
              if best_known_length(tasks[t])]
    return {
        f"{prefix}tasks": len({s.task_id for s in samples}),
        f"{prefix}samples": len(samples),
        f"{prefix}solved": len(solved),
        f"{prefix}solved_by_domain": dict(sorted(by_domain.items())),
        f"{prefix}solved_by_size": dict(sorted(by_size.items())),
        f"{prefix}valid_ratio": len(valid) / len(samples) if samples else 0.0,
        f"{prefix}mean_plan_length": mean(lengths) if lengths else None,
        f"{prefix}max_plan_length": max(lengths) if lengths else None,
        f"{prefix}plan_to_ref_ratio": mean(ratios) if ratios else None,
        f"{prefix}status_counts": dict(sorted(Counter(s.status for s in samples).items())),
    }


def generation_metrics(generation: int, tasks: dict[str, object], samples: Sequence[SampleRecord],
                       eval_samples: Sequence[SampleRecord], previous_solved: set[str] | None,
                       curated: int, time_s: dict[str, float]) -> dict:
    """The flat metrics.json object of one generation (keys listed in the README)."""
    m = {"generation": generation, **_block(samples, tasks)}
    solved = solved_ids(samples)
    prev = previous_solved or set()
    m["new_solved"] = len(solved - prev) if previous_solved is not None else len(solved)
    m["forgotten"] = len(prev - solved)
    m["curated"] = curated
    m["tokens"] = sum(s.new_tokens for s in samples)
    m["eval_tokens"] = sum(s.new_tokens for s in eval_samples)
    m.update(_block(eval_samples, tasks, "eval_"))
    m["time_s"] = {k: round(v, 3) for k, v in time_s.items()}
    m["wall_s"] = round(sum(time_s.values()), 3)
    return m


def status_line(m: dict) -> str:
    """One dense line per generation."""
    def f(x):
        return "-" if x is None else (f"{x:.1f}" if isinstance(x, float) else str(x))
    line = (f"gen {m['generation']:>2} | solved {m['solved']:>4}/{m['tasks']:<4} "
            f"(+{f(m['new_solved'])} -{f(m['forgotten'])}) | valid {m['valid_ratio']:.1%} | "
            f"len mean {f(m['mean_plan_length'])} max {f(m['max_plan_length'])} | "
            f"eval {m['eval_solved']}/{m['eval_tasks']} | curated {m['curated']} | "
            f"{m['tokens']} tok | {m['wall_s']:.0f}s")
    if m.get("curation_validator", "exact") != "exact":  # an imperfect curation-time validator
        exploit = m.get("exploit_rate")
        line += f" | {m['curation_validator']}: exploit {'-' if exploit is None else f'{exploit:.1%}'}"
    return line


def table(rows: Sequence[SampleRecord]) -> str:
    """The per-generation table printed at the end of a run (Markdown)."""
    head = ("| gen | solved | new | forgotten | valid % | mean len | max len | eval solved "
            "| curated | wall s |")
    lines = [head, "|" + "---|" * 10]
    for m in rows:
        def f(x):
            return "–" if x is None else (f"{x:.2f}" if isinstance(x, float) else str(x))
        lines.append(f"| {m['generation']} | {m['solved']}/{m['tasks']} | {f(m['new_solved'])} | "
                     f"{f(m['forgotten'])} | {100 * m['valid_ratio']:.1f} | "
                     f"{f(m['mean_plan_length'])} | {f(m['max_plan_length'])} | "
                     f"{m['eval_solved']}/{m['eval_tasks']} | {m['curated']} | "
                     f"{m['wall_s']:.0f} |")
    return "\n".join(lines)


def headline(rows: Sequence[SampleRecord], base_s: float = 0.0) -> str:
    """The paper's two effects, first generation against last, and the run's compute time."""
    first, last = rows[0], rows[-1]

    def ratio(a, b):
        return f"x{b / a:.2f}" if a else "n/a"
    seconds = base_s + sum(m["wall_s"] for m in rows)
    return (f"solved {first['solved']} -> {last['solved']} ({ratio(first['solved'], last['solved'])}); "
            f"longest valid plan {first['max_plan_length'] or 0} -> {last['max_plan_length'] or 0} "
            f"({ratio(first['max_plan_length'] or 0, last['max_plan_length'] or 0)}); "
            f"held-out solved {first['eval_solved']} -> {last['eval_solved']}; "
            f"time {seconds / 60:.1f} min (base pre-training {base_s / 60:.1f} min)")
