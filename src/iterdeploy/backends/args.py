"""Typed arguments of each backend: the `backend.args` section of a run config.

One dataclass per backend (`ARGS`), checked by the config machinery: an unknown key or a value
of the wrong type fails with an error naming the key (`backend.args.finetune.lr`). Their
defaults are the only place where a backend's settings are written: for `tiny` they are the
CPU default experiment (configs/default.yaml is a copy, checked by a test), for `hf` and `vllm`
the paper's LoRA setting. Importing this module imports no torch.

`VLLMArgs` is `HFArgs` (the model, prompts and LoRA training, which the vllm backend does with
an internal hf backend) plus one `engine` section of vLLM-only settings. A config written for
vllm runs with `backend.name=hf`: the hf backend checks the `engine` section like any other
and then ignores it (there is no vLLM engine to configure), saying so in the log.
"""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("iterdeploy")

QWEN3_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
DTYPES = ("auto", "bfloat16", "float16", "float32")


def _error(key: str, message: str):
    from iterdeploy.config import ConfigError
    return ConfigError(f"backend.args.{key}: {message}")


def _at_least(obj, minimum: int | float, *names: str, prefix: str = "") -> None:
    for name in names:
        value = getattr(obj, name)
        if value is not None and value < minimum:
            raise _error(prefix + name, f"must be at least {minimum}, got {value!r}")


@dataclass
class LoraSpec:
    """A LoRA adapter: rank, scale alpha (the update is scaled by alpha / r), dropout on the
    adapter's input, and the projection modules that get one."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: list(QWEN3_TARGETS))

    def __post_init__(self):
        _at_least(self, 1, "r", prefix="lora.")
        if not 0.0 <= self.dropout < 1.0:
            raise _error("lora.dropout", f"must be in [0, 1), got {self.dropout!r}")


# ------------------------------------------------------------------------------ tiny


@dataclass
class TinyModelArgs:
    """The shape of the tiny Llama model (None: transformers' default for LlamaConfig)."""

    hidden_size: int = 128
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    intermediate_size: int = 512
    # 0.1, not the library's 0.02: at this size the small init learned far slower
    # (loss 1.8 against 1.0 after 50 steps, docs/LOG.md 2026-11-23)
    initializer_range: float = 0.1
    # all four attention heads share one key/value head (grouped-query attention, as Qwen3
    # shares one per four): decode attention reads a quarter of the cache, and over three
    # seeds the loop solved more with it than with four (README, Benchmarks)
    num_key_value_heads: int | None = 1
    head_dim: int | None = None
    rms_norm_eps: float | None = None
    rope_theta: float | None = None
    max_position_embeddings: int = 2048


@dataclass
class CorpusGroup:
    """One group of the seed corpus: a domain, size ranges ([lo, hi] or one value), how many
    examples, where their plans come from, and an optional cap on the plan length."""

    domain: str
    sizes: dict[str, int | list[int]]
    n: int
    plans: str = "witness"  # witness | optimal | random-walk
    max_plan_length: int | None = None


@dataclass
class CorpusArgs:
    """The seed corpus the tiny base model is pre-trained on (see iterdeploy.corpus)."""

    name_pool: int = 12
    walk_length: int = 12
    groups: list[CorpusGroup] = field(default_factory=lambda: [
        CorpusGroup("blocksworld", {"blocks": [2, 5]}, 6000),
        CorpusGroup("blocksworld", {"blocks": [6, 8]}, 400)])


@dataclass
class TinyFinetune:
    """AdamW with linear warmup and cosine decay, for each generation's fine-tuning."""

    steps: int = 60
    batch_size: int = 32
    lr: float = 1e-3
    warmup: int = 10
    weight_decay: float = 0.0
    seed: int | None = None  # None: the backend's seed

    def __post_init__(self):
        _at_least(self, 1, "steps", "batch_size", prefix=self._prefix)
        _at_least(self, 0, "warmup", prefix=self._prefix)

    _prefix = "finetune."


@dataclass
class TinyPretrain(TinyFinetune):
    """Pre-training of the tiny base model from scratch on the seed corpus; the whole training
    state is checkpointed every `checkpoint_every` steps (0: never), so a killed run resumes."""

    steps: int = 1400
    batch_size: int = 32
    lr: float = 2e-3
    warmup: int = 20
    weight_decay: float = 0.01
    checkpoint_every: int = 100
    corpus: CorpusArgs = field(default_factory=CorpusArgs)

    _prefix = "pretrain."


@dataclass
class TinyArgs:
    """The tiny from-scratch model: its shape, pre-training, and full or LoRA fine-tuning."""

    threads: int = 2  # torch CPU threads (the default machine has 2 cores)
    mode: str = "full"  # full | lora
    model: TinyModelArgs = field(default_factory=TinyModelArgs)
    pretrain: TinyPretrain = field(default_factory=TinyPretrain)
    finetune: TinyFinetune = field(default_factory=TinyFinetune)
    lora: LoraSpec = field(default_factory=lambda: LoraSpec(r=8, alpha=16, dropout=0.0))
    seed: int = 0
    sample_batch_size: int = 512
    name_max: int = 40  # whole-name tokens stem0..stem<name_max>

    def __post_init__(self):
        if self.mode not in ("full", "lora"):
            raise _error("mode", f"{self.mode!r} is not one of full, lora")
        _at_least(self, 1, "threads", "sample_batch_size")


# ------------------------------------------------------------------------------ hf, vllm


@dataclass
class HFArgs:
    """A Hugging Face causal LM (hub id or local folder), LoRA-tuned with transformers + PEFT.

    `batch_size` examples per optimizer step and device are processed `micro_batch_size` at a
    time (gradient accumulation inside the step); `grad_accum` further steps' worth of
    gradients are summed before each optimizer step, so an optimizer step sees
    batch_size x grad_accum x devices examples. `warmup` < 1 is a fraction of the optimizer
    steps, >= 1 a number of steps. `dtype` "auto" is bfloat16 on a GPU that supports it,
    float32 otherwise. `num_threads` sets torch's CPU threads for the whole process."""

    model: str = "Qwen/Qwen3-4B"
    thinking: bool = False
    system_prompt: str | None = None
    lora: LoraSpec = field(default_factory=LoraSpec)
    learning_rate: float = 1e-4
    epochs: int = 2
    batch_size: int = 4
    micro_batch_size: int = 1
    grad_accum: int = 4
    max_length: int = 4096
    warmup: float = 0.03
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    gradient_checkpointing: bool = True
    loss_chunk: int = 1024  # target positions per chunk of the output layer + softmax
    seed: int = 0
    dtype: str = "auto"
    device: str = "auto"
    attn_implementation: str | None = None
    sample_batch_size: int = 32
    sample_kv_budget_gb: float = 16.0  # bounds rows x (prompt + new tokens) per sampling batch
    trust_remote_code: bool = False
    num_threads: int | None = None
    # > 1: training runs as `accelerate launch --num_processes train_processes` (DDP; FSDP or
    # DeepSpeed through accelerate's config file `accelerate_config`)
    train_processes: int = 1
    accelerate_config: str | None = None

    def __post_init__(self):
        if self.dtype not in DTYPES:
            raise _error("dtype", f"{self.dtype!r} is not one of {', '.join(DTYPES)}")
        _at_least(self, 1, "epochs", "batch_size", "micro_batch_size", "grad_accum",
                  "max_length", "sample_batch_size", "loss_chunk", "num_threads",
                  "train_processes")
        if self.batch_size % self.micro_batch_size:
            raise _error("micro_batch_size", f"{self.micro_batch_size} does not divide "
                         f"batch_size {self.batch_size}")
        if self.sample_kv_budget_gb <= 0:
            raise _error("sample_kv_budget_gb", "must be positive")


@dataclass
class VLLMEngineArgs:
    """vLLM's engine: parallelism, its share of each GPU, sleeping while the HF model trains.

    `data_parallel_size` > 1 starts that many engine processes, one per group of
    `tensor_parallel_size` GPUs, each sampling a shard of the prompts (vLLM itself refuses
    data parallelism inside one offline `LLM`). `extra` holds further `vllm.LLM` keywords."""

    tensor_parallel_size: int = 1
    data_parallel_size: int = 1
    gpu_memory_utilization: float = 0.5
    max_model_len: int | None = None
    enforce_eager: bool = False
    sleep_while_training: bool = True
    release_after_train: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        _at_least(self, 1, "tensor_parallel_size", "data_parallel_size", "max_model_len",
                  prefix="engine.")
        if not 0.0 < self.gpu_memory_utilization <= 1.0:
            raise _error("engine.gpu_memory_utilization",
                         f"must be in (0, 1], got {self.gpu_memory_utilization!r}")


@dataclass
class VLLMArgs(HFArgs):
    """The hf backend's arguments (training, scoring, prompts) plus vLLM's engine settings."""

    engine: VLLMEngineArgs = field(default_factory=VLLMEngineArgs)


# ------------------------------------------------------------------------------ test backends


@dataclass
class ScriptedArgs:
    """The scripted fake model: solves tasks of up to `capability` objects."""

    capability: int = 4
    noise: float = 0.3
    max_states: int = 20_000


@dataclass
class ReplayArgs:
    """The replay fake model: answers with `texts` in turn (or the JSON list in `file`)."""

    texts: list[str] | None = None
    file: str | None = None


ARGS: dict[str, type] = {"tiny": TinyArgs, "hf": HFArgs, "vllm": VLLMArgs,
                         "scripted": ScriptedArgs, "replay": ReplayArgs}


def backend_args(name: str, data: dict | Any | None = None):
    """The typed arguments of backend `name` from a plain mapping (None: all defaults).

    Switching a vllm config to the hf backend keeps working: the `engine` section is checked
    (as vllm's) and then dropped, with a note in the log."""
    from iterdeploy.config import ConfigError, from_dict

    if name not in ARGS:
        raise ConfigError(f"backend.name: {name!r} is not one of {', '.join(ARGS)}")
    cls = ARGS[name]
    if isinstance(data, cls):
        return data
    if dataclasses.is_dataclass(data):
        data = dataclasses.asdict(data)
    data = dict(data or {})
    if name == "hf" and "engine" in data:
        from_dict(VLLMArgs, data, "backend.args")  # a typo in it is still an error
        del data["engine"]
        log.info("backend.args.engine: vLLM engine settings, not used by the hf backend")
    return from_dict(cls, data, "backend.args")
