"""A stand-in for the small part of vLLM's offline API that iterdeploy's vllm backend calls.

NOT vLLM: it runs no model. It exists because vLLM is a CUDA-only wheel that cannot be
installed in the CPU test environment. Signatures follow vLLM 0.8-0.10 (`vllm.LLM`,
`vllm.SamplingParams`, `LLM.generate`, `LLM.get_tokenizer`, `LLM.sleep` / `wake_up`,
`vllm.lora.request.LoRARequest`, `RequestOutput` / `CompletionOutput`) and it checks what
real vLLM checks on the way (sampling-parameter ranges, `max_lora_rank` values, adapter
rank <= max_lora_rank, LoRA requests only with `enable_lora=True`, positive LoRA ids,
no `data_parallel_size` > 1 inside one offline engine, no generation while asleep).

Its "generated" text is a pure function of (prompt token ids, seed, LoRA adapter name), or of
(prompt, adapter) at temperature 0, and spells them out so that tests can read back what the
backend passed: `adapter=<name> seed=<seed> h=<hash> step step ...`. Unseeded sampling draws a
seed from the engine's RNG (seeded by `LLM(seed=...)`), like vLLM. Every engine is recorded
in `LLM.instances` and every `generate` call in `llm.calls`.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vllm.lora.request import LoRARequest

__version__ = "0.0.0+fake"
__all__ = ["LLM", "SamplingParams", "RequestOutput", "CompletionOutput", "LoRARequest"]

_MAX_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)
_ENGINE_ARGS = {  # keyword arguments vllm.EngineArgs accepts that the backend may pass
    "enable_lora", "max_lora_rank", "max_loras", "max_cpu_loras", "max_model_len",
    "data_parallel_size", "enable_sleep_mode", "max_num_seqs", "enable_prefix_caching",
}


class SamplingParams:
    """vllm.SamplingParams (the fields the backend uses; others are accepted and kept)."""

    def __init__(self, n: int = 1, presence_penalty: float = 0.0,
                 frequency_penalty: float = 0.0, repetition_penalty: float = 1.0,
                 temperature: float = 1.0, top_p: float = 1.0, top_k: int = 0,
                 min_p: float = 0.0, seed: int | None = None, stop=None,
                 stop_token_ids=None, ignore_eos: bool = False, max_tokens: int | None = 16,
                 min_tokens: int = 0, logprobs: int | None = None,
                 skip_special_tokens: bool = True):
        self.n, self.temperature, self.top_p, self.top_k = n, temperature, top_p, top_k
        self.min_p, self.seed, self.stop, self.max_tokens = min_p, seed, stop, max_tokens
        self.presence_penalty, self.frequency_penalty = presence_penalty, frequency_penalty
        self.repetition_penalty, self.stop_token_ids = repetition_penalty, stop_token_ids
        self.ignore_eos, self.min_tokens, self.logprobs = ignore_eos, min_tokens, logprobs
        self.skip_special_tokens = skip_special_tokens
        # the checks of vLLM's SamplingParams._verify_args
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}.")
        if temperature < 0.0:
            raise ValueError(f"temperature must be non-negative, got {temperature}.")
        if not 0.0 < top_p <= 1.0:
            raise ValueError(f"top_p must be in (0, 1], got {top_p}.")
        if top_k < -1:
            raise ValueError(f"top_k must be 0 or -1 (disable), or at least 1, got {top_k}.")
        if not 0.0 <= min_p <= 1.0:
            raise ValueError(f"min_p must be in [0, 1], got {min_p}.")
        if max_tokens is not None and max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {max_tokens}.")
        if seed is not None and not isinstance(seed, int):
            raise TypeError(f"seed must be an int, got {seed!r}")

    def __repr__(self):
        return (f"SamplingParams(n={self.n}, temperature={self.temperature}, "
                f"top_p={self.top_p}, seed={self.seed}, max_tokens={self.max_tokens})")


@dataclass
class CompletionOutput:
    """vllm.outputs.CompletionOutput."""

    index: int
    text: str
    token_ids: list[int]
    cumulative_logprob: float | None
    logprobs: Any
    finish_reason: str | None = None  # "stop" or "length"
    stop_reason: int | str | None = None


@dataclass
class RequestOutput:
    """vllm.outputs.RequestOutput (the fields the backend reads)."""

    request_id: str
    prompt: str | None
    prompt_token_ids: list[int]
    prompt_logprobs: Any
    outputs: list[CompletionOutput]
    finished: bool
    lora_request: LoRARequest | None = None


@dataclass
class _Call:
    prompt_token_ids: list[list[int]]
    sampling_params: list[SamplingParams]
    lora_requests: list[LoRARequest | None]
    use_tqdm: bool = True
    extra: dict = field(default_factory=dict)


class LLM:
    """vllm.LLM: offline generation."""

    instances: list["LLM"] = []

    def __init__(self, model: str, *, tokenizer: str | None = None,
                 tokenizer_mode: str = "auto", skip_tokenizer_init: bool = False,
                 trust_remote_code: bool = False, tensor_parallel_size: int = 1,
                 dtype: str = "auto", quantization: str | None = None,
                 revision: str | None = None, tokenizer_revision: str | None = None,
                 seed: int | None = None, gpu_memory_utilization: float = 0.9,
                 swap_space: float = 4, cpu_offload_gb: float = 0,
                 enforce_eager: bool = False, **kwargs: Any):
        unknown = set(kwargs) - _ENGINE_ARGS
        if unknown:  # vllm.EngineArgs(**kwargs) raises the same way
            raise TypeError(f"EngineArgs.__init__() got unexpected keyword arguments {unknown}")
        if not 0.0 < gpu_memory_utilization <= 1.0:
            raise ValueError("gpu_memory_utilization must be in (0, 1]")
        if int(kwargs.get("data_parallel_size", 1)) > 1:
            # vLLM's offline LLM runs one engine in this process; data parallelism needs
            # one process per rank (vLLM's examples/offline_inference/data_parallel.py)
            raise ValueError("data_parallel_size > 1 is not supported by the offline LLM in "
                             "a single process; start one LLM per data-parallel rank")
        self.enable_lora = bool(kwargs.get("enable_lora", False))
        self.max_lora_rank = int(kwargs.get("max_lora_rank", 16))
        if self.enable_lora and self.max_lora_rank not in _MAX_LORA_RANKS:
            raise ValueError(f"max_lora_rank ({self.max_lora_rank}) must be one of "
                             f"{_MAX_LORA_RANKS}.")
        from transformers import AutoTokenizer
        self.tokenizer = AutoTokenizer.from_pretrained(tokenizer or model,
                                                       trust_remote_code=trust_remote_code)
        self.args = {"model": model, "tensor_parallel_size": tensor_parallel_size,
                     "dtype": dtype, "seed": seed,
                     "gpu_memory_utilization": gpu_memory_utilization,
                     "enforce_eager": enforce_eager, "trust_remote_code": trust_remote_code,
                     **kwargs}
        self.calls: list[_Call] = []
        self.sleeping = False
        self.sleep_count = 0
        self._rng = random.Random(seed)
        self._lora_paths: dict[int, str] = {}
        LLM.instances.append(self)

    def get_tokenizer(self, lora_request: LoRARequest | None = None):
        return self.tokenizer

    def sleep(self, level: int = 1) -> None:
        if not self.args.get("enable_sleep_mode"):
            raise ValueError("Sleep mode is not enabled (enable_sleep_mode=True)")
        self.sleeping = True
        self.sleep_count += 1

    def wake_up(self, tags: list[str] | None = None) -> None:
        self.sleeping = False

    def generate(self, prompts, sampling_params=None, *, use_tqdm: bool = True,
                 lora_request=None, **kwargs) -> list[RequestOutput]:
        if self.sleeping:
            raise RuntimeError("the engine is asleep: call wake_up() first")
        if isinstance(prompts, (str, dict)):
            prompts = [prompts]
        ids = [self._prompt_ids(p) for p in prompts]
        if sampling_params is None:
            sampling_params = SamplingParams()
        if isinstance(sampling_params, SamplingParams):
            sampling_params = [sampling_params] * len(ids)
        if len(sampling_params) != len(ids):
            raise ValueError("The lengths of prompts and sampling_params must be the same.")
        if lora_request is None or isinstance(lora_request, LoRARequest):
            lora_request = [lora_request] * len(ids)
        if len(lora_request) != len(ids):
            raise ValueError("The lengths of prompts and lora_request must be the same.")
        for lora in lora_request:
            if lora is not None:
                self._check_lora(lora)
        self.calls.append(_Call(ids, list(sampling_params), list(lora_request), use_tqdm,
                                kwargs))
        return [self._complete(str(i), p, sp, lora)
                for i, (p, sp, lora) in enumerate(zip(ids, sampling_params, lora_request))]

    # -- internals ------------------------------------------------------------------------

    def _prompt_ids(self, prompt) -> list[int]:
        if isinstance(prompt, str):  # vLLM tokenizes text prompts itself
            return list(self.tokenizer(prompt)["input_ids"])
        if isinstance(prompt, dict) and "prompt_token_ids" in prompt:
            return list(prompt["prompt_token_ids"])
        if isinstance(prompt, dict) and "prompt" in prompt:
            return list(self.tokenizer(prompt["prompt"])["input_ids"])
        raise TypeError(f"unsupported prompt {prompt!r}")

    def _check_lora(self, lora: LoRARequest) -> None:
        if not self.enable_lora:
            raise ValueError(f"LoRA is not enabled! Got lora_request {lora}")
        config = Path(lora.lora_path) / "adapter_config.json"
        if not config.is_file():
            raise ValueError(f"Loading lora {lora.lora_name} failed: no adapter at "
                             f"{lora.lora_path}")
        rank = json.loads(config.read_text())["r"]
        if rank > self.max_lora_rank:
            raise ValueError(f"LoRA rank {rank} is greater than max_lora_rank "
                             f"{self.max_lora_rank}.")
        # vLLM caches adapters by integer id: one id reused for another folder would
        # silently serve the old adapter, so the stand-in refuses it
        known = self._lora_paths.setdefault(lora.lora_int_id, lora.lora_path)
        if known != lora.lora_path:
            raise ValueError(f"lora_int_id {lora.lora_int_id} was {known}, now "
                             f"{lora.lora_path}")

    def _complete(self, request_id: str, prompt_ids: list[int], sp: SamplingParams,
                  lora: LoRARequest | None) -> RequestOutput:
        greedy = sp.temperature == 0.0
        seed = None if greedy else sp.seed if sp.seed is not None else self._rng.getrandbits(32)
        name = lora.lora_name if lora is not None else "base"
        digest = hashlib.sha256(json.dumps([prompt_ids, seed, name]).encode()).hexdigest()
        words = [f"adapter={name}", f"seed={'greedy' if greedy else seed}", f"h={digest[:8]}"]
        words += ["step"] * (int(digest[8:10], 16) % 8)
        limit = sp.max_tokens if sp.max_tokens is not None else len(words)
        cut = words[:limit]
        token_ids = [int(digest[2 * i:2 * i + 2], 16) for i in range(len(cut))]
        reason = "length" if len(words) > limit else "stop"
        out = CompletionOutput(0, " ".join(cut), token_ids, None, None, reason)
        return RequestOutput(request_id, self.tokenizer.decode(prompt_ids), prompt_ids, None,
                             [out], True, lora)
