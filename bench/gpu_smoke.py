"""GPU smoke test of the hf (and, where installed, vllm) backend at the paper's scale.

    python bench/gpu_smoke.py [--json OUT.json] [--tiny]

No network, no weights: a random-weight model of Qwen3-4B's shape (bench/hf_gpu.py builds it;
`--tiny`: 2 layers, 64 wide, for a CPU in seconds). Checks, each a row of one table:

- adapter layout as vLLM loads it: `adapter_config.json` (peft_type LORA, r, lora_alpha,
  target_modules) and PEFT's tensor names `base_model.model.model.layers.N.<module>.lora_A|B`;
- reloading the saved adapter gives the log-probabilities the trained model gave;
- unloading the adapter leaves the base weights bit-identical;
- a padded batch gives the single-row log-probabilities (bfloat16 tolerance on a GPU);
- on a GPU: peak memory of training at paper scale (2k-token prompt + 12k-token completion,
  with and without gradient checkpointing) and of sampling (32 x 3k prompts + 2k new, 8 x 12k
  new), each against `iterdeploy.memory.estimate`, and memory after `release()`;
- vLLM's own checks (adapter load, sleep/wake keeping the adapter's effect, in-process data
  parallelism refused) are not written: with vLLM installed their row fails saying so.

It prints the table and writes the rows as JSON (--json). Not run yet: no GPU was available
where it was written; `--tiny` runs in the test suite on CPU.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
try:
    import iterdeploy  # noqa: F401
except ImportError:  # a bare checkout copied to a GPU machine: use its src/
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from hf_gpu import QWEN3_4B, TINY, build_model, build_tokenizer, random_text  # noqa: E402

from iterdeploy.backends import Example, SamplingParams  # noqa: E402

LORA_KEY = re.compile(r"^base_model\.model\.model\.layers\.\d+\.(self_attn|mlp)\."
                      r"(q|k|v|o|gate|up|down)_proj\.lora_[AB]\.weight$")


def _digest(model) -> str:
    h = hashlib.sha256()
    for name, p in sorted(model.state_dict().items()):
        if "lora" not in name:
            h.update(name.encode())
            h.update(p.detach().float().cpu().numpy().tobytes())
    return h.hexdigest()


def _close(a, b, tol) -> bool:
    return all(len(x) == len(y) and all(abs(u - v) <= tol for u, v in zip(x, y))
               for x, y in zip(a, b))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument("--json", default=None)
    opts = parser.parse_args(argv)
    import random

    import torch
    from safetensors.torch import load_file

    from iterdeploy import memory
    from iterdeploy.backends.hf import HFBackend

    gpu = torch.cuda.is_available()
    device = "cuda" if gpu else "cpu"
    config = TINY if opts.tiny else QWEN3_4B
    scale = {"train": (24, 24), "sample": [(8, 24, 8), (2, 8, 32)]} if opts.tiny else \
        {"train": (2048, 12288), "sample": [(32, 3072, 2048), (8, 512, 12288)]}
    rows: list[dict] = []

    def row(check, ok, **figures):
        rows.append({"check": check, "ok": ok, **figures})

    tok = build_tokenizer(config["vocab_size"])
    rng = random.Random(0)
    vocab = config["vocab_size"]
    p_len, c_len = scale["train"]
    examples = [Example(random_text(rng, p_len, vocab), random_text(rng, c_len, vocab))
                for _ in range(2)]
    tol = 2e-2 if gpu else 1e-4
    with tempfile.TemporaryDirectory() as tmp:
        model = build_model(config, tok, "auto", device, None)
        backend = HFBackend.from_objects(model, tok, device=device, epochs=1, batch_size=1,
                                         grad_accum=1, warmup=0, max_length=p_len + c_len + 64,
                                         num_threads=1)
        del model
        base_before = _digest(backend._base)
        for checkpointing in (True, False):
            backend.args.gradient_checkpointing = checkpointing
            args = backend.args
            if gpu:
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats()
            clock = time.perf_counter()
            out = Path(tmp) / f"adapter-{checkpointing}"
            try:
                backend.train(examples, out)
                measured = torch.cuda.max_memory_allocated() / 2**30 if gpu else None
                est = memory.estimate(backend._base.config, "hf", args, 0,
                                      prompt_tokens=p_len).train / 2**30
                row(f"train {p_len}+{c_len} tokens, checkpointing {checkpointing}", True,
                    peak_gib=measured and round(measured, 2), estimate_gib=round(est, 2),
                    seconds=round(time.perf_counter() - clock, 1))
            except torch.cuda.OutOfMemoryError:
                row(f"train {p_len}+{c_len} tokens, checkpointing {checkpointing}", False,
                    note="out of memory")
        adapter = Path(tmp) / "adapter-True"
        config_json = json.loads((adapter / "adapter_config.json").read_text())
        keys = list(load_file(adapter / "adapter_model.safetensors"))
        row("adapter layout as vLLM loads it",
            config_json.get("peft_type") == "LORA" and config_json.get("r") == args.lora.r
            and all(LORA_KEY.match(k) for k in keys) and len(keys) > 0, tensors=len(keys))
        prompts = [examples[0].prompt[:200], examples[1].prompt[:100], "w7 w8"]
        comps = [examples[0].completion[:150], examples[1].completion[:50], "w9"]
        backend.load(adapter)
        trained = backend.logprobs(prompts, comps)
        backend.load(None)
        row("base weights unchanged after unloading", _digest(backend._base) == base_before)
        backend.load(adapter)
        row("reloaded adapter gives the same log-probabilities",
            _close(backend.logprobs(prompts, comps), trained, tol))
        single = [backend.logprobs([p], [c])[0] for p, c in zip(prompts, comps)]
        row("padded batch = single rows (log-probabilities)", _close(trained, single, tol))
        for rows_n, prompt_n, new in scale["sample"]:
            if gpu:
                torch.cuda.reset_peak_memory_stats()
            params = SamplingParams(max_new_tokens=new)
            backend.args.sample_batch_size = rows_n
            out = backend.sample([random_text(rng, prompt_n, vocab) for _ in range(rows_n)],
                                 list(range(rows_n)), params)
            est = memory.estimate(backend._base.config, "hf", backend.args, new,
                                  prompt_tokens=prompt_n, sample_rows=rows_n).sample / 2**30
            row(f"sample {rows_n} x {prompt_n} prompt + {new} new", len(out) == rows_n,
                peak_gib=round(torch.cuda.max_memory_allocated() / 2**30, 2) if gpu else None,
                estimate_gib=round(est, 2))
        backend.release()
        if gpu:
            import gc
            gc.collect()
            torch.cuda.empty_cache()
            left = torch.cuda.memory_allocated() / 2**30
            row("memory after release() ~ 0", left < 0.1, left_gib=round(left, 3))
    try:
        import vllm  # noqa: F401
        row("vllm checks", False, note="vLLM installed: its checks are not written yet")
    except ImportError:
        row("vllm checks", True, note="skipped: vllm not installed")
    width = max(len(r["check"]) for r in rows)
    for r in rows:
        extra = ", ".join(f"{k} {v}" for k, v in r.items() if k not in ("check", "ok"))
        print(f"{r['check']:<{width}}  {'ok' if r['ok'] else 'FAIL':4}  {extra}")
    result = {"device": torch.cuda.get_device_name(0) if gpu else "cpu", "tiny": opts.tiny,
              "rows": rows}
    if opts.json:
        Path(opts.json).write_text(json.dumps(result, indent=1))
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
