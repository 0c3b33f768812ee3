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
  Finished rows leave the batch. temperature 0 is greedy.
- `train`: a plain PyTorch loop under `accelerate` (AdamW, linear warmup then linear decay,
  gradient clipping, gradient accumulation), so `accelerate launch` runs it data-parallel on
  several GPUs. Loss on the completion tokens and the end-of-turn token only (prompt tokens
  are labelled -100), each example's token losses scaled by `Example.weight`. Saves the
  adapter (`adapter_config.json`, `adapter_model.safetensors`) and `train_stats.json`.
- `load`: swaps LoRA adapters on the one copy of the base weights (never reloaded).
- `logprobs`: per-token log-probabilities of completions, scored exactly as `train` scores
  them (completion tokens, then the end-of-turn token).

torch, transformers, peft and accelerate are imported on first use, not on import.
"""
from __future__ import annotations

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

log = logging.getLogger(__name__)

# Qwen3's attention and MLP projections; the LoRA setting used for the paper's Qwen3-4B runs.
LORA_DEFAULTS: dict[str, Any] = {
    "r": 16, "alpha": 32, "dropout": 0.05,
    "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj",
                       "gate_proj", "up_proj", "down_proj"],
}
DTYPES = ("auto", "bfloat16", "float16", "float32")
IGNORE = -100  # label of tokens that carry no loss
LOGPROB_TOKEN_BUDGET = 8192  # rows x length per forward in `logprobs` (bounds the logits' memory)


def build_example(prompt_ids: Sequence[int], completion_ids: Sequence[int],
                  max_length: int) -> tuple[list[int], list[int]] | None:
    """Input ids and labels of one example: prompt tokens labelled -100, the completion
    cut to fit `max_length`; None when the prompt alone leaves no room for a target."""
    room = max_length - len(prompt_ids)
    if room <= 0:
        return None
    target = list(completion_ids[:room])
    return list(prompt_ids) + target, [IGNORE] * len(prompt_ids) + target


def weighted_token_loss(logits, labels, weights):
    """Mean over the target tokens of (example weight x token NLL).

    `logits[:, t]` predicts `labels[:, t]` (already shifted); labels -100 carry no loss; the
    denominator counts every target token, so a weight-0 example adds tokens but no gradient.
    """
    torch = require("torch")
    mask = labels != IGNORE
    nll = torch.nn.functional.cross_entropy(
        logits.float().reshape(-1, logits.shape[-1]), labels.clamp(min=0).reshape(-1),
        reduction="none").view(labels.shape)
    weighted = nll * mask * weights.to(nll.dtype)[:, None]
    return weighted.sum() / mask.sum().clamp(min=1)


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


def _pick_tokens(logits, u, temperature: float, top_p: float):
    """Next token of each row: argmax at temperature 0, else inverse-CDF sampling with the
    row's uniform number `u` over the temperature-scaled, top-p-truncated distribution."""
    torch = require("torch")
    if temperature <= 0:
        return logits.argmax(-1)
    probs = torch.softmax(logits.float() / temperature, dim=-1)
    if top_p < 1.0:
        probs, order = probs.sort(dim=-1, descending=True, stable=True)
        # the smallest prefix of most likely tokens whose mass reaches top_p (>= 1 token)
        probs = probs * ((probs.cumsum(-1) - probs) < top_p)
    else:
        order = None
    cdf = probs.cumsum(-1)
    target = u.to(cdf.dtype)[:, None] * cdf[:, -1:]
    k = torch.searchsorted(cdf, target, right=True)  # first index whose cdf exceeds target
    last = (probs > 0).long().cumsum(-1).argmax(-1, keepdim=True)  # last token with mass
    k = torch.minimum(k, last)
    return (order.gather(-1, k) if order is not None else k).squeeze(-1)


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

    def __init__(self, model: str = "Qwen/Qwen3-4B", *, thinking: bool = False,
                 system_prompt: str | None = None, lora: dict[str, Any] | None = None,
                 learning_rate: float = 1e-4, epochs: int = 2, batch_size: int = 4,
                 grad_accum: int = 4, max_length: int = 4096, warmup: float = 0.03,
                 weight_decay: float = 0.0, max_grad_norm: float = 1.0, seed: int = 0,
                 dtype: str = "auto", device: str = "auto",
                 attn_implementation: str | None = None, sample_batch_size: int = 32,
                 gradient_checkpointing: bool = False, trust_remote_code: bool = False,
                 num_threads: int | None = None):
        """`warmup` < 1 is a fraction of the optimizer steps, >= 1 a number of steps.
        `batch_size` is per device; an optimizer step sees batch_size x grad_accum x devices
        examples. `dtype` "auto" is bfloat16 on a GPU that supports it, float32 otherwise.
        `num_threads` sets torch's CPU threads for the whole process (None: torch's default;
        on a busy machine 1 thread can be many times faster than all cores)."""
        unknown = set(lora or {}) - set(LORA_DEFAULTS)
        if unknown:
            raise IterdeployError(f"unknown LoRA setting(s) {sorted(unknown)}; "
                                  f"known: {', '.join(LORA_DEFAULTS)}")
        if dtype not in DTYPES:
            raise IterdeployError(f"dtype must be one of {', '.join(DTYPES)}, not {dtype!r}")
        for name, value in (("epochs", epochs), ("batch_size", batch_size),
                            ("grad_accum", grad_accum), ("max_length", max_length),
                            ("sample_batch_size", sample_batch_size)):
            if int(value) < 1:
                raise IterdeployError(f"{name} must be at least 1, not {value!r}")
        self.model_name = str(model)
        self.thinking = thinking
        self.system_prompt = system_prompt
        self.lora = {**LORA_DEFAULTS, **(lora or {})}
        self.learning_rate = learning_rate
        self.epochs = int(epochs)
        self.batch_size = int(batch_size)
        self.grad_accum = int(grad_accum)
        self.max_length = int(max_length)
        self.warmup = warmup
        self.weight_decay = weight_decay
        self.max_grad_norm = max_grad_norm
        self.seed = seed
        self.dtype = dtype
        self.device = device
        self.attn_implementation = attn_implementation
        self.sample_batch_size = int(sample_batch_size)
        self.gradient_checkpointing = gradient_checkpointing
        self.trust_remote_code = trust_remote_code
        self.num_threads = num_threads
        self._torch = None
        self._tok = None
        self._base = None  # the base model; LoRA layers are injected into it and removed again
        self._model = None  # what runs: the base model or a PeftModel around it
        self._adapter: Path | None = None
        self._device = None
        self._stop_ids: set[int] = set()

    @classmethod
    def from_objects(cls, model, tokenizer, **kwargs) -> "HFBackend":
        """A backend around an already built model and tokenizer (benchmarks, tests)."""
        self = cls(getattr(model, "name_or_path", "") or "<in memory>", **kwargs)
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
        if self.num_threads:
            torch.set_num_threads(int(self.num_threads))
        if self.device == "auto":
            # under `accelerate launch` each process takes its own GPU
            cuda = f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}"
            self._device = torch.device(cuda if torch.cuda.is_available() else "cpu")
        else:
            self._device = torch.device(self.device)
        if self._tok is None:
            self._tok = transformers.AutoTokenizer.from_pretrained(
                self.model_name, trust_remote_code=self.trust_remote_code)
        if self._base is None:
            kwargs: dict[str, Any] = {"dtype": self._torch_dtype(),
                                      "trust_remote_code": self.trust_remote_code}
            if self.attn_implementation:
                kwargs["attn_implementation"] = self.attn_implementation
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
        if self.dtype == "auto":
            gpu_bf16 = self._device.type == "cuda" and torch.cuda.is_bf16_supported()
            return torch.bfloat16 if gpu_bf16 else torch.float32
        return getattr(torch, self.dtype)

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
        if len(prompts) != len(seeds):
            raise IterdeployError(f"{len(prompts)} prompts but {len(seeds)} seeds")
        if not prompts:
            return []
        self._ensure_loaded()
        cache: dict[str, list[int]] = {}
        ids = [cache[p] if p in cache else cache.setdefault(p, self._prompt_ids(p))
               for p in prompts]
        lengths = [len(x) for x in ids]
        order = sorted(range(len(ids)), key=lambda i: lengths[i])  # similar lengths together
        out: list[Completion | None] = [None] * len(ids)
        for chunk in _length_chunks(order, lengths, self.sample_batch_size):
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
        uniforms = torch.stack([torch.rand(steps, generator=torch.Generator().manual_seed(s))
                                for s in seeds]).to(dev)
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
                nxt = _pick_tokens(out.logits[:, -1, :], uniforms[live, t],
                                   params.temperature, params.top_p)
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
        torch = require("torch")
        peft = require("peft")
        accelerate = require("accelerate")
        self._ensure_loaded()
        out_dir = Path(out_dir)
        start = time.perf_counter()
        rows, truncated, skipped = [], 0, 0
        for ex in examples:
            prompt, comp = self._prompt_ids(ex.prompt), self._completion_ids(ex.completion)
            built = build_example(prompt, comp, self.max_length)
            if built is None:
                skipped += 1
                continue
            truncated += len(built[0]) < len(prompt) + len(comp)
            rows.append((built[0], built[1], float(ex.weight)))
        if not rows:
            raise IterdeployError(f"no training example fits max_length={self.max_length} "
                                  f"({skipped} skipped: the prompt alone is too long)")

        self._detach_adapter()
        torch.manual_seed(self.seed)  # LoRA A matrices are initialised at random
        if init is None:
            peft_model = peft.get_peft_model(self._base, self._lora_config(peft))
        else:
            peft_model = peft.PeftModel.from_pretrained(self._base, str(init), is_trainable=True)
        if self.gradient_checkpointing:
            self._checkpointing(True)
        try:
            accelerator, losses, tokens = self._fit(peft_model, rows, accelerate)
        except BaseException:
            peft_model.unload()  # leave the base model as it was
            raise
        finally:
            if self.gradient_checkpointing:
                self._checkpointing(False)
        peft_model.eval()
        seconds = time.perf_counter() - start
        stats = {"loss": losses, "steps": len(losses), "examples": len(rows),
                 "skipped": skipped, "truncated": int(truncated), "epochs": self.epochs,
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

    def _fit(self, model, rows, accelerate):
        """The training loop: AdamW, linear warmup then decay, clipping, accumulation.
        Returns the accelerator, the loss of each optimizer step and the token counts."""
        torch = self._torch
        accelerator = accelerate.Accelerator(gradient_accumulation_steps=self.grad_accum,
                                             cpu=self._device.type == "cpu")
        loader = torch.utils.data.DataLoader(
            rows, batch_size=self.batch_size, shuffle=True,
            generator=torch.Generator().manual_seed(self.seed), collate_fn=self._collate)
        params = [p for p in model.parameters() if p.requires_grad]
        optimizer = torch.optim.AdamW(params, lr=self.learning_rate,
                                      weight_decay=self.weight_decay)
        model, optimizer, loader = accelerator.prepare(model, optimizer, loader)
        total = self.epochs * math.ceil(len(loader) / self.grad_accum)
        warm = int(self.warmup if self.warmup >= 1 else round(self.warmup * total))
        # stepped once per optimizer step, by us (accelerate's wrapper would step it once per
        # process under data parallelism)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            getattr(optimizer, "optimizer", optimizer),
            lambda s: s / warm if s < warm else max(0.0, (total - s) / max(1, total - warm)))
        model.train()
        losses: list[float] = []
        step_losses: list[float] = []
        tokens = {"input_tokens": 0, "target_tokens": 0}
        for _ in range(self.epochs):
            for batch in loader:
                with accelerator.accumulate(model):
                    loss = self._batch_loss(model, batch)
                    accelerator.backward(loss)
                    if accelerator.sync_gradients:
                        accelerator.clip_grad_norm_(params, self.max_grad_norm)
                    optimizer.step()
                    optimizer.zero_grad()
                step_losses.append(loss.item())
                tokens["input_tokens"] += int(batch["attention_mask"].sum())
                tokens["target_tokens"] += int((batch["labels"] != IGNORE).sum())
                if accelerator.sync_gradients:
                    scheduler.step()
                    losses.append(sum(step_losses) / len(step_losses))
                    step_losses = []
                    if len(losses) % 10 == 0:
                        log.info("train step %d/%d loss %.4f", len(losses), total, losses[-1])
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

    def _lora_config(self, peft):
        lora = self.lora
        return peft.LoraConfig(r=int(lora["r"]), lora_alpha=lora["alpha"],
                               lora_dropout=lora["dropout"],
                               target_modules=list(lora["target_modules"]),
                               task_type="CAUSAL_LM")

    def _collate(self, rows):
        """Left-padded batch: completions end at the last position, so the logits of the last
        (longest target + 1) positions are all the loss needs."""
        torch = self._torch
        ids, mask = _left_pad([r[0] for r in rows], self._pad_id)
        labels, _ = _left_pad([r[1] for r in rows], IGNORE)
        return {"input_ids": ids, "attention_mask": mask, "labels": labels,
                "weights": torch.tensor([r[2] for r in rows], dtype=torch.float32)}

    def _batch_loss(self, model, batch):
        labels = batch["labels"]
        targets = int((labels != IGNORE).sum(-1).max())
        out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                    position_ids=_positions(batch["attention_mask"]), use_cache=False,
                    logits_to_keep=targets + 1)
        return weighted_token_loss(out.logits[:, :-1], labels[:, -targets:], batch["weights"])

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
        if len(prompts) != len(completions):
            raise IterdeployError(f"{len(prompts)} prompts but {len(completions)} completions")
        self._ensure_loaded()
        torch = self._torch
        seqs = [(self._prompt_ids(p), self._completion_ids(c))
                for p, c in zip(prompts, completions)]
        lengths = [len(p) + len(c) for p, c in seqs]
        order = sorted(range(len(seqs)), key=lambda i: lengths[i])
        out: list[list[float]] = [[] for _ in seqs]
        self._model.eval()
        with torch.inference_mode():
            for chunk in _length_chunks(order, lengths, self.sample_batch_size,
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

    def _ensure_loaded(self) -> None:
        """Load the model if needed, with the adapter that was active before `release()`."""
        if self._model is not None:
            return
        self._setup()
        if self._adapter is not None:
            peft = require("peft")
            self._model = peft.PeftModel.from_pretrained(self._base, str(self._adapter))
            self._model.eval()
