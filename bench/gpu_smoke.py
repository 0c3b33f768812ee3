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
  new), each against `iterdeploy.memory.estimate` (a row fails when the peak exceeds it),
  and memory after `release()`;
- with vLLM installed (or its stand-in, tests/fake_vllm, on the path): the vllm backend
  loads the trained adapter and an amplified copy of it (lora_B x 50) changes its greedy
  samples; sleep (level 1) and wake-up keep the adapter's effect (the same greedy samples);
  `vllm.LLM(data_parallel_size=2)` in one process is refused (a child process, 5 min limit).

It prints the table and writes the rows as JSON (--json). `--tiny` runs in the test suite on
CPU (its vLLM rows against the stand-in).
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


def _amplified(adapter: Path, out: Path, factor: float) -> Path:
    """A copy of the adapter with every lora_B scaled by `factor`: its effect on a random
    model is then large enough to change greedy tokens."""
    import shutil

    from safetensors.torch import load_file, save_file
    shutil.copytree(adapter, out)
    tensors = load_file(adapter / "adapter_model.safetensors")
    save_file({k: v * factor if "lora_B" in k else v for k, v in tensors.items()},
              out / "adapter_model.safetensors")
    return out


def _vllm_checks(row, model_dir: Path, adapter: Path, tmp: Path, rng, vocab: int) -> None:
    """vLLM serving the adapter the hf backend trained: load, effect, sleep/wake, DP refused."""
    import subprocess

    try:
        import vllm  # noqa: F401
    except ImportError:
        row("vllm checks", True, note="skipped: vllm not installed")
        return
    from iterdeploy.backends.vllm import VLLMBackend

    backend = VLLMBackend(model=str(model_dir), engine={
        "gpu_memory_utilization": 0.4, "max_model_len": 4096, "enforce_eager": True})
    prompts = [random_text(rng, 64, vocab) for _ in range(4)]
    greedy = SamplingParams(temperature=0.0, max_new_tokens=16)
    seeds = list(range(len(prompts)))
    try:
        base = [c.text for c in backend.sample(prompts, seeds, greedy)]
        backend.load(adapter)
        trained = [c.text for c in backend.sample(prompts, seeds, greedy)]
        backend.load(_amplified(adapter, tmp / "amplified", 50.0))
        strong = [c.text for c in backend.sample(prompts, seeds, greedy)]
        row("vllm: adapter loads, amplified adapter changes greedy samples",
            len(trained) == len(prompts) and strong != base,
            changed=sum(a != b for a, b in zip(strong, base)), of=len(prompts))
        engine = backend._engine()
        engine.sleep(level=1)
        engine.wake_up()
        again = [c.text for c in backend.sample(prompts, seeds, greedy)]
        row("vllm: sleep/wake keeps the adapter's effect", again == strong,
            same=sum(a == b for a, b in zip(again, strong)), of=len(prompts))
    except Exception as exc:  # a failing engine is a failed row, not a crashed script
        row("vllm: adapter and sleep/wake", False, note=f"{type(exc).__name__}: {exc}"[:300])
    finally:
        backend.close()
        del backend
    code = (f"import vllm; vllm.LLM(model={str(model_dir)!r}, data_parallel_size=2, "
            f"gpu_memory_utilization=0.3, enforce_eager=True)")
    try:
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=300)
        last = (res.stderr.strip().splitlines() or [""])[-1]
        row("vllm: in-process data parallelism refused", res.returncode != 0,
            note=last[:200])
    except subprocess.TimeoutExpired:
        row("vllm: in-process data parallelism refused", False, note="hung for 5 min")


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
        model_dir = Path(tmp) / "model"  # what vLLM serves: the same random weights
        model.save_pretrained(model_dir)
        tok.save_pretrained(model_dir)
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
                # on a GPU the estimate must bound the measured peak
                row(f"train {p_len}+{c_len} tokens, checkpointing {checkpointing}",
                    measured is None or measured <= est,
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
            peak = torch.cuda.max_memory_allocated() / 2**30 if gpu else None
            row(f"sample {rows_n} x {prompt_n} prompt + {new} new",
                len(out) == rows_n and (peak is None or peak <= est),
                peak_gib=peak and round(peak, 2), estimate_gib=round(est, 2))
        backend.release()
        if gpu:
            import gc
            gc.collect()
            torch.cuda.empty_cache()
            left = torch.cuda.memory_allocated() / 2**30
            row("memory after release() ~ 0", left < 0.1, left_gib=round(left, 3))
        _vllm_checks(row, model_dir, adapter, Path(tmp), rng, vocab)
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
