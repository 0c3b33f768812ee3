"""ML pieces every model backend shares: one sampler, one loss, one LoRA spec, argument checks.

- `pick_tokens`: the next token of each row by inverse-CDF sampling with the row's own uniform
  number, over the temperature-scaled distribution truncated by top-k, top-p and min-p. A row's
  token depends on its logits and its uniform number only, never on the other rows.
- `weighted_loss`: THE training objective of a batch (the meaning of `Example.weight`):

      loss = (1 / B) * sum_i  w_i * (1 / n_i) * sum_t NLL(completion token t of example i)

  B examples in the batch (all of them, whatever their weight), n_i completion tokens of
  example i (its end token included; prompt tokens carry no loss). So each example's weight
  scales its mean completion-token negative log-likelihood: weight 1 everywhere is plain SFT
  with every example counting the same whatever its length, weight 0 adds nothing to the
  gradient (but still counts in B), and a negative weight (an RL advantage) lowers the
  completion's probability. As a policy gradient this is -(1/B) sum_i w_i grad log p(y_i) / n_i:
  REINFORCE with each sequence's log-probability divided by its length (as in GRPO), not the
  textbook sum over tokens.
- `token_nll`: the per-token NLL of target tokens from final hidden states, with the output
  layer and the softmax run over at most `chunk` positions at a time and recomputed in the
  backward pass, so full-vocabulary fp32 logits never exist for all positions at once.
- `lora_config`: a `peft.LoraConfig` from the one LoRA spec (`args.LoraSpec`).

torch is imported by the functions that need it, not on import.
"""
from __future__ import annotations

from typing import Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import SamplingParams

IGNORE = -100  # label of tokens that carry no loss


def check_prompts(prompts: Sequence[str], others: Sequence, what: str = "seeds") -> None:
    """One seed (or completion) per prompt, or an error saying how many of each."""
    if len(prompts) != len(others):
        raise IterdeployError(f"{len(prompts)} prompts but {len(others)} {what}")


def check_sampling(params: SamplingParams) -> None:
    """Sampling settings in their ranges (the error names the setting)."""
    if params.temperature < 0:
        raise IterdeployError(f"sampling.temperature must be >= 0, got {params.temperature}")
    if not 0.0 < params.top_p <= 1.0:
        raise IterdeployError(f"sampling.top_p must be in (0, 1], got {params.top_p}")
    if params.top_k < 0:
        raise IterdeployError(f"sampling.top_k must be >= 0 (0: off), got {params.top_k}")
    if not 0.0 <= params.min_p < 1.0:
        raise IterdeployError(f"sampling.min_p must be in [0, 1), got {params.min_p}")


def row_uniforms(seeds: Sequence[int], steps: int):
    """[rows, steps] uniform numbers, row r from its own generator seeded with seeds[r]."""
    import torch

    return torch.stack([torch.rand(steps, generator=torch.Generator().manual_seed(s % 2**63))
                        for s in seeds])


def pick_tokens(logits, u, params: SamplingParams):
    """Next token of each row: argmax at temperature 0, else inverse-CDF sampling with the
    row's uniform number u in [0, 1) over softmax(logits / temperature), truncated to the
    top_k most likely tokens (0: off), then to the smallest prefix of the most likely tokens
    whose share of the remaining mass reaches top_p (at least one token), then to the tokens
    with at least min_p x the largest probability. The truncated mass is not renormalised:
    the draw is scaled to the kept mass instead (same distribution, no division)."""
    import torch

    if params.temperature <= 0:
        return logits.argmax(-1)
    probs = torch.softmax(logits.float() / params.temperature, -1)
    vocab = probs.size(-1)
    if params.top_p >= 1.0 and params.top_k <= 0 and params.min_p <= 0.0:
        cdf = probs.cumsum(-1)
        return (cdf < u[:, None] * cdf[:, -1:]).sum(-1).clamp(max=vocab - 1)
    sorted_p, order = probs.sort(dim=-1, descending=True, stable=True)
    keep = torch.ones_like(sorted_p, dtype=torch.bool)
    mass = 1.0  # of the tokens top-k keeps
    if 0 < params.top_k < vocab:
        keep[:, params.top_k:] = False
        mass = sorted_p[:, :params.top_k].sum(-1, keepdim=True)
    if params.top_p < 1.0:
        kept = sorted_p * keep
        before = kept.cumsum(-1) - kept  # mass of the more likely kept tokens
        keep &= before < params.top_p * mass
    if params.min_p > 0.0:
        keep &= sorted_p >= params.min_p * sorted_p[:, :1]
    cdf = (sorted_p * keep).cumsum(-1)
    idx = (cdf < u[:, None] * cdf[:, -1:]).sum(-1).clamp(max=vocab - 1)
    return order.gather(1, idx[:, None])[:, 0]


def weighted_loss(per_example, weights, batch_examples: int):
    """(1 / batch_examples) * sum_i weights[i] * per_example[i]: the objective above, for a
    micro-batch that is part of a batch of `batch_examples` examples."""
    return (per_example * weights.to(per_example.dtype)).sum() / batch_examples


def token_nll(head, hidden, targets, chunk: int = 1024):
    """NLL [N] (float32) of `targets` [N] from final hidden states [N, C] through the output
    layer `head`, `chunk` positions at a time; under autograd each chunk's logits are
    recomputed in the backward pass instead of kept."""
    import torch
    import torch.nn.functional as F
    from torch.utils.checkpoint import checkpoint

    def piece(h, t):
        return F.cross_entropy(head(h).float(), t, reduction="none")

    parts = []
    for start in range(0, hidden.shape[0], chunk):
        h, t = hidden[start:start + chunk], targets[start:start + chunk]
        if torch.is_grad_enabled() and h.requires_grad:
            parts.append(checkpoint(piece, h, t, use_reentrant=False))
        else:
            parts.append(piece(h, t))
    return torch.cat(parts) if parts else hidden.new_zeros(0, dtype=torch.float32)


def per_example_mean(nll, rows, n_rows: int):
    """Mean of token values `nll` [N] per example, `rows` [N] giving each token's example."""
    import torch

    total = torch.zeros(n_rows, dtype=nll.dtype, device=nll.device).index_add_(0, rows, nll)
    count = torch.bincount(rows, minlength=n_rows).clamp(min=1).to(nll.dtype)
    return total / count


def lora_config(peft, spec):
    """The `peft.LoraConfig` of a causal LM adapter from an `args.LoraSpec`."""
    return peft.LoraConfig(r=int(spec.r), lora_alpha=spec.alpha, lora_dropout=spec.dropout,
                           target_modules=list(spec.target_modules), task_type="CAUSAL_LM")
