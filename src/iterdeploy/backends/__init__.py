"""Model backends behind one small protocol, registered by name.

`BACKENDS` maps a name to "module:Class"; `make_backend` imports the module only when asked,
so `import iterdeploy` never imports torch. Each backend's arguments are a dataclass
(`iterdeploy.backends.args.ARGS`); shared ML pieces (sampler, loss, LoRA) are in `common.py`. A backend is text in / text out:

- `sample(prompts, seeds, params) -> list[Completion]`: one completion per (prompt, seed);
  the caller repeats a prompt k times with k derived seeds. Same seed -> same text.
- `train(examples, out_dir, init=None) -> Path`: fine-tune from the base model (init=None)
  or from the weights at `init`, save to `out_dir`, and sample from the result afterwards.
- `load(path)`: sample from the weights/adapter saved at `path` (None = the base model).
- `base(out_dir, seed) -> dict | None`: a backend that trains its own base model (tiny) trains
  it into out_dir and returns its statistics; one that brings its weights returns None and
  writes nothing. `set_base(path)` then makes the base at `path` the one `train(init=None)`
  starts from and `load(None)` samples.
- `logprobs(prompts, completions) -> list[list[float]]`: per-token log-probabilities of the
  given completions (for the RL baseline and the SFT = REINFORCE check).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from iterdeploy import IterdeployError

BACKENDS: dict[str, str] = {
    "tiny": "iterdeploy.backends.tiny:TinyBackend",
    "hf": "iterdeploy.backends.hf:HFBackend",
    "vllm": "iterdeploy.backends.vllm:VLLMBackend",
    "scripted": "iterdeploy.backends.scripted:ScriptedBackend",
    "replay": "iterdeploy.backends.replay:ReplayBackend",
}

EXTRA_FOR = {"torch": "hf", "transformers": "hf", "peft": "hf", "accelerate": "hf",
             "tokenizers": "hf", "vllm": "vllm"}


@dataclass(frozen=True, kw_only=True)
class SamplingParams:
    """How to sample."""

    temperature: float = 1.0  # 0: greedy
    top_p: float = 1.0  # keep the most likely tokens whose mass reaches top_p
    top_k: int = 0  # keep the k most likely tokens (0: off)
    min_p: float = 0.0  # drop tokens below min_p x the most likely token's probability
    max_new_tokens: int = 256


@dataclass(frozen=True)
class Completion:
    """One sampled text and the number of new tokens it took."""

    text: str
    new_tokens: int
    finished: bool = True  # False when cut at max_new_tokens (or aborted by the engine)


@dataclass(frozen=True)
class Example:
    """A training example: loss on the completion only, scaled by weight.

    Every backend minimises the same objective over a batch (common.completion_loss):
    sum over examples of weight x (sum of the example's completion-token NLLs), divided by
    the number of completion tokens in the batch. So an example's weight multiplies its
    summed log-likelihood gradient, a token of a long completion counts as much as a token of
    a short one, weight 1 everywhere is plain SFT, weight 0 adds tokens but no gradient, and a
    negative weight (an RL advantage) pushes the completion's probability down."""

    prompt: str
    completion: str
    weight: float = 1.0


class Backend(Protocol):
    """What the loop and the RL baseline need from a model."""

    progress: bool  # progress bars while training (the loop sets it)

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> dict | None: ...

    def set_base(self, path: Path) -> None: ...

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]: ...

    def train(self, examples: Sequence[Example], out_dir: Path,
              init: Path | None = None) -> Path: ...

    def load(self, path: Path | None) -> None: ...

    def logprobs(self, prompts: Sequence[str],
                 completions: Sequence[str]) -> list[list[float]]: ...


class MissingDependency(IterdeployError):
    """An optional dependency is not installed; the message has the pip command."""


def require(module: str):
    """Import an optional dependency or fail with the exact install hint."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRA_FOR.get(module.split(".")[0], "hf")
        raise MissingDependency(
            f"{module} is not installed; install it with: pip install 'iterdeploy[{extra}]'"
        ) from exc


def make_backend(name: str, args=None, **kwargs) -> Backend:
    """Instantiate a registered backend from its typed arguments (`args`, a dataclass of
    iterdeploy.backends.args) or from plain keyword arguments, checked the same way."""
    from iterdeploy.backends.args import backend_args

    if name not in BACKENDS:
        raise IterdeployError(f"unknown backend {name!r}; known: {', '.join(BACKENDS)}")
    if args is not None and kwargs:
        raise IterdeployError("make_backend: give args or keyword arguments, not both")
    typed = backend_args(name, args if args is not None else kwargs)
    mod_name, cls_name = BACKENDS[name].split(":")
    return getattr(importlib.import_module(mod_name), cls_name)(typed)
