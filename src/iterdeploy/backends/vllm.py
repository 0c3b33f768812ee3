"""The `vllm` backend: sampling with vLLM, LoRA training with the hf backend (the paper's setup).

vLLM (`pip install 'iterdeploy[vllm]'`, CUDA only) serves the base model with LoRA enabled;
each generation's adapter is hot-loaded per request as a `LoRARequest` (a new integer id per
adapter folder, and a new one whenever `train` rewrites a folder, since vLLM caches adapters
by id). Prompts go through the same chat template as in `HFBackend` (Qwen3's
`enable_thinking` included) and are handed to vLLM as token ids, so the sampled prompt is
token for token the prompt `HFBackend` trains on. Each sample gets its own
`SamplingParams(seed=...)`, so a completion depends on (prompt, seed, adapter); vLLM does not
promise bitwise batch invariance, so a rerun can differ where floating-point rounding flips a
token.

Arguments: `args.VLLMArgs`, the hf backend's arguments plus an `engine` section. Training,
`logprobs` and the LoRA settings belong to an internal `HFBackend` on the same model, loaded
lazily (only when training or scoring) and released after training (`release_after_train`).
The two share the GPU: vLLM reserves `gpu_memory_utilization` of it (default 0.5, not vLLM's
0.9) for weights and KV cache. With `sleep_while_training` (the default) vLLM is started with
`enable_sleep_mode` and put to sleep (level 1: weights offloaded to CPU, KV cache dropped)
while the HF model trains, and woken afterwards.

Multi-GPU: `engine.tensor_parallel_size` goes to vLLM. vLLM refuses `data_parallel_size` > 1
inside one offline `LLM`; with `engine.data_parallel_size` > 1 this backend starts that many
engine processes instead, one per group of tensor_parallel_size GPUs, each sampling a shard of
the prompts (`vllm_shards.py`).

This module has been tested against a stand-in for vLLM's API (tests/fake_vllm), not against
a real vLLM installation.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path
from typing import Any, Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import (Completion, Example, MissingDependency, SamplingParams,
                                 require)
from iterdeploy.backends._textgen import chat_text, encode, vllm_lora_rank
from iterdeploy.backends.args import HFArgs, VLLMArgs, backend_args
from iterdeploy.backends.common import check_prompts, check_sampling
from iterdeploy.backends.hf import HFBackend


def _installed(module: str) -> bool:
    """Whether `module` can be imported, without importing it."""
    if module in sys.modules:
        return sys.modules[module] is not None
    return importlib.util.find_spec(module) is not None


class VLLMBackend:
    """vLLM for sampling (LoRA adapters per request), HF + PEFT for LoRA training."""

    def __init__(self, args: VLLMArgs | None = None, **kwargs):
        args = backend_args("vllm", args if args is not None else kwargs)
        if not _installed("vllm"):
            raise MissingDependency(
                "vllm is not installed; install it with: pip install 'iterdeploy[vllm]'")
        engine = args.engine
        self.args = args
        self.model_name = str(args.model)
        self.thinking = args.thinking
        self.system_prompt = args.system_prompt
        self.progress = True
        hf_fields = {f.name for f in dataclasses.fields(HFArgs)}
        self.hf = HFBackend(HFArgs(**{k: v for k, v in vars(args).items() if k in hf_fields}))
        self.engine_args: dict[str, Any] = {
            "model": self.model_name, "tensor_parallel_size": engine.tensor_parallel_size,
            "gpu_memory_utilization": engine.gpu_memory_utilization, "dtype": args.dtype,
            "seed": args.seed, "trust_remote_code": args.trust_remote_code,
            "enable_lora": True, "max_lora_rank": vllm_lora_rank(args.lora.r),
        }
        # only what differs from vLLM's defaults, so older vLLM versions accept the call
        if engine.max_model_len is not None:
            self.engine_args["max_model_len"] = engine.max_model_len
        if engine.enforce_eager:
            self.engine_args["enforce_eager"] = True
        if engine.sleep_while_training:
            self.engine_args["enable_sleep_mode"] = True
        self.engine_args.update(engine.extra)
        self.data_parallel_size = engine.data_parallel_size
        self.sleep_while_training = engine.sleep_while_training
        self.release_after_train = engine.release_after_train
        self._llm = None
        self._adapter: Path | None = None
        self._lora_request = None
        self._lora_ids: dict[str, int] = {}  # adapter folder -> vLLM's LoRA id
        self._next_lora_id = 1  # never reused: vLLM ids start at 1

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> None:
        """No base to train: the model's own weights are the base."""
        return None

    def set_base(self, path: Path) -> None:
        raise IterdeployError(f"the vllm backend's base model is its weights "
                              f"({self.model_name}), not a trained folder")

    def _engine(self):
        """The vLLM engine, started on first use."""
        if self._llm is None:
            vllm = require("vllm")
            if self.data_parallel_size > 1:  # vLLM refuses it inside one offline engine
                from iterdeploy.backends.vllm_shards import ShardedEngine
                self._llm = ShardedEngine(self.engine_args, self.data_parallel_size,
                                          self.engine_args["tensor_parallel_size"])
            else:
                self._llm = vllm.LLM(**self.engine_args)
        return self._llm

    def close(self) -> None:
        """Stop engine processes (data-parallel sampling); a later sample starts them again."""
        if hasattr(self._llm, "close"):
            self._llm.close()
            self._llm = None

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]:
        """One completion per (prompt, seed), each request with its own seed."""
        check_prompts(prompts, seeds)
        check_sampling(params)
        if not prompts:
            return []
        vllm = require("vllm")
        llm = self._engine()
        tok = llm.get_tokenizer()
        ids: dict[str, list[int]] = {}
        for p in prompts:
            if p not in ids:
                ids[p] = encode(tok, chat_text(tok, p, system_prompt=self.system_prompt,
                                               thinking=self.thinking))
        greedy = params.temperature <= 0
        requests = [{"prompt_token_ids": ids[p]} for p in prompts]
        # top_k only when set: vLLM's value for "off" was -1 in older versions, 0 in newer
        top_k = {"top_k": params.top_k} if params.top_k > 0 else {}
        sampling = [vllm.SamplingParams(n=1, temperature=max(0.0, params.temperature),
                                        top_p=params.top_p, min_p=params.min_p,
                                        max_tokens=params.max_new_tokens,
                                        seed=None if greedy else int(seed), **top_k)
                    for seed in seeds]
        outputs = llm.generate(requests, sampling, use_tqdm=False,
                               lora_request=self._lora_request)
        result = []
        for out in outputs:
            best = out.outputs[0]
            # "stop": an end token or stop string; "length" and "abort" did not finish
            result.append(Completion(best.text, len(best.token_ids),
                                     finished=best.finish_reason == "stop"))
        return result

    def train(self, examples: Sequence[Example], out_dir: Path, init: Path | None = None) -> Path:
        """LoRA training by the internal HFBackend; vLLM samples from the new adapter after."""
        asleep = False
        if self.sleep_while_training and self._llm is not None:
            self._llm.sleep(level=1)
            asleep = True
        try:
            out = self.hf.train(examples, out_dir, init)
        finally:
            if self.release_after_train:
                self.hf.release()
            if asleep:
                self._llm.wake_up()
        self._lora_ids.pop(str(Path(out).resolve()), None)  # rewritten: vLLM needs a new id
        self.load(out)
        return Path(out)

    def load(self, path: Path | None) -> None:
        """Sample with the adapter saved at `path` (None: the base model)."""
        if path is None:
            self._adapter = self._lora_request = None
            return
        path = Path(path).resolve()
        if not (path / "adapter_config.json").is_file():
            raise IterdeployError(f"{path} holds no LoRA adapter (adapter_config.json)")
        lora_request_cls = require("vllm.lora.request").LoRARequest
        key = str(path)
        if key not in self._lora_ids:
            self._lora_ids[key] = self._next_lora_id
            self._next_lora_id += 1
        lora_id = self._lora_ids[key]
        self._adapter = path
        self._lora_request = lora_request_cls(f"adapter-{lora_id}", lora_id, key)

    def logprobs(self, prompts: Sequence[str], completions: Sequence[str]) -> list[list[float]]:
        """Per-token log-probabilities from the HF model with the current adapter."""
        self.hf.load(self._adapter)
        return self.hf.logprobs(prompts, completions)
