"""Peak GPU memory of the hf and vllm backends, estimated before anything is loaded.

`iterdeploy run` reads the model's config (config.json: no weights) and the run config, prints
the estimate for training and for sampling, and refuses a config that cannot fit the visible
GPUs, naming the setting to change. The formulas (bytes; b = bytes per weight, 2 in bf16):

- weights: the parameter count P (embeddings, per layer q/k/v/o + gated MLP + norms, output
  layer unless tied) x b;
- LoRA training state: the adapter's parameters (r x (in + out) per target projection) in
  float32 (PEFT keeps adapters in float32) with their gradient and two AdamW moments: 16 B each;
- activations for T = micro_batch_size x max_length tokens: with gradient checkpointing each
  layer's input (L x T x H x b) plus one layer's recomputed activations
  (T x (4 H + 2 (q + 2 kv) + 4 I) x b); without, that last term for every layer;
- the loss: loss_chunk positions of full-vocabulary logits in b, float32 and their float32
  gradient (V x 10 B per position);
- hf sampling: weights, the KV cache of one batch (2 L kv_heads head_dim b per token, at most
  sample_kv_budget_gb) and the prefill's largest activation;
- vllm sampling: vLLM reserves gpu_memory_utilization of each GPU (weights / tensor_parallel
  + KV cache); while the HF model trains vLLM sleeps (its memory is released) unless
  engine.sleep_while_training is off, then both must fit together.

A fixed OVERHEAD per GPU covers the CUDA context and allocator slack. The test suite checks
the parameter, adapter, KV-cache and saved-activation terms against small real models on CPU.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iterdeploy import IterdeployError

GIB = 2**30
OVERHEAD = 1.5 * GIB  # CUDA context, allocator fragmentation, temporary buffers
BYTES = {"bfloat16": 2, "float16": 2, "float32": 4, "auto": 2}


def _get(cfg: Any, name: str, default=None):
    value = cfg.get(name) if isinstance(cfg, dict) else getattr(cfg, name, None)
    return default if value is None else value


@dataclass(frozen=True)
class Shape:
    """What the estimate needs of a decoder-only model config."""

    hidden: int
    layers: int
    intermediate: int
    heads: int
    kv_heads: int
    head_dim: int
    vocab: int
    tied: bool

    @classmethod
    def of(cls, cfg: Any) -> "Shape":
        """From a transformers config object or its config.json mapping."""
        hidden, heads = int(_get(cfg, "hidden_size")), int(_get(cfg, "num_attention_heads"))
        return cls(hidden=hidden, layers=int(_get(cfg, "num_hidden_layers")),
                   intermediate=int(_get(cfg, "intermediate_size")), heads=heads,
                   kv_heads=int(_get(cfg, "num_key_value_heads", heads)),
                   head_dim=int(_get(cfg, "head_dim", hidden // heads)),
                   vocab=int(_get(cfg, "vocab_size")),
                   tied=bool(_get(cfg, "tie_word_embeddings", False)))

    @property
    def q(self) -> int:
        return self.heads * self.head_dim

    @property
    def kv(self) -> int:
        return self.kv_heads * self.head_dim

    def parameters(self, qk_norm: bool = True) -> int:
        """Parameter count (Qwen3/Llama layout; qk_norm: Qwen3's per-head q/k RMSNorms)."""
        h, i = self.hidden, self.intermediate
        layer = h * self.q + 2 * h * self.kv + self.q * h + 3 * h * i + 2 * h
        layer += 2 * self.head_dim if qk_norm else 0
        return self.vocab * h * (1 if self.tied else 2) + self.layers * layer + h

    def projection(self, name: str) -> tuple[int, int]:
        """(in, out) features of a projection module."""
        h, i = self.hidden, self.intermediate
        return {"q_proj": (h, self.q), "k_proj": (h, self.kv), "v_proj": (h, self.kv),
                "o_proj": (self.q, h), "gate_proj": (h, i), "up_proj": (h, i),
                "down_proj": (i, h)}[name]

    def lora_parameters(self, r: int, targets) -> int:
        """Trainable parameters of a LoRA adapter of rank r on the target projections."""
        return self.layers * sum(r * sum(self.projection(t)) for t in targets)


def kv_bytes_per_token(cfg: Any, itemsize: int) -> int:
    """KV-cache bytes of one token: keys and values of every layer."""
    s = Shape.of(cfg)
    return 2 * s.layers * s.kv * itemsize


def checkpointed_activation_bytes(s: Shape, tokens: int, b: int) -> int:
    """Bytes kept for backward with gradient checkpointing: each layer's input."""
    return s.layers * tokens * s.hidden * b


def layer_activation_bytes(s: Shape, tokens: int, b: int) -> int:
    """Bytes one layer keeps for backward (norms, q/k/v, attention output, gated MLP)."""
    return tokens * (4 * s.hidden + 2 * (s.q + 2 * s.kv) + 4 * s.intermediate) * b


@dataclass(frozen=True)
class Estimate:
    """Peak bytes per GPU, with the term that dominates each and the setting that moves it."""

    train: int
    sample: int
    train_parts: dict[str, int]
    sample_parts: dict[str, int]

    def lines(self) -> list[str]:
        """One line for training and one for sampling, with their parts."""
        def fmt(parts):
            return ", ".join(f"{k} {v / GIB:.1f}" for k, v in parts.items())
        return [f"training peak ~{self.train / GIB:.1f} GiB per GPU ({fmt(self.train_parts)})",
                f"sampling peak ~{self.sample / GIB:.1f} GiB per GPU "
                f"({fmt(self.sample_parts)})"]


def estimate(cfg: Any, backend: str, args, max_new_tokens: int, prompt_tokens: int = 2048,
             sample_rows: int | None = None) -> Estimate:
    """Peak GPU memory of training and of sampling for the hf or vllm backend's `args`."""
    s = Shape.of(cfg)
    b = BYTES[args.dtype]
    weights = s.parameters() * b
    adapter = s.lora_parameters(args.lora.r, args.lora.target_modules) * 16
    tokens = args.micro_batch_size * args.max_length
    layer = layer_activation_bytes(s, tokens, b)
    if args.gradient_checkpointing:
        acts = checkpointed_activation_bytes(s, tokens, b) + layer
    else:
        acts = s.layers * layer
    loss = min(args.loss_chunk, tokens) * s.vocab * (b + 8)
    train = {"weights": weights, "adapter+optimizer": adapter, "activations": acts,
             "loss": loss, "overhead": OVERHEAD}
    per_token = kv_bytes_per_token(cfg, b)
    if backend == "vllm":
        total = _gpu_total()
        tp = args.engine.tensor_parallel_size
        reserved = int(args.engine.gpu_memory_utilization * total) if total else \
            weights // tp + per_token * (prompt_tokens + max_new_tokens)
        sample = {"vllm reserved": reserved}  # vLLM's share covers all it allocates
        if not args.engine.sleep_while_training:
            train["vllm reserved"] = reserved
    else:
        rows = sample_rows or args.sample_batch_size
        kv = min(rows * (prompt_tokens + max_new_tokens) * per_token,
                 int(args.sample_kv_budget_gb * GIB))
        rows_fit = max(1, kv // max(1, per_token * (prompt_tokens + max_new_tokens)))
        prefill = rows_fit * prompt_tokens * (2 * s.hidden + 2 * s.intermediate) * b
        sample = {"weights": weights, "kv cache": kv, "prefill": prefill,
                  "overhead": OVERHEAD}
    return Estimate(sum(train.values()), sum(sample.values()), train, sample)


def _gpu_total() -> int:
    """Memory of the smallest visible GPU in bytes (0: none visible or no torch)."""
    try:
        import torch
    except ImportError:
        return 0
    if not torch.cuda.is_available():
        return 0
    return min(torch.cuda.get_device_properties(i).total_memory
               for i in range(torch.cuda.device_count()))


def check_fits(est: Estimate, backend: str, args, gpu_bytes: int) -> None:
    """Refuse an estimate that exceeds `gpu_bytes`, naming the setting to change."""
    if est.train > gpu_bytes:
        if "vllm reserved" in est.train_parts:
            hint = ("set backend.args.engine.sleep_while_training: true or lower "
                    "backend.args.engine.gpu_memory_utilization")
        elif est.train_parts["activations"] >= est.train_parts["weights"]:
            hint = ("lower backend.args.max_length or backend.args.micro_batch_size"
                    + ("" if args.gradient_checkpointing
                       else ", or set backend.args.gradient_checkpointing: true"))
        else:
            hint = "use a smaller model or a GPU with more memory"
        raise IterdeployError(f"training needs ~{est.train / GIB:.1f} GiB per GPU, the GPU "
                              f"has {gpu_bytes / GIB:.1f} GiB: {hint}")
    if est.sample > gpu_bytes:
        hint = ("lower backend.args.engine.gpu_memory_utilization" if backend == "vllm"
                else "lower backend.args.sample_kv_budget_gb")
        raise IterdeployError(f"sampling needs ~{est.sample / GIB:.1f} GiB per GPU, the GPU "
                              f"has {gpu_bytes / GIB:.1f} GiB: {hint}")


def model_config(model: str, trust_remote_code: bool = False):
    """The model's config (config.json only, no weights), or None when it cannot be read
    (a hub id without network access)."""
    try:
        import transformers
        return transformers.AutoConfig.from_pretrained(model,
                                                       trust_remote_code=trust_remote_code)
    except Exception:  # noqa: BLE001 - any failure means: no estimate
        return None


def preflight(backend: str, args, max_new_tokens: int, log) -> Estimate | None:
    """Print the estimate for an hf/vllm run and refuse one that cannot fit the visible
    GPUs; None for other backends or when the model config cannot be read."""
    if backend not in ("hf", "vllm"):
        return None
    cfg = model_config(args.model, args.trust_remote_code)
    if cfg is None:
        log.info("memory estimate: skipped (cannot read the config of %s)", args.model)
        return None
    est = estimate(getattr(cfg, "text_config", cfg), backend, args, max_new_tokens)
    for line in est.lines():
        log.info("memory estimate: %s", line)
    total = _gpu_total()
    if total:
        check_fits(est, backend, args, total)
    else:
        log.info("memory estimate: no GPU visible, not checked against one")
    return est
