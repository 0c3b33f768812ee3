"""The hf backend on a tiny randomly initialised Qwen3 (real `Qwen3Config`), CPU, no downloads.

The model (64 wide, 2 layers) and its word-level tokenizer with a Qwen3-style chat template
are built in code and saved to a temporary folder, so the backend loads them the way it loads
Qwen3-4B. One module-scoped backend is trained once and shared by the tests that read it.
"""
import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("accelerate")

import torch  # noqa: E402

from iterdeploy.backends import (Example, MissingDependency, SamplingParams,  # noqa: E402
                                 make_backend)
from iterdeploy.backends._textgen import chat_text, encode, word_tokenizer  # noqa: E402
from iterdeploy.backends.common import IGNORE  # noqa: E402
from iterdeploy.backends.hf import HFBackend, _length_chunks, build_example  # noqa: E402

PDDL = """(define (problem bw-3) (:domain blocksworld) (:objects b1 b2 b3)
(:init (clear b1) (on b1 b2) (on-table b2) (clear b3) (on-table b3) (arm-empty))
(:goal (and (on b2 b3) (on b3 b1))))
(pick-up b3) (put-down b3) (stack b3 b1) (unstack b1 b2) (holding b2) solve plan think"""
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>"]
WORDS = SPECIALS + ["user", "assistant", "system", "(", ")"] + sorted(
    set(PDDL.replace("(", " ").replace(")", " ").split()))

PROMPTS = ["solve (on b1 b2)", "solve (on b2 b3) (on b3 b1) (clear b1) (arm-empty)",
           "plan (holding b2)"]
EXAMPLES = [Example("solve (on b1 b2)", "(unstack b1 b2) (put-down b1)"),
            Example("plan (holding b2)", "(pick-up b2)"),
            Example("solve (on b3 b1)", "(pick-up b3) (stack b3 b1)"),
            Example("solve (clear b2)", "(unstack b1 b2)")]
INIT_RANGE = 0.2
# 1 thread: on a busy 2-core machine torch's default of 2 threads made training 30x slower.
TRAIN = dict(learning_rate=1e-2, epochs=8, batch_size=2, grad_accum=1, warmup=0,
             lora={"r": 8, "alpha": 16, "dropout": 0.0}, seed=0, num_threads=1)


def make_tiny_model(path, seed: int = 0):
    """Save a random 2-layer Qwen3 and its tokenizer to `path`; return the path."""
    from transformers import Qwen3Config, Qwen3ForCausalLM

    tok = word_tokenizer(WORDS)
    config = Qwen3Config(vocab_size=len(WORDS), hidden_size=64, intermediate_size=128,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         head_dim=16, max_position_embeddings=512, tie_word_embeddings=True,
                         eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
                         bos_token_id=None, initializer_range=INIT_RANGE)
    torch.manual_seed(seed)
    Qwen3ForCausalLM(config).save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("tiny-qwen3"))


@pytest.fixture(scope="module")
def backend(model_dir):
    return HFBackend(model=str(model_dir), **TRAIN)


@pytest.fixture(scope="module")
def trained(backend, tmp_path_factory):
    """(adapter dir, base logprobs, trained logprobs, base state dict) of one training run."""
    backend.load(None)
    prompts = [e.prompt for e in EXAMPLES]
    completions = [e.completion for e in EXAMPLES]
    base_state = {k: v.clone() for k, v in backend._base.state_dict().items()}
    before = backend.logprobs(prompts, completions)
    out = backend.train(EXAMPLES, tmp_path_factory.mktemp("gen") / "model")
    after = backend.logprobs(prompts, completions)
    return out, before, after, base_state


def _total(lps):
    return sum(sum(x) for x in lps)


def _close(a, b, tol):
    """Two lists of per-token log-probability lists agree within tol."""
    return len(a) == len(b) and all(x == pytest.approx(y, abs=tol) for x, y in zip(a, b))


# --- cheap import, missing dependency ---------------------------------------------------


def test_importing_the_module_imports_no_torch():
    code = ("import sys, iterdeploy.backends.hf; "
            "sys.exit(bool({'torch', 'transformers', 'peft'} & set(sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_missing_dependency_names_the_extra(monkeypatch, model_dir):
    monkeypatch.setitem(sys.modules, "transformers", None)
    backend = make_backend("hf", model=str(model_dir))  # constructing imports nothing heavy
    with pytest.raises(MissingDependency, match=r"pip install 'iterdeploy\[hf\]'"):
        backend.sample(["solve"], [1], SamplingParams())


def test_bad_settings_fail_early_naming_the_key():
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match=r"backend\.args\.lora\.rank"):
        HFBackend(model="x", lora={"rank": 8})
    with pytest.raises(IterdeployError, match=r"backend\.args\.dtype"):
        HFBackend(model="x", dtype="float8")
    with pytest.raises(IterdeployError, match=r"backend\.args\.micro_batch_size"):
        HFBackend(model="x", batch_size=4, micro_batch_size=3)


# --- pure helpers -----------------------------------------------------------------------


def test_labels_mask_the_prompt_and_a_too_long_example_is_dropped():
    ids, labels = build_example([5, 6, 7], [8, 9, 2], max_length=10)
    assert ids == [5, 6, 7, 8, 9, 2]
    assert labels == [IGNORE, IGNORE, IGNORE, 8, 9, 2]
    assert build_example([5, 6, 7], [8, 9, 2], max_length=6) is not None
    # cut at max_length it would lose its end token: dropped, never trained on
    assert build_example([5, 6, 7], [8, 9, 2], max_length=5) is None
    assert build_example([5, 6, 7], [8], max_length=3) is None


def test_length_chunks():
    assert _length_chunks([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], 2) == [[0, 1], [2, 3], [4]]
    assert _length_chunks([0, 1, 2], [2, 3, 10], 8, max_tokens=10) == [[0, 1], [2]]


def test_chat_template_thinking_switch_and_system_prompt(model_dir):
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(model_dir)
    off = chat_text(tok, "solve", thinking=False)
    assert off.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    on = chat_text(tok, "solve", system_prompt="plan well", thinking=True)
    assert on.startswith("<|im_start|>system\nplan well<|im_end|>")
    assert on.endswith("<|im_start|>assistant\n")
    assert encode(tok, off)[:2] == tok.convert_tokens_to_ids(["<|im_start|>", "user"])
    tok.chat_template = None
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match="chat template"):
        chat_text(tok, "solve")


# --- sampling ---------------------------------------------------------------------------


def test_sample_returns_one_completion_per_prompt_seed(backend):
    backend.load(None)
    out = backend.sample(PROMPTS * 2, list(range(6)), SamplingParams(max_new_tokens=8))
    assert len(out) == 6
    assert all(0 < c.new_tokens <= 8 for c in out)
    assert all(isinstance(c.text, str) for c in out)


def test_same_seed_same_text_whatever_the_batch(backend):
    backend.load(None)
    params = SamplingParams(temperature=1.0, max_new_tokens=12)
    prompts = [PROMPTS[i % 3] for i in range(7)]
    seeds = [11, 12, 13, 11, 99, 7, 5]
    together = backend.sample(prompts, seeds, params)
    alone = [backend.sample([p], [s], params)[0] for p, s in zip(prompts, seeds)]
    backend.sample_batch_size = 2
    try:
        reordered = backend.sample(prompts[::-1], seeds[::-1], params)[::-1]
    finally:
        backend.sample_batch_size = 32
    assert together == alone == reordered
    # same prompt, different seeds: different samples at temperature 1
    texts = {c.text for c in backend.sample([PROMPTS[0]] * 6, range(6), params)}
    assert len(texts) >= 5


def test_nucleus_sampling_is_batch_independent_too(backend):
    backend.load(None)
    params = SamplingParams(temperature=0.8, top_p=0.9, max_new_tokens=10)
    prompts, seeds = [PROMPTS[0], PROMPTS[1], PROMPTS[0]], [3, 4, 5]
    together = backend.sample(prompts, seeds, params)
    assert together == [backend.sample([p], [s], params)[0] for p, s in zip(prompts, seeds)]


def test_samples_follow_the_model_distribution(backend):
    """First tokens of 2000 seeds match softmax(logits); top_p keeps only the nucleus."""
    backend.load(None)
    tok = backend._tok
    ids = torch.tensor([backend._prompt_ids(PROMPTS[0])])
    with torch.no_grad():
        probs = torch.softmax(backend._model(input_ids=ids).logits[0, -1], -1)
    n = 2000
    first = backend.sample([PROMPTS[0]] * n, range(n), SamplingParams(max_new_tokens=1))
    counts = torch.zeros_like(probs)
    for c in first:
        token = tok.convert_tokens_to_ids(c.text) if c.text else tok.eos_token_id
        counts[token] += 1
    total_variation = 0.5 * (counts / n - probs).abs().sum().item()
    uniform = 0.5 * (probs - 1 / len(probs)).abs().sum().item()
    assert total_variation < 0.08 < uniform  # sampling noise, far below a wrong distribution
    nucleus_p = 0.5
    ranked = probs.sort(descending=True)
    size = int((ranked.values.cumsum(0) - ranked.values < nucleus_p).sum())
    nucleus = set(ranked.indices[:size].tolist())
    top = backend.sample([PROMPTS[0]] * 100, range(100),
                         SamplingParams(top_p=nucleus_p, max_new_tokens=1))
    seen = {tok.convert_tokens_to_ids(c.text) if c.text else tok.eos_token_id for c in top}
    assert seen <= nucleus and len(seen) == size, (seen, nucleus)  # all of it, nothing else


def test_greedy_ignores_the_seed(backend):
    backend.load(None)
    out = backend.sample([PROMPTS[1]] * 3, [1, 2, 3], SamplingParams(temperature=0,
                                                                     max_new_tokens=10))
    assert out[0] == out[1] == out[2]


def test_max_new_tokens_and_finished_flag(backend):
    backend.load(None)
    out = backend.sample([PROMPTS[0]] * 40, range(40), SamplingParams(max_new_tokens=30))
    assert all(c.new_tokens <= 30 for c in out)
    assert all(c.finished for c in out if c.new_tokens < 30)
    assert any(c.finished for c in out) and any(not c.finished for c in out)
    cut = backend.sample(PROMPTS, [1, 2, 3], SamplingParams(max_new_tokens=1))
    assert all(c.new_tokens == 1 for c in cut)


def test_logprobs_do_not_depend_on_the_batch(backend):
    backend.load(None)
    completions = ["(pick-up b1)", "(stack b3 b1) (unstack b1 b2)", ""]
    together = backend.logprobs(PROMPTS, completions)
    alone = [backend.logprobs([p], [c])[0] for p, c in zip(PROMPTS, completions)]
    assert [len(x) for x in together] == [5, 11, 1]  # tokens + end of turn
    for a, b in zip(together, alone):
        assert a == pytest.approx(b, abs=1e-5)
        assert all(x <= 0 for x in a)


# --- training, adapters -----------------------------------------------------------------


def test_training_raises_the_likelihood_of_the_examples(trained):
    out, before, after, _ = trained
    assert _total(after) > _total(before) + 5
    for b, a in zip(before, after):  # every example, not just on average
        assert sum(a) > sum(b)
    assert (out / "adapter_config.json").is_file()
    assert (out / "adapter_model.safetensors").is_file()
    stats = json.loads((out / "train_stats.json").read_text())
    assert stats["steps"] == 16 and stats["examples"] == 4 and len(stats["loss"]) == 16
    assert stats["loss"][-1] < stats["loss"][0]
    assert stats["target_tokens"] > 0 and stats["time_s"] > 0


def test_sampling_after_training_uses_the_adapter(backend, trained):
    out, *_ = trained
    backend.load(out)
    greedy = SamplingParams(temperature=0, max_new_tokens=20)
    got = backend.sample([e.prompt for e in EXAMPLES], [0] * 4, greedy)
    learned = [c.text.replace(" ", "") == e.completion.replace(" ", "")
               for c, e in zip(got, EXAMPLES)]
    assert sum(learned) >= 3, got  # the tiny model memorises its four examples


def test_load_none_restores_the_base_and_load_adapter_restores_training(backend, trained):
    out, before, after, base_state = trained
    prompts = [e.prompt for e in EXAMPLES]
    completions = [e.completion for e in EXAMPLES]
    backend.load(None)
    assert _close(backend.logprobs(prompts, completions), before, 1e-6)
    state = backend._base.state_dict()
    assert state.keys() == base_state.keys()
    assert all(torch.equal(state[k], v) for k, v in base_state.items())
    backend.load(out)
    assert _close(backend.logprobs(prompts, completions), after, 1e-5)


def test_each_training_starts_from_the_base(backend, trained, tmp_path):
    """init=None trains a fresh adapter: a second identical run reproduces the first."""
    out, _, after, _ = trained
    backend.load(out)  # the trained adapter is active when training starts again
    again = backend.train(EXAMPLES, tmp_path / "again")
    logprobs = backend.logprobs([e.prompt for e in EXAMPLES], [e.completion for e in EXAMPLES])
    assert _close(logprobs, after, 1e-4)
    first = json.loads((out / "train_stats.json").read_text())["loss"]
    assert json.loads((again / "train_stats.json").read_text())["loss"] == pytest.approx(
        first, rel=1e-4)


def test_training_from_init_continues_that_adapter(backend, trained, tmp_path):
    out, *_ = trained
    more = backend.train(EXAMPLES, tmp_path / "more", init=out)
    first = json.loads((out / "train_stats.json").read_text())["loss"]
    cont = json.loads((more / "train_stats.json").read_text())["loss"]
    assert cont[0] < first[0] / 2
    assert json.loads((more / "train_stats.json").read_text())["init"] == str(out)


def test_weight_zero_examples_change_nothing(backend, tmp_path):
    backend.load(None)
    prompts = [e.prompt for e in EXAMPLES]
    completions = [e.completion for e in EXAMPLES]
    before = backend.logprobs(prompts, completions)
    zero = [Example(e.prompt, e.completion, weight=0.0) for e in EXAMPLES]
    backend.train(zero, tmp_path / "zero")
    assert _close(backend.logprobs(prompts, completions), before, 1e-6)


def test_a_failed_training_leaves_the_base_model(backend, monkeypatch, tmp_path):
    backend.load(None)
    prompts, completions = [e.prompt for e in EXAMPLES], [e.completion for e in EXAMPLES]
    before = backend.logprobs(prompts, completions)
    real, calls = backend._batch_loss, []

    def failing(*args):  # one micro-batch, then a crash
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("out of memory")
        return real(*args)

    monkeypatch.setattr(backend, "_batch_loss", failing)
    with pytest.raises(RuntimeError, match="out of memory"):
        backend.train(EXAMPLES, tmp_path / "crash")
    assert not (tmp_path / "crash").exists()
    assert backend._model is backend._base and backend._adapter is None
    assert not any("lora" in name for name, _ in backend._base.named_modules())
    assert _close(backend.logprobs(prompts, completions), before, 1e-6)


def test_prompt_tokens_carry_no_loss(backend, tmp_path):
    """The batch the trainer sees labels every prompt token -100; the targets are the
    completion's tokens and the end-of-turn token."""
    backend._ensure_loaded()
    ex = EXAMPLES[0]
    prompt, comp = backend._prompt_ids(ex.prompt), backend._completion_ids(ex.completion)
    batch = backend._collate([(*build_example(prompt, comp, 512), 1.0)])
    labels = batch["labels"][0].tolist()
    assert labels[:len(prompt)] == [IGNORE] * len(prompt)
    assert labels[len(prompt):] == comp and comp[-1] == backend._tok.eos_token_id


def test_gradient_checkpointing_and_max_length(model_dir, tmp_path, caplog):
    backend = HFBackend(model=str(model_dir), gradient_checkpointing=True, max_length=24,
                        epochs=1, batch_size=4, grad_accum=1, warmup=0, num_threads=1)
    long = Example("solve " + "(on b1 b2) " * 10, "(pick-up b1)")
    out = backend.train([long] + EXAMPLES[:2], tmp_path / "gc")
    stats = json.loads((out / "train_stats.json").read_text())
    assert stats["examples"] == 2 and stats["dropped_too_long"] == 1
    assert "1 of 3 training examples are longer than max_length=24" in caplog.text
    assert backend.sample(["solve"], [0], SamplingParams(max_new_tokens=3))[0].new_tokens <= 3


def test_load_rejects_a_folder_without_adapter(backend, tmp_path):
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match="adapter_config.json"):
        backend.load(tmp_path)


@pytest.mark.slow
def test_bench_tiny_runs(tmp_path):
    from pathlib import Path
    bench = Path(__file__).resolve().parents[1] / "bench" / "hf_gpu.py"
    res = subprocess.run([sys.executable, str(bench), "--tiny", "--json", "--threads", "1"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    rows = json.loads(res.stdout)["results"]
    assert {r["what"] for r in rows} >= {"train", "sample"}
    assert all(r["tokens_per_s"] > 0 for r in rows)


@pytest.mark.slow
def test_two_process_training_gives_the_one_process_adapter(model_dir, tmp_path):
    """`train_processes: 2` (accelerate launch, DDP over gloo on CPU), 2 examples per process
    and step, against one process with 4 per step: the same global batches, so the same
    adapter up to floating-point rounding; the folder is written once, by process 0."""
    from safetensors.torch import load_file
    common = dict(model=str(model_dir), learning_rate=1e-2, epochs=2, grad_accum=1,
                  warmup=0, lora={"r": 8, "alpha": 16, "dropout": 0.0}, seed=0,
                  num_threads=1, device="cpu")
    examples = EXAMPLES * 2
    one = HFBackend(batch_size=4, **common).train(examples, tmp_path / "one")
    two_backend = HFBackend(batch_size=2, train_processes=2, **common)
    two = two_backend.train(examples, tmp_path / "two")
    stats = json.loads((two / "train_stats.json").read_text())
    assert stats["processes"] == 2 and stats["steps"] == 4
    a = load_file(one / "adapter_model.safetensors")
    b = load_file(two / "adapter_model.safetensors")
    assert a.keys() == b.keys()
    assert all(torch.allclose(a[k], b[k], atol=1e-5) for k in a)
    assert any(not torch.allclose(a[k], torch.zeros_like(a[k])) for k in a if "lora_B" in k)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]  # no leftovers
    out = two_backend.sample(["solve"], [0], SamplingParams(max_new_tokens=2))  # loads it
    assert len(out) == 1


@pytest.mark.slow
def test_gpu_smoke_runs_tiny_on_cpu(tmp_path):
    from pathlib import Path
    bench = Path(__file__).resolve().parents[1] / "bench" / "gpu_smoke.py"
    # its vLLM rows run against the stand-in (vLLM is CUDA-only)
    fake = Path(__file__).resolve().parent / "fake_vllm"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(fake), *filter(None, [os.environ.get("PYTHONPATH")])])}
    res = subprocess.run([sys.executable, str(bench), "--tiny", "--json",
                          str(tmp_path / "smoke.json")], capture_output=True, text=True,
                         timeout=600, env=env)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    rows = {r["check"]: r for r in json.loads((tmp_path / "smoke.json").read_text())["rows"]}
    assert rows["vllm: adapter loads, amplified adapter changes greedy samples"]["ok"]
    assert rows["vllm: sleep/wake keeps the adapter's effect"]["same"] == 4
    assert "data_parallel_size" in rows["vllm: in-process data parallelism refused"]["note"]
    assert rows["adapter layout as vLLM loads it"]["tensors"] == 2 * 7 * 2  # layers x modules x A/B
    for check in ("base weights unchanged after unloading",
                  "reloaded adapter gives the same log-probabilities",
                  "padded batch = single rows (log-probabilities)"):
        assert rows[check]["ok"]


def test_sampling_batches_stay_within_the_kv_cache_budget(backend, monkeypatch):
    backend.load(None)
    params = SamplingParams(max_new_tokens=6)
    prompts, seeds = PROMPTS * 4, list(range(12))
    whole = backend.sample(prompts, seeds, params)
    per_token = backend._kv_bytes_per_token()
    longest = max(len(backend._prompt_ids(p)) for p in PROMPTS) + 6
    sizes = []
    real = backend._generate

    def recorded(rows, row_seeds, p):
        sizes.append((len(rows), max(len(r) for r in rows) + 6))
        return real(rows, row_seeds, p)

    monkeypatch.setattr(backend, "_generate", recorded)
    monkeypatch.setattr(backend.args, "sample_kv_budget_gb", 3 * longest * per_token / 2**30)
    assert backend.sample(prompts, seeds, params) == whole  # same texts, smaller batches
    assert len(sizes) > 1 and sum(n for n, _ in sizes) == 12
    assert all(n * width * per_token <= 3 * longest * per_token for n, width in sizes)
