"""Long-horizon and collapse indicators of one generation, and the milestones of a run.

Pure functions of sample records (`deploy.SampleRecord`) and task metadata, except
`reference_perplexity`, which asks the model. The keys they add to `metrics.json`:

=============================  =============================================================
key                            meaning
=============================  =============================================================
distinct_valid_plans           distinct valid plans per task: the mean, over tasks with at
                               least one valid sample, of the number of different valid
                               plans among the task's samples (1 = every valid sample of a
                               task is the same plan)
first_action_entropy           entropy in bits of the first action's distribution over a
                               task's samples with a non-empty plan (valid or not: it is the
                               model's choice that collapses), averaged over the tasks with
                               at least two such samples; null when there are none
first_action_entropy_norm      the same, each task's entropy divided by log2(n), n its
                               number of such samples: 1 = every sample starts differently,
                               0 = all start with the same action
mean_extracted_plan_length     mean length of every extracted plan (valid or not; samples
                               without a plan left out); `mean_plan_length` is the valid
                               samples' mean
max_best_plan_length           the longest of the per-task shortest valid plans (a padded
                               plan of an easy task cannot raise it, unlike
                               `max_plan_length`)
largest_solved_size            the largest task size (e.g. blocks) with a solved task; per
                               domain in `largest_solved_size_by_domain`
eval_ref_perplexity            perplexity of the held-out tasks' reference plans (the
                               generator's witness plans) under the model: exp of the mean
                               negative log-likelihood per completion token (end token
                               included), tokens of all held-out tasks pooled; null for a
                               backend without log-probabilities
eval_ref_tokens                the number of tokens that perplexity averages
=============================  =============================================================

`milestones(rows)` gives the generation at which the longest valid plan first reaches 1.5 x
and 2 x the base's (generation 0's).
"""
from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from statistics import mean
from typing import Sequence

from iterdeploy.curation import reward
from iterdeploy.deploy import SampleRecord

log = logging.getLogger(__name__)
MILESTONES = (1.5, 2.0)


def entropy_bits(counts: Sequence[int]) -> float:
    """Shannon entropy (bits) of the empirical distribution given by counts."""
    total = sum(counts)
    return -sum(c / total * math.log2(c / total) for c in counts if c) + 0.0


def indicators(samples: Sequence[SampleRecord], tasks: dict) -> dict:
    """The collapse and frontier keys of one generation (table in the module docstring)."""
    valid_plans: dict[str, set] = defaultdict(set)
    best: dict[str, int] = {}
    first: dict[str, Counter] = defaultdict(Counter)
    extracted = []
    for s in samples:
        if s.plan is not None:
            extracted.append(len(s.plan))
        if s.plan:
            first[s.task_id][s.plan[0]] += 1
        if reward(s) > 0:
            valid_plans[s.task_id].add(tuple(s.plan or ()))
            best[s.task_id] = min(best.get(s.task_id, s.plan_length), s.plan_length)
    spread = [(entropy_bits(list(c.values())), sum(c.values())) for c in first.values()
              if sum(c.values()) >= 2]
    largest: dict[str, int] = {}
    for tid in best:
        t = tasks[tid]
        largest[t.domain] = max(largest.get(t.domain, t.size), t.size)
    return {
        "distinct_valid_plans": (mean(len(p) for p in valid_plans.values())
                                 if valid_plans else None),
        "first_action_entropy": mean(h for h, _ in spread) if spread else None,
        "first_action_entropy_norm": mean(h / math.log2(n) for h, n in spread) if spread
        else None,
        "mean_extracted_plan_length": mean(extracted) if extracted else None,
        "max_best_plan_length": max(best.values()) if best else None,
        "largest_solved_size": max(largest.values()) if largest else None,
        "largest_solved_size_by_domain": dict(sorted(largest.items())),
    }


def reference_plans(deployment, held_out: Sequence) -> list[tuple[str, list[str]]]:
    """(task id, plan) for every held-out task whose generator witness (regenerated from
    the task's seed and sizes) is a valid plan of the task on disk; others are left out."""
    from iterdeploy.domains import generate

    out = []
    for t in held_out:
        plan = list(generate(t.domain, t.seed, t.sizes).witness)
        if deployment.validate(t.id, plan).valid:
            out.append((t.id, plan))
        else:  # the generator changed since the task was written
            log.warning("%s: the generator's witness no longer solves it; left out of the "
                        "reference perplexity", t.id)
    return out


def reference_perplexity(backend, deployment, plans: Sequence[tuple[str, list[str]]]) -> dict:
    """eval_ref_perplexity and eval_ref_tokens of the loaded model (null without plans or
    when the backend has no log-probabilities)."""
    none = {"eval_ref_perplexity": None, "eval_ref_tokens": 0}
    if not plans:
        return none
    prompts = [deployment.prompt(tid) for tid, _ in plans]
    targets = [deployment.target(plan) for _, plan in plans]
    try:
        scores = backend.logprobs(prompts, targets)
    except NotImplementedError:
        return none
    tokens = sum(len(s) for s in scores)
    nll = -sum(sum(s) for s in scores)
    return {"eval_ref_perplexity": math.exp(nll / tokens) if tokens else None,
            "eval_ref_tokens": tokens}


def milestones(rows: Sequence[dict]) -> dict:
    """The base's longest valid plan and, per factor in MILESTONES, the first generation
    whose longest valid plan is at least factor x the base's (None: not reached)."""
    base = rows[0].get("max_plan_length") if rows else None
    out: dict = {"base_longest": base}
    for f in MILESTONES:
        out[f"x{f:g}"] = next((m["generation"] for m in rows[1:] if base and
                               (m.get("max_plan_length") or 0) >= f * base), None)
    return out


def milestone_text(rows: Sequence[dict]) -> str:
    """One sentence: when the longest valid plan reached 1.5 x and 2 x the base's."""
    m = milestones(rows)
    if not m["base_longest"]:
        return "the base solved no task, so no plan-length milestone"
    parts = [f"{f:g}x ({f * m['base_longest']:g} steps): "
             + (f"generation {m[f'x{f:g}']}" if m[f"x{f:g}"] is not None else "not reached")
             for f in MILESTONES]
    return f"longest valid plan against the base's {m['base_longest']}: " + "; ".join(parts)
