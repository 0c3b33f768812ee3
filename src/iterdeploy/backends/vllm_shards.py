"""Data-parallel sampling with vLLM: one engine process per group of GPUs.

vLLM's offline `LLM` refuses `data_parallel_size` > 1 in one process. `ShardedEngine` starts
`data_parallel_size` worker processes instead (multiprocessing, spawn), worker i seeing only
GPUs i*tp .. (i+1)*tp - 1 of the visible ones (`CUDA_VISIBLE_DEVICES`, set before vLLM is
imported there) and running one `vllm.LLM` with tensor parallelism `tp` inside. `generate`
cuts the requests into contiguous shards, one per worker, runs them at the same time and
returns the outputs in the original order. Each request carries its own seed, so a
completion does not depend on which engine sampled it. It offers the part of `vllm.LLM`'s
interface the vllm backend uses: `generate`, `get_tokenizer`, `sleep`, `wake_up`.
"""
from __future__ import annotations

import multiprocessing
import os
from types import SimpleNamespace
from typing import Any, Sequence

from iterdeploy import IterdeployError


def gpu_groups(dp: int, tp: int, visible: str | None = None) -> list[str]:
    """The CUDA_VISIBLE_DEVICES value of each of `dp` engines of `tp` GPUs."""
    if visible is None:
        visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is None:
        import torch
        ids = [str(i) for i in range(torch.cuda.device_count())]
    else:
        ids = [x.strip() for x in visible.split(",") if x.strip()]
    if len(ids) < dp * tp:
        raise IterdeployError(
            f"backend.args.engine: data_parallel_size {dp} x tensor_parallel_size {tp} needs "
            f"{dp * tp} GPUs, {len(ids)} visible")
    return [",".join(ids[i * tp:(i + 1) * tp]) for i in range(dp)]


def _worker(conn, devices: str, engine_args: dict[str, Any]) -> None:
    """One engine process: answers (command, payload) messages until "stop"."""
    os.environ["CUDA_VISIBLE_DEVICES"] = devices
    import vllm

    llm = vllm.LLM(**engine_args)
    while True:
        command, payload = conn.recv()
        try:
            if command == "stop":
                conn.send(("ok", None))
                return
            if command == "generate":
                requests, sampling, lora = payload
                outputs = llm.generate(requests, sampling, use_tqdm=False, lora_request=lora)
                conn.send(("ok", [(o.outputs[0].text, list(o.outputs[0].token_ids),
                                   o.outputs[0].finish_reason) for o in outputs]))
            elif command == "sleep":
                llm.sleep(level=payload)
                conn.send(("ok", None))
            elif command == "wake_up":
                llm.wake_up()
                conn.send(("ok", None))
            elif command == "devices":
                conn.send(("ok", os.environ["CUDA_VISIBLE_DEVICES"]))
            else:
                conn.send(("error", f"unknown command {command!r}"))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class ShardedEngine:
    """`data_parallel_size` vLLM engines in worker processes, used like one `vllm.LLM`."""

    def __init__(self, engine_args: dict[str, Any], data_parallel_size: int,
                 tensor_parallel_size: int):
        from transformers import AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(
            engine_args["model"], trust_remote_code=engine_args.get("trust_remote_code", False))
        ctx = multiprocessing.get_context("spawn")
        self._conns, self._procs = [], []
        for devices in gpu_groups(data_parallel_size, tensor_parallel_size):
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(child, devices, engine_args), daemon=True)
            proc.start()
            self._conns.append(parent)
            self._procs.append(proc)

    def _all(self, command: str, payloads: Sequence[Any]) -> list[Any]:
        for conn, payload in zip(self._conns, payloads):
            conn.send((command, payload))
        answers, errors = [], []
        for i, conn in enumerate(self._conns[:len(payloads)]):  # every answer, so none is
            try:                                                # left for the next command
                status, value = conn.recv()
            except EOFError:
                status, value = "error", "exited"
            if status != "ok":
                errors.append(f"vLLM engine process {i}: {value}")
            answers.append(value)
        if errors:
            raise IterdeployError("; ".join(errors))
        return answers

    def get_tokenizer(self):
        """The model's tokenizer (loaded in this process)."""
        return self._tokenizer

    def generate(self, requests: list, sampling: list, *, use_tqdm: bool = False,
                 lora_request=None) -> list:
        """Every request sampled by one of the engines; outputs in the requests' order."""
        n = len(self._conns)
        size = -(-len(requests) // n)
        shards = [(requests[i:i + size], sampling[i:i + size], lora_request)
                  for i in range(0, len(requests), size)]
        merged = [r for part in self._all("generate", shards) for r in part]
        return [SimpleNamespace(outputs=[SimpleNamespace(text=text, token_ids=ids,
                                                         finish_reason=reason)])
                for text, ids, reason in merged]

    def devices(self) -> list[str]:
        """CUDA_VISIBLE_DEVICES of each engine process."""
        return self._all("devices", [None] * len(self._conns))

    def sleep(self, level: int = 1) -> None:
        self._all("sleep", [level] * len(self._conns))

    def wake_up(self) -> None:
        self._all("wake_up", [None] * len(self._conns))

    def close(self) -> None:
        """Stop the engine processes."""
        for conn, proc in zip(self._conns, self._procs):
            if proc.is_alive():
                try:
                    conn.send(("stop", None))
                    conn.recv()
                except (EOFError, OSError, BrokenPipeError):
                    pass
            proc.join(timeout=30)
        self._conns, self._procs = [], []
