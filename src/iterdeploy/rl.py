"""Explicit RL baselines: REINFORCE and GRPO-style training with the validator as reward.

`method: reinforce | grpo` runs the generation loop of `loop.py` unchanged (deploy, evaluate,
record, the same run-folder files and metrics) and replaces only its curate-and-train phase
by an on-policy policy-gradient update. A "generation" is a fixed budget of samples, k per
pool task, the same budget as a generation of iterative deployment, so `iterdeploy report`
overlays the methods generation by generation. `policy_gradient_set`, readable top to
bottom, is the whole algorithm:

    rewards     r_i = reward(sample_i)                 1 for a valid plan, else 0: the function
                                                       curation and the metrics use
    kl          r_i -= kl * (log pi(y_i) - log pi_base(y_i))          (only when kl > 0)
    advantages  per task, over its k samples of this generation:
                  reinforce  A_i = r_i - b_i   b_i: 0 (baseline none) or the mean reward of
                                               the task's other k-1 samples (baseline loo)
                  grpo       A_i = (r_i - mean_task r) / (std_task r + 1e-4)
    examples    (prompt, the sampled text verbatim, weight A_i) for every A_i != 0
                -> advantages.jsonl (every sample), curated.jsonl (the samples trained on)
  then, in loop.py:
    train       model g+1 = backend.train(examples, init = model g)   the current policy

The update is `backend.train` with `Example.weight` as the advantage: what a backend needs is
that an example's loss is its completion's token NLL times the weight, negative weights
included. Where this differs from textbook REINFORCE (Williams 1992) and GRPO (Shao et al.
2024, DeepSeekMath):

- **Several optimiser steps per batch of samples.** `backend.train` runs the backend's
  fine-tuning schedule (AdamW, `finetune.steps` mini-batch steps, warmup and decay,
  gradient clipping) over the generation's samples: textbook REINFORCE takes one gradient
  step per batch. After the first step the samples are off-policy and nothing corrects
  for it: there is neither an importance ratio nor GRPO's clipped ratio objective (at the
  sampling policy, before any step, the clipped objective's gradient is ours up to the KL
  term).
- **Normalisation is the backend's loss** (`backends.common.weighted_loss`, shared by the
  tiny and hf backends): each completion's token NLL is averaged, multiplied by its weight
  (the advantage) and the sum divided by the number of examples. The per-sequence token mean
  is GRPO's as published, and makes the update REINFORCE with advantage A_i / T_i (a
  preference for short completions, docs/theory.md section 5). The overall scale of the
  advantages matters to the learning rate only as much as AdamW lets it.
- **KL to the base in the reward.** `kl` subtracts a one-sample estimate of the sequence KL,
  kl * (log pi - log pi_base) of the sampled completion, from its reward before the baseline
  (the "KL in the reward" of RLHF), computed once per generation from `backend.logprobs`.
  GRPO instead adds a per-token k3 estimate of the KL to the loss, recomputed every step.
- **No critic, one baseline per task.** REINFORCE's baseline is the leave-one-out mean of the
  task's other samples (unbiased; RLOO); GRPO divides by the group's population standard
  deviation. A group whose rewards are all equal gets advantage 0 and trains on nothing.
- **Verbatim text, always ended.** The example is the text the model wrote (not the
  re-formatted plan iterative deployment trains on); a completion cut at `max_new_tokens`
  is trained on as if it ended there, because the backends append the end token.
- **Training continues the current policy** (`init` = this generation's model), whatever
  `train.init` says: that setting belongs to iterative deployment, which retrains from the
  base.

Iterative deployment is, on-policy, REINFORCE without baseline with the SFT normalisation
(docs/theory.md): `method: reinforce` with `rl.baseline: none` trains on exactly the valid
samples of the generation, weight 1, and differs from the paper's loop only in aggregation,
shortest-plan selection and where training starts.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from statistics import mean, pstdev
from typing import Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import Example
from iterdeploy.curation import reward
from iterdeploy.deploy import SampleRecord, write_samples
from iterdeploy.rundir import read_jsonl, write_jsonl

METHODS = ("iterative", "reinforce", "grpo")
BASELINES = ("none", "loo")
GRPO_EPS = 1e-4  # keeps a group of near-equal rewards (after the KL term) from exploding


@dataclass(frozen=True)
class Scored:
    """One sample's line of advantages.jsonl."""

    task_id: str
    sample: int
    reward: float  # the validator's 0/1, minus the KL term when kl > 0
    log_ratio: float | None  # log pi(y) - log pi_base(y) of the sampled text; None: kl = 0
    advantage: float


def policy_gradient_set(method: str, samples: Sequence[SampleRecord], *, baseline: str,
                        kl: float, log_ratios: Sequence[float] | None) -> list[Scored]:
    """Every sample's reward and advantage under `method` (reinforce or grpo)."""
    rewards = [reward(s) for s in samples]
    if kl > 0:
        rewards = [r - kl * lr for r, lr in zip(rewards, log_ratios)]
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(samples):
        groups.setdefault(s.task_id, []).append(i)
    advantages = [0.0] * len(samples)
    for members in groups.values():
        group = [rewards[i] for i in members]
        for i, a in zip(members, _ADVANTAGE[method](group, baseline)):
            advantages[i] = a
    return [Scored(s.task_id, s.sample, r, None if kl <= 0 else lr, a)
            for s, r, lr, a in zip(samples, rewards, log_ratios or [None] * len(samples),
                                   advantages)]


def _reinforce(group: list[float], baseline: str) -> list[float]:
    """r_i minus the mean reward of the group's other samples (baseline loo), or r_i."""
    if baseline == "none" or len(group) < 2:
        return list(group)
    total = sum(group)
    return [r - (total - r) / (len(group) - 1) for r in group]


def _grpo(group: list[float], baseline: str) -> list[float]:
    """(r_i - group mean) / (group standard deviation + eps)."""
    mu, sd = mean(group), pstdev(group)
    return [(r - mu) / (sd + GRPO_EPS) for r in group]


_ADVANTAGE = {"reinforce": _reinforce, "grpo": _grpo}


def weighted_examples(method: str, rl, deployment, backend, samples: Sequence[SampleRecord],
                      gd: Path, current: Path | None) -> list[Example]:
    """The policy-gradient training set of one generation, written to `gd` (advantages.jsonl,
    curated.jsonl); read back from advantages.jsonl when a resumed run finds it."""
    path = gd / "advantages.jsonl"
    if path.exists():
        scored = [Scored(**row) for row in read_jsonl(path)]
    else:
        ratios = _log_ratios(deployment, backend, samples, current) if rl.kl > 0 else None
        scored = policy_gradient_set(method, samples, baseline=rl.baseline, kl=rl.kl,
                                     log_ratios=ratios)
        write_jsonl(path, [asdict(s) for s in scored])
    by_key = {(s.task_id, s.sample): s for s in samples}
    trained = [(by_key[(s.task_id, s.sample)], s.advantage) for s in scored if s.advantage]
    write_samples(gd / "curated.jsonl", [r for r, _ in trained])
    return [Example(deployment.prompt(r.task_id), r.text, a) for r, a in trained]


def _log_ratios(deployment, backend, samples, current: Path | None) -> list[float]:
    """log pi_current(y) - log pi_base(y) of each sampled text (the backend is left on the
    current model)."""
    prompts = [deployment.prompt(s.task_id) for s in samples]
    texts = [s.text for s in samples]
    try:
        now = [sum(x) for x in backend.logprobs(prompts, texts)]
        backend.load(None)
        base = [sum(x) for x in backend.logprobs(prompts, texts)]
    except NotImplementedError as exc:
        raise IterdeployError(f"rl.kl > 0 needs log-probabilities from the backend: {exc}; "
                              f"set rl.kl=0") from None
    finally:
        backend.load(current)
    return [a - b for a, b in zip(now, base)]
