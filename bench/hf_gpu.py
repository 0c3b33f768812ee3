"""Throughput of the hf backend on a randomly initialised model of Qwen3-4B's architecture.

    python bench/hf_gpu.py [--json] [--tiny] [--batch-sizes 1,32] [--new-tokens 256] ...

No weights are downloaded: the model is built from a `Qwen3Config` with Qwen3-4B's shape
(36 layers, hidden 2560, 32 query / 8 key-value heads of 128, FFN 9728, vocabulary 151,936,
tied embeddings, RoPE theta 1e6; ~4.0 B parameters) and random weights, in bfloat16 on CUDA,
and a word-level tokenizer of the same vocabulary size is built in code (Qwen3's special
tokens at Qwen3's ids). Throughput does not depend on the weights' values, except that a
random model almost never writes the end-of-turn token, so every row runs to --new-tokens.

Measured through `HFBackend` exactly as the loop calls it:
- `train`: LoRA (r=16 on q,k,v,o,gate,up,down by default), one epoch over --train-examples
  examples of --train-prompt-tokens + --train-completion-tokens tokens; tokens/s counts every
  non-padding input token (prompt and completion) over the whole `train` call (tokenizing,
  adapter set-up and saving included), from the backend's `train_stats.json`;
- `sample`: --new-tokens new tokens per row at temperature 1, at each --batch-sizes batch
  size (one `sample` call of that many prompts, `sample_batch_size` = that size); tokens/s
  counts new tokens.
Each measurement follows a small warm-up call. `--tiny` uses a 2-layer, 64-wide model with a
512-word vocabulary so that the script runs on a CPU in seconds (for tests, not a benchmark).
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

try:
    import iterdeploy  # noqa: F401
except ImportError:  # a bare checkout (e.g. copied to a GPU machine): use its src/
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from iterdeploy.backends import Example, SamplingParams  # noqa: E402
from iterdeploy.backends._textgen import QWEN3_SPECIAL_IDS, word_tokenizer  # noqa: E402

# Qwen/Qwen3-4B config.json (the released hybrid-thinking model)
QWEN3_4B = dict(vocab_size=151936, hidden_size=2560, intermediate_size=9728,
                num_hidden_layers=36, num_attention_heads=32, num_key_value_heads=8,
                head_dim=128, hidden_act="silu", max_position_embeddings=40960,
                rms_norm_eps=1e-6, rope_theta=1_000_000.0, tie_word_embeddings=True,
                attention_bias=False, bos_token_id=151643, eos_token_id=151645)
TINY = dict(vocab_size=512, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
            num_attention_heads=4, num_key_value_heads=2, head_dim=16, hidden_act="silu",
            max_position_embeddings=2048, rms_norm_eps=1e-6, rope_theta=1_000_000.0,
            tie_word_embeddings=True, attention_bias=False)

# workload defaults: (full, tiny)
DEFAULTS = {"batch_sizes": ("1,32", "1,8"), "prompt_tokens": (512, 24), "new_tokens": (256, 16),
            "train_examples": (64, 8), "train_prompt_tokens": (512, 24),
            "train_completion_tokens": (512, 24), "train_batch_size": (4, 4)}


def build_tokenizer(vocab_size: int):
    """Words w0, w1, ... and Qwen3's special tokens (at Qwen3's ids when the vocab is big)."""
    if vocab_size > max(QWEN3_SPECIAL_IDS.values()):
        at = {i: w for w, i in QWEN3_SPECIAL_IDS.items()}
    else:
        at = dict(enumerate(QWEN3_SPECIAL_IDS))
    return word_tokenizer([at.get(i, f"w{i}") for i in range(vocab_size)])


def build_model(config: dict, tokenizer, dtype: str, device: str, attn: str | None):
    """A randomly initialised Qwen3ForCausalLM, created directly on the device."""
    import torch
    from transformers import AutoModelForCausalLM, Qwen3Config

    cfg = Qwen3Config(**{**config, "eos_token_id": tokenizer.eos_token_id,
                         "pad_token_id": tokenizer.pad_token_id})
    if dtype == "auto":
        dtype = "bfloat16" if device.startswith("cuda") else "float32"
    kwargs = {"dtype": getattr(torch, dtype)}
    if attn:
        kwargs["attn_implementation"] = attn
    torch.manual_seed(0)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(cfg, **kwargs)
    return model.eval()


def random_text(rng: random.Random, n: int, vocab_size: int) -> str:
    """n words of the built tokenizer (n tokens), none of them special."""
    specials = set(QWEN3_SPECIAL_IDS.values()) | set(range(len(QWEN3_SPECIAL_IDS)))
    words = []
    while len(words) < n:
        i = rng.randrange(vocab_size)
        if i not in specials:
            words.append(f"w{i}")
    return " ".join(words)


def _sync(torch):
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def _peak_gib(torch):
    if not torch.cuda.is_available():
        return None
    return round(torch.cuda.max_memory_allocated() / 2**30, 2)


def run(args) -> dict:
    import torch
    import transformers

    from iterdeploy.backends.hf import HFBackend

    tiny = args.tiny
    config = TINY if tiny else QWEN3_4B
    device = args.device
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    if not tiny and not device.startswith("cuda"):
        print("warning: a 4B model on the CPU will take very long; use --tiny", file=sys.stderr)
    t0 = time.perf_counter()
    tok = build_tokenizer(config["vocab_size"])
    model = build_model(config, tok, args.dtype, device, args.attn)
    build_s = time.perf_counter() - t0
    backend = HFBackend.from_objects(
        model, tok, device=device, lora={"r": args.lora_r, "alpha": 2 * args.lora_r},
        epochs=1, batch_size=args.train_batch_size, grad_accum=1, warmup=0,
        max_length=args.train_prompt_tokens + args.train_completion_tokens + 64,
        gradient_checkpointing=args.gradient_checkpointing, num_threads=args.threads)
    vocab = config["vocab_size"]
    rng = random.Random(0)
    results = []

    def record(what, batch, tokens, seconds, **extra):
        results.append({"what": what, "batch": batch, "tokens": tokens,
                        "seconds": round(seconds, 3),
                        "tokens_per_s": round(tokens / seconds, 1) if seconds > 0 else None,
                        "peak_mem_gib": _peak_gib(torch), **extra})

    with tempfile.TemporaryDirectory() as tmp:
        # training
        examples = [Example(random_text(rng, args.train_prompt_tokens, vocab),
                            random_text(rng, args.train_completion_tokens, vocab))
                    for _ in range(args.train_examples)]
        backend.train(examples[:args.train_batch_size], Path(tmp) / "warmup")
        if torch.cuda.is_available():
            torch.cuda.reset_peak_memory_stats()
        _sync(torch)
        out = backend.train(examples, Path(tmp) / "adapter")
        _sync(torch)
        stats = json.loads((out / "train_stats.json").read_text())
        record("train", args.train_batch_size, stats["input_tokens"], stats["time_s"],
               target_tokens=stats["target_tokens"], steps=stats["steps"],
               final_loss=round(stats["loss"][-1], 4))
        # sampling, with the trained adapter active (as in every generation after the first)
        for batch in [int(b) for b in args.batch_sizes.split(",")]:
            backend.sample_batch_size = batch
            prompts = [random_text(rng, args.prompt_tokens, vocab) for _ in range(batch)]
            backend.sample(prompts[:1], [0], SamplingParams(max_new_tokens=4))  # warm-up
            if torch.cuda.is_available():
                torch.cuda.reset_peak_memory_stats()
            _sync(torch)
            start = time.perf_counter()
            done = backend.sample(prompts, list(range(batch)),
                                  SamplingParams(temperature=1.0, max_new_tokens=args.new_tokens))
            _sync(torch)
            seconds = time.perf_counter() - start
            record("sample", batch, sum(c.new_tokens for c in done), seconds,
                   prompt_tokens=args.prompt_tokens)

    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return {
        "model": "tiny Qwen3" if tiny else "Qwen3-4B architecture, random weights",
        "parameters": sum(p.numel() for p in backend._base.parameters()),
        "config": config, "device": device, "gpu": gpu, "dtype": str(backend._base.dtype),
        "attn_implementation": backend._base.config._attn_implementation,
        "lora_r": args.lora_r, "gradient_checkpointing": args.gradient_checkpointing,
        "threads": torch.get_num_threads(), "build_s": round(build_s, 2),
        "torch": torch.__version__, "transformers": transformers.__version__,
        "python": platform.python_version(), "results": results,
    }


def table(report: dict) -> str:
    lines = [f"{report['model']}: {report['parameters'] / 1e6:,.1f} M parameters, "
             f"{report['dtype']}, {report['device']} {report['gpu'] or ''}".rstrip(),
             f"{'what':<7} {'batch':>5} {'tokens':>8} {'seconds':>8} {'tokens/s':>10} "
             f"{'peak GiB':>9}"]
    for r in report["results"]:
        peak = "-" if r["peak_mem_gib"] is None else f"{r['peak_mem_gib']:.2f}"
        lines.append(f"{r['what']:<7} {r['batch']:>5} {r['tokens']:>8} {r['seconds']:>8.2f} "
                     f"{r['tokens_per_s'] or 0:>10.1f} {peak:>9}")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--tiny", action="store_true", help="a small model (runs on a CPU)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--device", default="auto")
    p.add_argument("--dtype", default="auto", choices=["auto", "bfloat16", "float16", "float32"])
    p.add_argument("--attn", default=None, help="attn_implementation (default: transformers')")
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--gradient-checkpointing", action="store_true")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    for key in DEFAULTS:
        p.add_argument("--" + key.replace("_", "-"), type=str if key == "batch_sizes" else int,
                       default=None)
    args = p.parse_args(argv)
    for key, (full, tiny) in DEFAULTS.items():
        if getattr(args, key) is None:
            setattr(args, key, tiny if args.tiny else full)
    report = run(args)
    print(json.dumps(report, indent=1) if args.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
