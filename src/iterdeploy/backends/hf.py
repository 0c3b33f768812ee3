"""The `hf` backend: any Hugging Face causal LM (local path or hub id), LoRA through PEFT.

The paper's setting: Qwen3-4B, a fresh LoRA adapter trained from the base model every
generation. Prompts are user messages put through the tokenizer's chat template (Qwen3's
`enable_thinking` switch is passed when the template reads it); the model answers the
assistant turn, which ends with the tokenizer's end-of-turn token (`eos_token`).

- `sample`: batches of prompts of similar length, left-padded, through a plain loop over the
  model's forward with a KV cache. Each row draws its tokens by inverse-CDF sampling from
  its own uniform stream (a `torch.Generator` seeded with the row's seed), and its position
  ids ignore the padding, so a completion depends only on (prompt, seed, weights), never on
  which other prompts share its batch (up to floating-point rounding of the batched matmuls).
  Finished rows leave the batch. temperature 0 is greedy. A batch holds at most
  `sample_batch_size` rows and at most `sample_kv_budget_gb` of KV cache for its rows'
  prompts plus `max_new_tokens`.
- `train`: a plain PyTorch loop under `accelerate` (AdamW, linear warmup then linear decay,
  gradient clipping, gradient accumulation over micro-batches), with gradient checkpointing
  on by default. The loss is `common.weighted_loss` over the completion tokens and the
  end-of-turn token (prompt tokens are labelled -100); the output layer runs on the
  completion positions only, `loss_chunk` positions at a time (`common.token_nll`). An
  example longer than `max_length` is dropped and counted (`dropped_too_long`), never cut:
  a cut example would teach a plan without its end. Saves the adapter
  (`adapter_config.json`, `adapter_model.safetensors`) and `train_stats.json`.
- `load`: swaps LoRA adapters on the one copy of the base weights (never reloaded).
- `logprobs`: per-token log-probabilities of completions, scored exactly as `train` scores
  them (completion tokens, then the end-of-turn token).

torch, transformers, peft and accelerate are imported on first use, not on import.
"""
from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import time
from pathlib import Path
from typing import Any, Sequence

from iterdeploy import IterdeployError
from iterdeploy.backends import Completion, Example, SamplingParams, require
from iterdeploy.backends._textgen import chat_text, encode
from iterdeploy.backends.args import HFArgs, backend_args
from iterdeploy.backends.common import (IGNORE, check_prompts, check_sampling, lora_config,
                                        per_example_mean, pick_tokens, row_uniforms,
                                        token_nll, weighted_loss)

log = logging.getLogger(__name__)

LOGPROB_TOKEN_BUDGET = 8192  # rows x length per forward in `logprobs` (bounds the logits' memory)


def build_example(prompt_ids: Sequence[int], completion_ids: Sequence[int],
                  max_length: int) -> tuple[list[int], list[int]] | None:
    """Input ids and labels of one example (prompt tokens labelled -100); None when prompt
    and completion together are longer than `max_length`."""
    if len(prompt_ids) + len(completion_ids) > max_length:
        return None
    return (list(prompt_ids) + list(completion_ids),
            [IGNORE] * len(prompt_ids) + list(completion_ids))


def _left_pad(rows: Sequence[Sequence[int]], pad_id: int, fill: int | None = None):
    """(ids, attention mask) tensors of rows padded on the left to the longest row."""
    torch = require("torch")
    width = max(len(r) for r in rows)
    fill = pad_id if fill is None else fill
    ids = torch.tensor([[fill] * (width - len(r)) + list(r) for r in rows], dtype=torch.long)
    mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rows], dtype=torch.long)
    return ids, mask


def _positions(mask):
    """Position ids that ignore left padding (a padded row sees the same positions as alone)."""
    return (mask.cumsum(-1) - 1).clamp(min=0)


def _length_chunks(order: Sequence[int], lengths: Sequence[int], max_rows: int,
                   max_tokens: int | None = None) -> list[list[int]]:
    """Consecutive chunks of `order` with at most max_rows rows (and rows x longest row at
    most max_tokens, when given)."""
    chunks: list[list[int]] = []
    cur: list[int] = []
    longest = 0
    for i in order:
        grown = max(longest, lengths[i])
        if cur and (len(cur) >= max_rows or
                    (max_tokens is not None and grown * (len(cur) + 1) > max_tokens)):
            chunks.append(cur)
            cur, grown = [], lengths[i]
        cur.append(i)
        longest = grown
    if cur:
        chunks.append(cur)
    return chunks


class HFBackend:
    """A Hugging Face causal LM with LoRA fine-tuning (PEFT) and per-sample seeded sampling."""

    def __init__(self, args: HFArgs | None = None, **kwargs):
        args = backend_args("hf", args if args is not None else kwargs)
        self.args = args
        self.model_name = str(args.model)
        self.thinking = args.thinking
        self.system_prompt = args.system_prompt
        self.progress = True
        self._torch = None
        self._tok = None
        self._base = None  # the base model; LoRA layers are injected into it and removed again
        self._model = None  # what runs: the base model or a PeftModel around it
        self._adapter: Path | None = None
        self._device = None
        self._stop_ids: set[int] = set()

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> None:
        """No base to train: the model's own weights are the base."""
        return None

    def set_base(self, path: Path) -> None:
        raise IterdeployError("the hf backend's base model is its weights "
                              f"({self.model_name}), not a trained folder")

    @classmethod
    def from_objects(cls, model, tokenizer, **kwargs) -> "HFBackend":
        """A backend around an already built model and tokenizer (benchmarks, tests)."""
        self = cls(model=getattr(model, "name_or_path", "") or "<in memory>", **kwargs)
        self._tok = tokenizer
        self._base = model
        self._setup()
        return self

    # ---------------------------------------------------------------------------------
    # setup

    def _setup(self) -> None:
        """Import the heavy dependencies and load tokenizer and base model (once)."""
        if self._model is not None:
            return
        torch = self._torch = require("torch")
        transformers = require("transformers")
        if self.args.num_threads:
            torch.set_num_threads(self.args.num_threads)
        if self.args.device == "auto":
            # under `accelerate launch` each process takes its own GPU
            cuda = f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}"
            self._device = torch.device(cuda if torch.cuda.is_available() else "cpu")
        else:
            self._device = torch.device(self.args.device)
        if self._tok is None:
            self._tok = transformers.AutoTokenizer.from_pretrained(
                self.model_name, trust_remote_code=self.args.trust_remote_code)
        if self._base is None:
            kwargs: dict[str, Any] = {"dtype": self._torch_dtype(),
                                      "trust_remote_code": self.args.trust_remote_code}
            if self.args.attn_implementation:
                kwargs["attn_implementation"] = self.args.attn_implementation
            self._base = transformers.AutoModelForCausalLM.from_pretrained(self.model_name,
                                                                           **kwargs)
        self._base.to(self._device)
        self._base.eval()
        self._model = self._base
        tok = self._tok
        if tok.eos_token_id is None:
            raise IterdeployError(f"the tokenizer of {self.model_name} has no eos_token")
        self._pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        stops = getattr(getattr(self._base, "generation_config", None), "eos_token_id", None)
        stops = [] if stops is None else [stops] if isinstance(stops, int) else list(stops)
        self._stop_ids = {tok.eos_token_id, *stops}

    def _torch_dtype(self):
        torch = self._torch
        if self.args.dtype == "auto":
            gpu_bf16 = self._device.type == "cuda" and torch.cuda.is_bf16_supported()
            return torch.bfloat16 if gpu_bf16 else torch.float32
        return getattr(torch, self.args.dtype)

    def _prompt_ids(self, prompt: str) -> list[int]:
        text = chat_text(self._tok, prompt, system_prompt=self.system_prompt,
                         thinking=self.thinking)
        return encode(self._tok, text)

    def _completion_ids(self, completion: str) -> list[int]:
        """The tokens a completion is scored on: its text, then the end-of-turn token."""
        return encode(self._tok, completion) + [self._tok.eos_token_id]

    def _detach_adapter(self) -> None:
        """Remove the LoRA layers from the base model (the base weights were never changed)."""
        if self._model is not self._base:
            self._model.unload()
        self._model = self._base
        self._adapter = None

    def release(self) -> None:
        """Free the model (e.g. to give GPU memory back to vLLM); the base model and the
        current adapter are loaded again on next use (not for `from_objects` backends)."""
        self._model = self._base = None
        torch = self._torch
        if torch is not None and torch.cuda.is_available():
            torch.cuda.empty_cache()

    # ---------------------------------------------------------------------------------
    # the protocol

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]:
        """One completion per (prompt, seed); same (prompt, seed) -> same text."""
        check_prompts(prompts, seeds)
        check_sampling(params)
        if not prompts:
            return []
        self._ensure_loaded()
        cache: dict[str, list[int]] = {}
        ids = [cache[p] if p in cache else cache.setdefault(p, self._prompt_ids(p))
               for p in prompts]
        lengths = [len(x) for x in ids]
        order = sorted(range(len(ids)), key=lambda i: lengths[i])  # similar lengths together
        out: list[Completion | None] = [None] * len(ids)
        budget = int(self.args.sample_kv_budget_gb * 2**30 / self._kv_bytes_per_token())
        rows_of = [n + max(0, int(params.max_new_tokens)) for n in lengths]
        for chunk in _length_chunks(order, rows_of, self.args.sample_batch_size, budget):
            done = self._generate([ids[i] for i in chunk], [seeds[i] for i in chunk], params)
            for i, completion in zip(chunk, done):
                out[i] = completion
        return out  # type: ignore[return-value]

    def _generate(self, rows: list[list[int]], seeds: list[int],
                  params: SamplingParams) -> list[Completion]:
        """Sample one batch: KV-cached forward passes, one uniform stream per row."""
        torch, dev, model = self._torch, self._device, self._model
        steps = int(params.max_new_tokens)
        if steps < 1:
            return [Completion("", 0, False) for _ in rows]
        uniforms = row_uniforms(seeds, steps).to(dev)
        ids, mask = _left_pad(rows, self._pad_id)
        ids, mask = ids.to(dev), mask.to(dev)
        pos = _positions(mask)
        live = list(range(len(rows)))  # original index of each row still in the batch
        new: list[list[int]] = [[] for _ in rows]
        finished = [False] * len(rows)
        with torch.inference_mode():
            out = model(input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=True,
                        logits_to_keep=1)
            for t in range(steps):
                nxt = pick_tokens(out.logits[:, -1, :], uniforms[live, t], params)
                for r, token in zip(live, nxt.tolist()):
                    new[r].append(token)
                    finished[r] = token in self._stop_ids
                keep = [j for j, r in enumerate(live) if not finished[r]]
                if not keep or t == steps - 1:
                    break
                cache = out.past_key_values
                if len(keep) < len(live):  # finished rows leave the batch
                    index = torch.tensor(keep, device=dev)
                    cache.batch_select_indices(index)
                    nxt, mask, pos = nxt[index], mask[index], pos[index]
                    live = [live[j] for j in keep]
                mask = torch.cat([mask, mask.new_ones(len(live), 1)], dim=1)
                pos = pos[:, -1:] + 1
                out = model(input_ids=nxt[:, None], attention_mask=mask, position_ids=pos,
                            past_key_values=cache, use_cache=True)
        result = []
        for tokens, done in zip(new, finished):
            body = tokens[:-1] if done else tokens
            text = self._tok.decode(body, skip_special_tokens=True)
            result.append(Completion(text, len(tokens), finished=done))
        return result

    def train(self, examples: Sequence[Example], out_dir: Path, init: Path | None = None) -> Path:
        """LoRA fine-tuning: a fresh adapter on the base model (init=None) or the adapter saved
        at `init`, trained on the examples, saved to out_dir and sampled from afterwards."""
        if self.args.train_processes > 1:
            return self._train_launched(examples, Path(out_dir), init)
        torch = require("torch")
        peft = require("peft")
        accelerate = require("accelerate")
        self._ensure_loaded()
        out_dir = Path(out_dir)
        start = time.perf_counter()
        max_length = self.args.max_length
        rows, dropped = [], 0
        for ex in examples:
            prompt, comp = self._prompt_ids(ex.prompt), self._completion_ids(ex.completion)
            built = build_example(prompt, comp, max_length)
            if built is None:
                dropped += 1
                continue
            rows.append((built[0], built[1], float(ex.weight)))
        if dropped:
            log.warning("%d of %d training examples are longer than max_length=%d tokens and "
                        "were dropped (raise backend.args.max_length to keep them)", dropped,
                        len(examples), max_length)

        self._detach_adapter()
        torch.manual_seed(self.args.seed)  # LoRA A matrices are initialised at random
        if init is None:
            peft_model = peft.get_peft_model(self._base, lora_config(peft, self.args.lora))
        else:
            peft_model = peft.PeftModel.from_pretrained(self._base, str(init), is_trainable=True)
        if self.args.gradient_checkpointing:
            self._checkpointing(True)
        try:
            if rows:
                accelerator, losses, tokens = self._fit(peft_model, rows, accelerate)
            else:  # nothing curated: the adapter as initialised (B = 0: the base model's output)
                log.warning("no training example: the adapter in %s is left untrained", out_dir)
                accelerator = accelerate.PartialState(cpu=self._device.type == "cpu")
                losses, tokens = [], {"input_tokens": 0, "target_tokens": 0}
        except BaseException:
            peft_model.unload()  # leave the base model as it was
            raise
        finally:
            if self.args.gradient_checkpointing:
                self._checkpointing(False)
        peft_model.eval()
        seconds = time.perf_counter() - start
        stats = {"loss": losses, "steps": len(losses), "examples": len(rows),
                 "dropped_too_long": dropped, "epochs": self.args.epochs,
                 **tokens, "time_s": round(seconds, 3),
                 "tokens_per_s": round(tokens["input_tokens"] / seconds, 1) if seconds else None,
                 "init": None if init is None else str(init), "model": self.model_name,
                 "processes": accelerator.num_processes}
        accelerator.wait_for_everyone()
        if accelerator.is_main_process:
            out_dir.mkdir(parents=True, exist_ok=True)
            peft_model.save_pretrained(str(out_dir))
            (out_dir / "train_stats.json").write_text(json.dumps(stats, indent=1) + "\n")
        accelerator.wait_for_everyone()
        self._model, self._adapter = peft_model, out_dir
        return out_dir

    def _train_launched(self, examples: Sequence[Example], out_dir: Path,
                        init: Path | None) -> Path:
        """`train` in `train_processes` processes (`accelerate launch` of hf_train.py): the
        examples and arguments go through files, process 0 saves the adapter into a
        temporary folder that is then moved to `out_dir`."""
        import dataclasses
        import shutil
        import subprocess
        import sys
        import tempfile

        require("accelerate")
        self.release()  # the processes need the memory
        out_dir = Path(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=".train-") as tmp:
            tmp = Path(tmp)
            (tmp / "args.json").write_text(json.dumps(dataclasses.asdict(self.args)))
            with open(tmp / "examples.jsonl", "w") as fh:
                for e in examples:
                    fh.write(json.dumps(dataclasses.asdict(e)) + "\n")
            torch = require("torch")
            n = str(self.args.train_processes)
            if self.args.device == "cpu" or (self.args.device == "auto"
                                             and not torch.cuda.is_available()):
                # accelerate launch starts one CPU process only: torchrun, and accelerate
                # inside the processes reads its environment (DDP over gloo)
                cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone",
                       "--nnodes", "1", "--nproc_per_node", n]
            else:
                cmd = [sys.executable, "-m", "accelerate.commands.launch", "--num_machines",
                       "1", "--num_processes", n, "--mixed_precision", "no",
                       "--dynamo_backend", "no"]
                cmd += (["--config_file", self.args.accelerate_config]
                        if self.args.accelerate_config else ["--multi_gpu"])
            cmd += ["-m", "iterdeploy.backends.hf_train", "--args", str(tmp / "args.json"),
                    "--examples", str(tmp / "examples.jsonl"), "--out", str(tmp / "adapter")]
            if init is not None:
                cmd += ["--init", str(init)]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise IterdeployError(f"training in {self.args.train_processes} processes "
                                      f"failed (exit {done.returncode}):\n"
                                      f"{done.stderr[-3000:]}")
            if out_dir.exists():
                shutil.rmtree(out_dir)
            (tmp / "adapter").rename(out_dir)
        self._adapter = out_dir  # loaded on next use
        return out_dir

    def _fit(self, model, rows, accelerate):
        """The training loop: AdamW, linear warmup then decay, clipping. An optimizer step
        takes batch_size x grad_accum examples (per process), micro_batch_size at a time;
        each micro-batch's loss is divided by the number of examples of its step (the last
        step of an epoch may be short), so a step minimises `common.weighted_loss` of its
        examples. Returns the accelerator, the loss of each optimizer step and the token
        counts."""
        torch, a = self._torch, self.args
        per_step = a.batch_size // a.micro_batch_size * a.grad_accum  # micro-batches
        accelerator = accelerate.Accelerator(cpu=self._device.type == "cpu")
        loader = torch.utils.data.DataLoader(
            rows, batch_size=a.micro_batch_size, shuffle=True,
            generator=torch.Generator().manual_seed(a.seed), collate_fn=self._collate)
        params = [p for p in model.parameters() if p.requires_grad]
        optimizer = torch.optim.AdamW(params, lr=a.learning_rate, weight_decay=a.weight_decay)
        model, optimizer, loader = accelerator.prepare(model, optimizer, loader)
        total = a.epochs * math.ceil(len(loader) / per_step)
        warm = int(a.warmup if a.warmup >= 1 else round(a.warmup * total))
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            getattr(optimizer, "optimizer", optimizer),
            lambda s: s / warm if s < warm else max(0.0, (total - s) / max(1, total - warm)))
        hidden = _FinalHidden(accelerator.unwrap_model(model))
        model.train()
        losses: list[float] = []
        tokens = {"input_tokens": 0, "target_tokens": 0}
        try:
            for _ in range(a.epochs):
                micro = list(loader)
                for start in range(0, len(micro), per_step):
                    step = micro[start:start + per_step]
                    n = sum(len(b["weights"]) for b in step)
                    loss_sum = 0.0
                    for i, batch in enumerate(step):
                        # gradients are averaged over processes on the step's last one only
                        sync = accelerator.no_sync(model) if i < len(step) - 1 else \
                            contextlib.nullcontext()
                        with sync:
                            loss = self._batch_loss(model, hidden, batch, n)
                            accelerator.backward(loss)
                        loss_sum += loss.item()
                        tokens["input_tokens"] += int(batch["attention_mask"].sum())
                        tokens["target_tokens"] += int((batch["labels"] != IGNORE).sum())
                    accelerator.clip_grad_norm_(params, a.max_grad_norm)
                    optimizer.step()
                    optimizer.zero_grad()
                    scheduler.step()
                    losses.append(loss_sum)
                    if len(losses) % 10 == 0:
                        log.info("train step %d/%d loss %.4f", len(losses), total, losses[-1])
        finally:
            hidden.remove()
        return accelerator, losses, tokens

    def _checkpointing(self, on: bool) -> None:
        """Activation checkpointing on or off (transformers >= 5.2x renamed the methods)."""
        base = self._base
        if hasattr(base, "activation_checkpointing_enable"):
            if on:
                base.activation_checkpointing_enable({"use_reentrant": False})
            else:
                base.activation_checkpointing_disable()
        elif on:
            base.gradient_checkpointing_enable(
                gradient_checkpointing_kwargs={"use_reentrant": False})
        else:
            base.gradient_checkpointing_disable()

    def _collate(self, rows):
        """Left-padded batch: completions end at the last position, so the logits of the last
        (longest target + 1) positions are all the loss needs."""
        torch = self._torch
        ids, mask = _left_pad([r[0] for r in rows], self._pad_id)
        labels, _ = _left_pad([r[1] for r in rows], IGNORE)
        return {"input_ids": ids, "attention_mask": mask, "labels": labels,
                "weights": torch.tensor([r[2] for r in rows], dtype=torch.float32)}

    def _batch_loss(self, model, hidden: "_FinalHidden", batch, batch_examples: int):
        """`common.weighted_loss` of a micro-batch: the forward keeps the logits of one
        position only; the completion positions' NLL comes from the final hidden states
        through the output layer, `loss_chunk` positions at a time."""
        torch = self._torch
        labels = batch["labels"]
        model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
              position_ids=_positions(batch["attention_mask"]), use_cache=False,
              logits_to_keep=1)
        target = labels[:, 1:]
        counted = target != IGNORE
        states = hidden.take()[:, :-1][counted]
        nll = token_nll(hidden.head, states, target[counted], self.args.loss_chunk)
        per = per_example_mean(nll, counted.nonzero()[:, 0], labels.shape[0])
        return weighted_loss(per, batch["weights"].to(per.device, torch.float32),
                             batch_examples)

    def load(self, path: Path | None) -> None:
        """Sample from the adapter saved at `path` (None: the base model, no adapter)."""
        peft = require("peft")
        if path is not None:
            path = Path(path)
            if not (path / "adapter_config.json").is_file():
                raise IterdeployError(f"{path} holds no LoRA adapter (adapter_config.json)")
        self._ensure_loaded()
        if path == self._adapter:
            return
        self._detach_adapter()
        if path is not None:
            self._model = peft.PeftModel.from_pretrained(self._base, str(path))
            self._model.eval()
            self._adapter = path

    def logprobs(self, prompts: Sequence[str], completions: Sequence[str]) -> list[list[float]]:
        """Log-probability of each completion token, then of the end-of-turn token."""
        check_prompts(prompts, completions, "completions")
        self._ensure_loaded()
        torch = self._torch
        seqs = [(self._prompt_ids(p), self._completion_ids(c))
                for p, c in zip(prompts, completions)]
        lengths = [len(p) + len(c) for p, c in seqs]
        order = sorted(range(len(seqs)), key=lambda i: lengths[i])
        out: list[list[float]] = [[] for _ in seqs]
        self._model.eval()
        with torch.inference_mode():
            for chunk in _length_chunks(order, lengths, self.args.sample_batch_size,
                                        LOGPROB_TOKEN_BUDGET):
                ids, mask = _left_pad([seqs[i][0] + seqs[i][1] for i in chunk], self._pad_id)
                ids, mask = ids.to(self._device), mask.to(self._device)
                keep = max(len(seqs[i][1]) for i in chunk) + 1
                logits = self._model(input_ids=ids, attention_mask=mask,
                                     position_ids=_positions(mask), use_cache=False,
                                     logits_to_keep=keep).logits
                for row, i in enumerate(chunk):
                    n = len(seqs[i][1])
                    lp = torch.log_softmax(logits[row, -n - 1:-1].float(), dim=-1)
                    out[i] = lp.gather(-1, ids[row, -n:, None]).squeeze(-1).tolist()
        return out

    # ---------------------------------------------------------------------------------

    def _kv_bytes_per_token(self) -> int:
        """Bytes of KV cache one token takes in the loaded model."""
        from iterdeploy.memory import kv_bytes_per_token

        dtype = next(self._base.parameters()).dtype
        return kv_bytes_per_token(self._base.config, dtype.itemsize)

    def _ensure_loaded(self) -> None:
        """Load the model if needed, with the adapter that was active before `release()`."""
        if self._model is not None:
            return
        self._setup()
        if self._adapter is not None:
            peft = require("peft")
            self._model = peft.PeftModel.from_pretrained(self._base, str(self._adapter))
            self._model.eval()


class _FinalHidden:
    """Catches the decoder's final (normed) hidden states during a forward of the whole
    model, so the forward runs through the model's wrappers (DDP) while the output layer
    runs, chunked, on the completion positions only. `head` is the output layer."""

    def __init__(self, model):
        inner = model.get_base_model() if hasattr(model, "get_base_model") else model
        self.head = inner.get_output_embeddings()
        self._states = None
        self._hook = inner.get_decoder().register_forward_hook(self._catch)

    def _catch(self, module, inputs, output):
        self._states = output[0] if isinstance(output, tuple) else output.last_hidden_state

    def take(self):
        states, self._states = self._states, None
        return states

    def remove(self) -> None:
        self._hook.remove()
