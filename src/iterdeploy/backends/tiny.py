"""The `tiny` backend: a small Llama-style causal LM trained from scratch on the CPU.

No pretrained weights can be downloaded here, so the CPU default builds its own base model:
a `transformers.LlamaForCausalLM` from a config (~1 M parameters by default), a tokenizer
built in code over the PDDL vocabulary of the ten bundled domains, pre-training on a seed
corpus (`iterdeploy.corpus`), then full or LoRA (`peft`) fine-tuning per generation.

Tokenizer: a word that is in the vocabulary is one token (`(pick-up`, `b17`, `)`); any other
word is split into pieces (`loc`, `_`, `3`; `b`, `517`) where a piece that is not the first
of its word is a continuation token (`##517`), so decoding is exact. The vocabulary is built
for the domains named in the pre-training corpus: their predicates and actions, and whole-name
tokens for their objects: `stem0`..`stem40` (`b17`, `rover3store`) and, for grid cells,
`stem_0_0`..`stem_13_13` (`loc_3_4`), so that a Sokoban adjacency is five tokens, not thirteen. Pre-training draws object names at random from
`b1..b<name_pool>` (see `corpus.py`), so a model trained on 2-5 blocks reads and writes `b9`;
larger numbers are spelled stem + number, and unknown words letter by letter.

Sampling is a lean loop over the model's forward (`lean.Decoder`: each prompt read once and
shared by its k rows), in batches of prompts of similar length. Each row draws its tokens
from its own seeded uniform stream (inverse-CDF sampling), so a sample depends only on the
prompt, the weights and its seed: the same seed gives the same text.
"""
from __future__ import annotations

import dataclasses
import json
import math
import random
import re
import time
from pathlib import Path
from typing import Sequence

from tqdm import tqdm

from iterdeploy import IterdeployError
from iterdeploy.backends import Completion, Example, SamplingParams, require
from iterdeploy.backends.args import TinyArgs, TinyFinetune, backend_args
from iterdeploy.backends.common import (check_prompts, check_sampling, lora_config,
                                        pick_tokens, weighted_loss)


NUM_MAX = 199  # numbers 0..NUM_MAX are single tokens
GRID_MAX = 13  # grid names `stem_R_C` (Sokoban's loc_3_4, Floortile's tile_0_2) with R, C <= 13
SPECIALS = ("<pad>", "<bos>", "<eos>", "<unk>")
PAD, BOS, EOS, UNK = range(4)
_PIECE = re.compile(r"\([a-z][a-z0-9_\-]*|\)|[a-z]+|\d+|[^a-z\d\s]")
_CHUNK = re.compile(r"\(?[^()\s]*|\)")  # "(on", "b3", ")": whole-word lookups first
_STEM_NUMBER = re.compile(r"^([a-z][a-z_\-]*?)(\d+)$")
_STEM_NUMBER_SUFFIX = re.compile(r"^([a-z][a-z\-]*?)(\d+)([a-z][a-z\-]*)$")  # rover1store
_GRID_NAME = re.compile(r"^([a-z][a-z\-]*_)(\d+)_(\d+)$")  # loc_3_4


# --------------------------------------------------------------------------------------
# Tokenizer


class TinyTokenizer:
    """Word-piece tokenizer over PDDL symbols, built in code; exact decode."""

    def __init__(self, vocab: Sequence[str]):
        self.vocab = list(vocab)
        self.index = {t: i for i, t in enumerate(self.vocab)}

    @classmethod
    def build(cls, domains: Sequence[str] | None = None, name_max: int = 40) -> "TinyTokenizer":
        """The vocabulary of the given bundled domains (default: all ten): their heads,
        constants and object-name stems, whole-name tokens `stem1`..`stem<name_max>`, and
        pieces (letters, digits, numbers 0..NUM_MAX) that spell any other name."""
        from iterdeploy.domains import DOMAINS, generate, load_domain

        words: set[str] = {"domain", "init", "goal", "plan", "(not", ":"}
        names: set[str] = set()
        for name in domains or DOMAINS:
            dom = load_domain(name)
            words.add(name)
            words.add(dom.name)
            words.update("(" + p for p in dom.predicates)
            words.update("(" + a for a in dom.actions)
            for const in dom.constants:
                words.update(_PIECE.findall(const))
            task = generate(name, 0)
            for obj in re.findall(r"\b[a-z][a-z0-9_\-]*\b", task.problem.split(":objects")[1]
                                  .split(":init")[0].lower()):
                words.update(p for p in _PIECE.findall(obj) if not p.isdigit())
                if m := _STEM_NUMBER.match(obj):
                    names.update(f"{m.group(1)}{i}" for i in range(name_max + 1))
                elif m := _STEM_NUMBER_SUFFIX.match(obj):
                    names.update(f"{m.group(1)}{i}{m.group(3)}" for i in range(name_max + 1))
                elif m := _GRID_NAME.match(obj):
                    names.update(f"{m.group(1)}{i}_{j}" for i in range(GRID_MAX + 1)
                                 for j in range(GRID_MAX + 1))
        words.discard("object")
        letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
        pieces = sorted(words | set(letters) | set("_-:()")) + [str(i) for i in range(NUM_MAX + 1)]
        vocab = list(SPECIALS)
        for p in pieces:
            vocab += [p, "##" + p]
        return cls(dict.fromkeys(vocab + sorted(names)))

    def __len__(self) -> int:
        return len(self.vocab)

    def _piece_ids(self, piece: str, glued: bool) -> list[int]:
        key = ("##" if glued else "") + piece
        if key in self.index:
            return [self.index[key]]
        if piece.startswith("(") and len(piece) > 1:
            return self._piece_ids("(", glued) + self._spell(piece[1:], True)
        return self._spell(piece, glued)

    def _spell(self, piece: str, glued: bool) -> list[int]:
        out = []
        for j, ch in enumerate(piece):
            key = ("##" if glued or j else "") + ch
            out.append(self.index.get(key, UNK))
        return out

    def encode(self, text: str) -> list[int]:
        """Text -> token ids (no BOS/EOS)."""
        ids: list[int] = []
        for word in text.lower().split():
            for j, chunk in enumerate(_CHUNK.findall(word)):
                if j == 0 and chunk in self.index or chunk == ")":
                    ids += self._piece_ids(chunk, j > 0)
                    continue
                for k, piece in enumerate(_PIECE.findall(chunk)):
                    glued = j > 0 or k > 0
                    if piece.isdigit() and int(piece) > NUM_MAX:
                        ids += [self.index["##" + d if (glued or m) else d]
                                for m, d in enumerate(piece)]
                    else:
                        ids += self._piece_ids(piece, glued)
        return ids

    def decode(self, ids: Sequence[int]) -> str:
        """Token ids -> text; actions end their line."""
        out: list[str] = []
        for i in ids:
            if i < len(SPECIALS):
                if i == UNK:
                    out.append(" ?")
                continue
            tok = self.vocab[i]
            if tok.startswith("##"):
                out.append(tok[2:])
                if tok == "##)":
                    out.append("\n")
            else:
                if out and not out[-1].endswith("\n"):
                    out.append(" ")
                out.append(tok)
        return "".join(out)

    def save(self, path: Path) -> None:
        """tokenizer.json next to the weights."""
        Path(path).write_text(json.dumps({"vocab": self.vocab}))

    @classmethod
    def load(cls, path: Path) -> "TinyTokenizer":
        """Read tokenizer.json."""
        return cls(json.loads(Path(path).read_text())["vocab"])


# --------------------------------------------------------------------------------------
# The backend


class TinyBackend:
    """Small from-scratch transformer; fine-tuning is "full" or "lora" (`args.TinyArgs`)."""

    def __init__(self, args: TinyArgs | None = None, **kwargs):
        args = backend_args("tiny", args if args is not None else kwargs)
        self.args = args
        self.mode = args.mode
        self.seed = args.seed
        self.sample_batch_size = args.sample_batch_size
        self.progress = True  # progress bars while training (the loop sets it)
        self.torch = require("torch")
        require("transformers").utils.logging.disable_progress_bar()
        self.torch.set_num_threads(max(1, args.threads))
        self.tokenizer: TinyTokenizer | None = None
        self.model = None
        self.base_dir: Path | None = None

    # -- model building, saving, loading ------------------------------------------------

    def _new_model(self):
        transformers = require("transformers")
        shape = {k: v for k, v in dataclasses.asdict(self.args.model).items() if v is not None}
        cfg = transformers.LlamaConfig(
            vocab_size=len(self.tokenizer), tie_word_embeddings=True, pad_token_id=PAD,
            bos_token_id=BOS, eos_token_id=EOS, **shape)
        self.torch.manual_seed(self.seed)
        return transformers.LlamaForCausalLM(cfg)

    def _read(self, path: Path):
        transformers = require("transformers")
        self.tokenizer = TinyTokenizer.load(Path(path) / "tokenizer.json")
        model = transformers.LlamaForCausalLM.from_pretrained(path)
        model.eval()
        return model

    def _save(self, model, out_dir: Path, stats: dict) -> None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(out_dir)
        self.tokenizer.save(out_dir / "tokenizer.json")
        (out_dir / "train.json").write_text(json.dumps(stats, indent=1))

    def set_base(self, path: Path) -> None:
        """The base model that `train(init=None)` starts from; also loaded for sampling."""
        self.base_dir = Path(path)
        self.load(path)

    def load(self, path: Path | None) -> None:
        """Sample from the weights at `path` (None: the base model)."""
        path = path if path is not None else self.base_dir
        if path is None:
            raise IterdeployError("the tiny backend has no base model yet: pretrain first")
        self.model = self._read(path)

    # -- training -----------------------------------------------------------------------

    def base(self, out_dir: Path, seed: int, prompt_style: str = "compact") -> dict:
        """Build the seed corpus (`args.pretrain.corpus`, deterministic in `seed`, prompts of
        `prompt_style`) and pre-train the base model on it into `out_dir`; its statistics."""
        from iterdeploy.corpus import build_corpus

        clock = time.perf_counter()
        corpus = self.args.pretrain.corpus
        examples = build_corpus(seed=seed, groups=[dataclasses.asdict(g) for g in corpus.groups],
                                name_pool=corpus.name_pool, walk_length=corpus.walk_length,
                                style=prompt_style, progress=self.progress)
        corpus_s = time.perf_counter() - clock
        stats = self.pretrain(examples, out_dir)
        return {"corpus_s": round(corpus_s, 3), "examples": len(examples), **stats}

    def pretrain(self, examples: Sequence[Example], out_dir: Path, **overrides) -> dict:
        """Train the base model from scratch on `examples`; save it to `out_dir`. `overrides`
        replace settings of `args.pretrain` (steps, lr, ...)."""
        self.tokenizer = TinyTokenizer.build(_domains_of(examples), self.args.name_max)
        model = self._new_model()
        hp = _schedule(self.args.pretrain, overrides)
        out_dir = Path(out_dir)
        stats = self._fit(model, examples, hp, desc="pretrain",
                          checkpoint=out_dir / "pretrain.ckpt")
        stats["parameters"] = sum(p.numel() for p in model.parameters())
        stats["vocab"] = len(self.tokenizer)
        self._save(model, out_dir, stats)
        (out_dir / "pretrain.ckpt").unlink(missing_ok=True)
        self.set_base(out_dir)
        return stats

    def train(self, examples: Sequence[Example], out_dir: Path, init: Path | None = None) -> Path:
        """Fine-tune from the base (init None) or from `init`; sample from the result after."""
        start = init if init is not None else self.base_dir
        if start is None:
            raise IterdeployError("the tiny backend has no base model to fine-tune from")
        model = self._read(start)
        hp = self.args.finetune
        if self.mode == "lora":
            peft = require("peft")
            model = peft.get_peft_model(model, lora_config(peft, self.args.lora))
        stats = self._fit(model, examples, hp, desc="fine-tune") if examples else \
            {"steps": 0, "tokens": 0, "loss": []}
        if self.mode == "lora":
            model = model.merge_and_unload()  # saved merged: the tiny model is 4 MB
        stats["mode"] = self.mode
        self._save(model, out_dir, stats)
        model.eval()
        self.model = model
        return Path(out_dir)

    def _encode_example(self, e: Example) -> tuple[list[int], list[int], float]:
        p = [BOS] + self.tokenizer.encode(e.prompt)
        c = self.tokenizer.encode(e.completion) + [EOS]
        return p + c, [-100] * len(p) + c, e.weight

    def _fit(self, model, examples: Sequence[Example], hp: TinyFinetune, desc: str,
             checkpoint: Path | None = None) -> dict:
        """AdamW with linear warmup and cosine decay; the weighted completion-only loss of
        `common.weighted_loss`.

        With `checkpoint`, the whole training state (weights, optimiser, schedule, data
        order, random states) is saved there atomically every `checkpoint_every` steps, and
        a checkpoint found there is continued: a killed pre-training resumes where it was and
        ends with the same weights as an uninterrupted one."""
        from iterdeploy.backends import lean

        torch = self.torch
        rows = [self._encode_example(e) for e in examples]
        seed = hp.seed if hp.seed is not None else self.seed
        rng = random.Random(seed)
        torch.manual_seed(seed)
        steps, bs = hp.steps, hp.batch_size
        params = [p for p in model.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(params, lr=hp.lr, weight_decay=hp.weight_decay,
                                betas=(0.9, 0.98))
        warm = max(1, hp.warmup)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, (s + 1) / warm) * (0.1 + 0.9 * 0.5 * (
                1 + math.cos(math.pi * min(1.0, s / max(1, steps))))))
        model.train()
        losses, tokens, first, before = [], 0, 0, 0.0
        order: list[int] = []
        lengths = [len(r[0]) for r in rows]
        every = getattr(hp, "checkpoint_every", 0)
        if checkpoint is not None and checkpoint.exists():
            state = _load_checkpoint(torch, checkpoint, steps, len(rows))
            model.load_state_dict(state["model"])
            opt.load_state_dict(state["optimizer"])
            sched.load_state_dict(state["schedule"])
            rng.setstate(state["rng"])
            torch.set_rng_state(state["torch_rng"])
            order, losses, tokens = state["order"], state["losses"], state["tokens"]
            first, before = state["step"], state["wall_s"]
        clock = time.perf_counter()
        bar = tqdm(range(first, steps), desc=desc, unit="step", leave=False,
                   disable=not self.progress, initial=first, total=steps)
        for step in bar:
            if len(order) < bs:
                order += _bucketed(len(rows), lengths, bs, rng)
            batch = [rows[i] for i in order[:bs]]
            del order[:bs]
            ids, labels, mask, weights = self._collate(batch)
            loss = weighted_loss(lean.completion_nll(model, ids, labels), weights, len(batch))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            tokens += int(mask.sum())
            losses.append(round(loss.item(), 4))
            if step % 20 == 0:
                bar.set_postfix(loss=f"{losses[-1]:.3f}")
            if checkpoint is not None and every and (step + 1) % every == 0 \
                    and step + 1 < steps:
                _save_checkpoint(torch, checkpoint, {
                    "step": step + 1, "steps": steps, "examples": len(rows),
                    "model": model.state_dict(), "optimizer": opt.state_dict(),
                    "schedule": sched.state_dict(), "rng": rng.getstate(),
                    "torch_rng": torch.get_rng_state(), "order": order, "losses": losses,
                    "tokens": tokens, "wall_s": before + time.perf_counter() - clock})
        bar.close()
        model.eval()
        wall = before + time.perf_counter() - clock
        return {"steps": steps, "examples": len(rows), "tokens": tokens,
                "wall_s": round(wall, 3), "tokens_per_s": round(tokens / max(wall, 1e-9), 1),
                "resumed_at_step": first,
                "final_loss": float(sum(losses[-20:]) / max(1, len(losses[-20:]))),
                "loss": losses[::10]}

    def _collate(self, batch):
        torch = self.torch
        width = max(len(r[0]) for r in batch)
        ids = torch.full((len(batch), width), PAD, dtype=torch.long)
        labels = torch.full((len(batch), width), -100, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for i, (x, y, _) in enumerate(batch):
            ids[i, :len(x)] = torch.tensor(x)
            labels[i, :len(y)] = torch.tensor(y)
            mask[i, :len(x)] = 1
        weights = torch.tensor([w for *_, w in batch], dtype=torch.float)
        return ids, labels, mask, weights

    # -- sampling -----------------------------------------------------------------------

    def sample(self, prompts: Sequence[str], seeds: Sequence[int],
               params: SamplingParams) -> list[Completion]:
        """One completion per (prompt, seed), in batches of up to `sample_batch_size` rows.

        Rows are ordered by prompt length (and prompt) before they are cut into batches, so a
        batch holds prompts of similar length and the rows of one prompt side by side; the
        results come back in the order asked for."""
        check_prompts(prompts, seeds)
        check_sampling(params)
        if self.model is None:
            self.load(None)
        distinct = list(dict.fromkeys(prompts))
        enc = {p: [BOS] + self.tokenizer.encode(p) for p in distinct}
        first = {p: i for i, p in enumerate(distinct)}
        order = sorted(range(len(prompts)),
                       key=lambda i: (len(enc[prompts[i]]), first[prompts[i]], i))
        out: list[Completion | None] = [None] * len(prompts)
        bs = self.sample_batch_size
        for start in range(0, len(order), bs):
            rows = order[start:start + bs]
            done = self._sample_batch([prompts[i] for i in rows], [seeds[i] for i in rows],
                                      enc, params)
            for i, c in zip(rows, done):
                out[i] = c
        return out

    def _sample_batch(self, prompts, seeds, enc, params: SamplingParams) -> list[Completion]:
        """Decode rows whose prompts are grouped (rows of one prompt side by side)."""
        from iterdeploy.backends.lean import Decoder

        torch = self.torch
        distinct = list(dict.fromkeys(prompts))
        index = {p: i for i, p in enumerate(distinct)}
        groups = torch.tensor([index[p] for p in prompts])
        n, T = len(prompts), params.max_new_tokens
        # each row's own uniform stream: the sample depends on its seed only
        u = torch.stack([torch.rand(T, generator=torch.Generator().manual_seed(s % 2**63))
                         for s in seeds])
        new = torch.full((n, T), PAD, dtype=torch.long)
        done = torch.zeros(n, dtype=torch.bool)
        lengths = torch.full((n,), T, dtype=torch.long)
        with torch.inference_mode():
            dec = Decoder(self.model, [enc[p] for p in distinct], groups, T)
            logits = dec.prefill()
            active = torch.arange(n)  # rows still being decoded, in cache order
            for t in range(T):
                tok = pick_tokens(logits.float(), u[active, t], params)
                tok = torch.where(done[active], torch.full_like(tok, PAD), tok)
                new[active, t] = tok
                ended = (tok == EOS) & ~done[active]
                lengths[active[ended]] = t + 1
                done[active[ended]] = True
                if bool(done.all()) or t == T - 1:
                    break
                live = ~done[active]
                if int((~live).sum()) * 4 >= len(active):  # compact when a quarter is done
                    dec.keep(live.nonzero()[:, 0])
                    active, tok = active[live], tok[live]
                logits = dec.step(tok)
        res = []
        for i in range(n):
            L = int(lengths[i])
            toks = new[i, :L].tolist()
            res.append(Completion(self.tokenizer.decode([x for x in toks if x != EOS]), L,
                                  bool(done[i])))
        return res

    def logprobs(self, prompts: Sequence[str], completions: Sequence[str]) -> list[list[float]]:
        """Per-token log-probabilities of each completion (its tokens and EOS)."""
        torch = self.torch
        if self.model is None:
            self.load(None)
        out = []
        with torch.inference_mode():
            for p, c in zip(prompts, completions):
                x, y, _ = self._encode_example(Example(p, c))
                logits = self.model(input_ids=torch.tensor([x])).logits[0, :-1].float()
                lp = torch.log_softmax(logits, -1)
                tgt = torch.tensor(y[1:])
                keep = tgt != -100
                out.append(lp[keep].gather(1, tgt[keep][:, None])[:, 0].tolist())
        return out


def _schedule(hp: TinyFinetune, overrides: dict) -> TinyFinetune:
    """`hp` with some settings replaced, checked like the config (the error names the key)."""
    from iterdeploy.config import from_dict

    if not overrides:
        return hp
    plain = {**dataclasses.asdict(hp), **overrides}
    return from_dict(type(hp), plain, "backend.args.pretrain")


def _domains_of(examples: Sequence[Example]) -> list[str]:
    """The bundled domains named on the first line of compact prompts ("domain: NAME")."""
    from iterdeploy.domains import DOMAINS, load_domain

    by_pddl_name = {load_domain(n).name: n for n in DOMAINS}
    found = set()
    for e in examples:
        head = e.prompt.split("\n", 1)[0]
        if head.startswith("domain: "):
            name = head[len("domain: "):].strip()
            found.add(by_pddl_name.get(name, name if name in DOMAINS else None))
    found.discard(None)
    return sorted(found) or list(DOMAINS)


def _save_checkpoint(torch, path: Path, state: dict) -> None:
    """torch.save atomically: a kill never leaves half a checkpoint."""
    from iterdeploy.rundir import atomic_open

    with atomic_open(path, "wb") as fh:
        torch.save(state, fh)


def _load_checkpoint(torch, path: Path, steps: int, examples: int) -> dict:
    """A checkpoint of this very training (same step count and corpus size), or an error
    naming the file."""
    try:
        state = torch.load(path, weights_only=False)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same message
        raise IterdeployError(f"{path}: unreadable training checkpoint ({exc}); delete it "
                              f"to train from the start") from None
    if (state.get("steps"), state.get("examples")) != (steps, examples):
        raise IterdeployError(
            f"{path}: checkpoint of another training ({state.get('steps')} steps on "
            f"{state.get('examples')} examples, not {steps} on {examples}); delete it to "
            f"train from the start")
    return state


def _bucketed(n: int, lengths: list[int], bs: int, rng: random.Random) -> list[int]:
    """One epoch's order: shuffled, then sorted by length within windows of 16 batches and
    cut into batches that are shuffled again (less padding, same examples per epoch)."""
    idx = list(range(n))
    rng.shuffle(idx)
    window = 16 * bs
    batches = []
    for start in range(0, n, window):
        chunk = sorted(idx[start:start + window], key=lambda i: lengths[i])
        batches += [chunk[j:j + bs] for j in range(0, len(chunk), bs)]
    rng.shuffle(batches)
    return [i for b in batches for i in b]
