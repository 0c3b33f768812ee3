"""The vllm backend against tests/fake_vllm, a stand-in for vLLM's API (vLLM is CUDA-only).

The stand-in's text spells out the adapter name and seed it was given, so these tests check
the plumbing: chat formatting, one seed per request, LoRA requests and their ids, engine
arguments, and that training and log-probabilities go through the hf backend.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from iterdeploy.backends import Example, MissingDependency, SamplingParams, make_backend
from iterdeploy.backends._textgen import vllm_lora_rank

FAKE = Path(__file__).resolve().parent / "fake_vllm"


def _forget_vllm():
    for name in [m for m in sys.modules if m == "vllm" or m.startswith("vllm.")]:
        del sys.modules[name]


@pytest.fixture
def fake_vllm(monkeypatch):
    """The stand-in importable as `vllm` for one test."""
    _forget_vllm()
    monkeypatch.syspath_prepend(str(FAKE))
    import vllm
    assert vllm.__version__.endswith("+fake")
    vllm.LLM.instances.clear()
    yield vllm
    _forget_vllm()


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from test_backend_hf import make_tiny_model
    return make_tiny_model(tmp_path_factory.mktemp("tiny-qwen3"))


def test_importing_the_module_imports_neither_vllm_nor_torch():
    code = ("import sys, iterdeploy.backends.vllm; "
            "sys.exit(bool({'vllm', 'torch', 'transformers'} & set(sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_without_vllm_the_error_names_the_extra(monkeypatch):
    _forget_vllm()
    monkeypatch.setitem(sys.modules, "vllm", None)  # as if not installed
    with pytest.raises(MissingDependency, match=r"pip install 'iterdeploy\[vllm\]'"):
        make_backend("vllm", model="any")


def test_lora_rank_rounds_up_to_what_vllm_accepts():
    assert [vllm_lora_rank(r) for r in (1, 8, 9, 16, 17, 64, 300)] == [8, 8, 16, 16, 32, 64, 320]
    with pytest.raises(ValueError):
        vllm_lora_rank(1024)


def test_engine_arguments(fake_vllm, model_dir):
    engine = {"tensor_parallel_size": 2, "gpu_memory_utilization": 0.4,
              "max_model_len": 2048, "extra": {"max_num_seqs": 64}}
    backend = make_backend("vllm", model=str(model_dir), lora={"r": 12}, seed=7,
                           engine=engine)
    assert fake_vllm.LLM.instances == []  # the engine starts on first use
    backend.sample(["solve"], [1], SamplingParams(max_new_tokens=5))
    (llm,) = fake_vllm.LLM.instances
    assert llm.args["model"] == str(model_dir)
    assert llm.args["enable_lora"] is True and llm.args["max_lora_rank"] == 16
    assert llm.args["tensor_parallel_size"] == 2 and "data_parallel_size" not in llm.args
    assert llm.args["gpu_memory_utilization"] == 0.4 and llm.args["seed"] == 7
    assert llm.args["max_model_len"] == 2048 and llm.args["max_num_seqs"] == 64
    assert llm.args["enable_sleep_mode"] is True  # sleeping while training is the default
    backend.sample(["solve"], [2], SamplingParams(max_new_tokens=5))
    assert len(fake_vllm.LLM.instances) == 1  # one engine for the backend's life
    awake = make_backend("vllm", model=str(model_dir),
                         engine={"sleep_while_training": False})
    awake.sample(["solve"], [1], SamplingParams())
    assert "enable_sleep_mode" not in fake_vllm.LLM.instances[-1].args


def test_in_process_data_parallelism_is_refused_as_by_vllm(fake_vllm, model_dir):
    with pytest.raises(ValueError, match="data_parallel_size"):
        fake_vllm.LLM(model=str(model_dir), data_parallel_size=2)  # the stand-in, as vLLM
    # so the backend never asks one engine for it (it starts engine processes instead)
    backend = make_backend("vllm", model=str(model_dir), engine={"data_parallel_size": 2})
    assert "data_parallel_size" not in backend.engine_args


def test_top_k_min_p_reach_vllm_and_abort_is_not_finished(fake_vllm, model_dir, monkeypatch):
    backend = make_backend("vllm", model=str(model_dir))
    params = SamplingParams(temperature=0.6, top_p=0.95, top_k=20, min_p=0.05,
                            max_new_tokens=64)
    backend.sample(["solve"], [3], params)
    llm = fake_vllm.LLM.instances[0]
    (sp,) = llm.calls[-1].sampling_params
    assert (sp.temperature, sp.top_p, sp.top_k, sp.min_p) == (0.6, 0.95, 20, 0.05)
    real = llm._complete

    def aborted(*args):
        out = real(*args)
        out.outputs[0].finish_reason = "abort"
        return out

    monkeypatch.setattr(llm, "_complete", aborted)
    (c,) = backend.sample(["solve"], [3], params)
    assert c.finished is False


def test_sampling_sends_one_seed_per_request_and_chat_formatted_ids(fake_vllm, model_dir):
    from iterdeploy.backends.hf import HFBackend
    backend = make_backend("vllm", model=str(model_dir), thinking=False,
                           system_prompt="you plan")
    prompts = ["solve (on b1 b2)", "plan (holding b2)", "solve (on b1 b2)"]
    params = SamplingParams(temperature=0.7, top_p=0.9, max_new_tokens=64)
    out = backend.sample(prompts, [11, 12, 13], params)
    assert [c.text.split()[:2] for c in out] == [["adapter=base", f"seed={s}"]
                                                 for s in (11, 12, 13)]
    call = fake_vllm.LLM.instances[0].calls[-1]
    assert [(sp.n, sp.temperature, sp.top_p, sp.max_tokens, sp.seed)
            for sp in call.sampling_params] == [(1, 0.7, 0.9, 64, s) for s in (11, 12, 13)]
    assert call.use_tqdm is False and call.lora_requests == [None] * 3
    # the prompt vLLM sees is, token for token, the prompt the hf backend trains on
    hf = HFBackend(model=str(model_dir), thinking=False, system_prompt="you plan",
                   num_threads=1)
    hf._ensure_loaded()
    assert call.prompt_token_ids == [hf._prompt_ids(p) for p in prompts]
    tok = fake_vllm.LLM.instances[0].tokenizer
    assert tok.convert_tokens_to_ids(["<think>", "</think>"]) == call.prompt_token_ids[0][-2:]
    # same (prompt, seed) -> same text; the finished flag follows finish_reason
    again = backend.sample(prompts[::-1], [13, 12, 11], params)
    assert again[::-1] == out
    assert all(c.finished and c.new_tokens == len(c.text.split()) for c in out)


def test_thinking_mode_reaches_the_chat_template(fake_vllm, model_dir):
    backend = make_backend("vllm", model=str(model_dir), thinking=True)
    backend.sample(["solve"], [1], SamplingParams())
    ids = fake_vllm.LLM.instances[0].calls[-1].prompt_token_ids[0]
    tok = fake_vllm.LLM.instances[0].tokenizer
    assert tok.convert_ids_to_tokens(ids)[-2:] == ["<|im_start|>", "assistant"]


def test_greedy_and_max_tokens(fake_vllm, model_dir):
    backend = make_backend("vllm", model=str(model_dir))
    greedy = backend.sample(["solve"] * 2, [1, 2], SamplingParams(temperature=0))
    assert greedy[0] == greedy[1] and "seed=greedy" in greedy[0].text
    assert fake_vllm.LLM.instances[0].calls[-1].sampling_params[0].seed is None
    cut = backend.sample(["solve"] * 4, [1, 2, 3, 4], SamplingParams(max_new_tokens=2))
    assert all(c.new_tokens == 2 and not c.finished for c in cut)


def test_load_sets_lora_requests_with_one_id_per_adapter(fake_vllm, model_dir, tmp_path):
    backend = make_backend("vllm", model=str(model_dir))
    a, b = tmp_path / "gen_000" / "model", tmp_path / "gen_001" / "model"
    for folder in (a, b):
        folder.mkdir(parents=True)
        (folder / "adapter_config.json").write_text(json.dumps({"r": 16}))
    backend.load(a)
    out_a = backend.sample(["solve"], [5], SamplingParams())
    backend.load(b)
    out_b = backend.sample(["solve"], [5], SamplingParams())
    backend.load(a)
    out_a2 = backend.sample(["solve"], [5], SamplingParams())
    backend.load(None)
    out_base = backend.sample(["solve"], [5], SamplingParams())
    requests = [c.lora_requests[0] for c in fake_vllm.LLM.instances[0].calls]
    assert [(r.lora_name, r.lora_int_id, r.lora_path) for r in requests[:3]] == [
        ("adapter-1", 1, str(a.resolve())), ("adapter-2", 2, str(b.resolve())),
        ("adapter-1", 1, str(a.resolve()))]
    assert requests[3] is None
    assert out_a == out_a2 and out_a != out_b
    assert out_a[0].text.startswith("adapter=adapter-1") and out_base[0].text.startswith(
        "adapter=base")
    from iterdeploy import IterdeployError
    with pytest.raises(IterdeployError, match="adapter_config.json"):
        backend.load(tmp_path)


def test_training_goes_through_hf_and_vllm_samples_the_new_adapter(fake_vllm, model_dir,
                                                                     tmp_path):
    pytest.importorskip("peft")
    backend = make_backend("vllm", model=str(model_dir), lora={"r": 8, "dropout": 0.0},
                           learning_rate=1e-2, epochs=2, batch_size=2, grad_accum=1,
                           warmup=0, num_threads=1)
    examples = [Example("solve (on b1 b2)", "(unstack b1 b2)"),
                Example("plan (holding b2)", "(pick-up b2)")]
    backend.sample(["solve"], [1], SamplingParams())  # the engine is up before training
    llm = fake_vllm.LLM.instances[0]
    asleep_while_training = []
    real_train = backend.hf.train

    def watched(*args, **kwargs):
        asleep_while_training.append(llm.sleeping)
        return real_train(*args, **kwargs)

    backend.hf.train = watched
    out = backend.train(examples, tmp_path / "model")
    assert asleep_while_training == [True]  # vLLM released its memory while HF trained
    assert (out / "adapter_config.json").is_file()
    assert llm.sleep_count == 1 and not llm.sleeping  # asleep only while training
    assert backend.hf._model is None  # HF weights released for vLLM after training
    backend.sample(["solve"], [1], SamplingParams())
    first = llm.calls[-1].lora_requests[0]
    assert first.lora_path == str(out.resolve()) and first.lora_int_id == 1
    # log-probabilities come from the HF model with the same adapter
    from iterdeploy.backends.hf import HFBackend
    ref = HFBackend(model=str(model_dir), num_threads=1)
    ref.load(out)
    prompts, completions = [e.prompt for e in examples], [e.completion for e in examples]
    got = backend.logprobs(prompts, completions)
    want = ref.logprobs(prompts, completions)
    assert all(g == pytest.approx(w, abs=1e-5) for g, w in zip(got, want))
    # retraining into the same folder gets a new id: vLLM caches adapters by id
    backend.train(examples[:1], tmp_path / "model")
    backend.sample(["solve"], [1], SamplingParams())
    assert llm.calls[-1].lora_requests[0].lora_int_id == 2


@pytest.mark.slow
def test_data_parallel_sampling_shards_over_engine_processes(fake_vllm, model_dir, tmp_path,
                                                               monkeypatch):
    """engine.data_parallel_size 2 x tensor_parallel_size 2 on 4 visible GPUs: two engine
    processes (spawned; the stand-in is importable there too) on GPUs 0,1 and 2,3, whose
    merged results equal one engine's, adapters and sleep included."""
    from iterdeploy import IterdeployError
    from iterdeploy.backends.vllm_shards import gpu_groups
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "0,1,2,3")
    one = make_backend("vllm", model=str(model_dir))
    dp = make_backend("vllm", model=str(model_dir),
                      engine={"data_parallel_size": 2, "tensor_parallel_size": 2})
    prompts = ["solve (on b1 b2)", "plan (holding b2)", "solve (on b2 b3)", "solve", "plan"]
    seeds = [4, 5, 6, 7, 8]
    params = SamplingParams(temperature=0.7, top_k=20, max_new_tokens=6)
    adapter = tmp_path / "gen_000" / "model"
    adapter.mkdir(parents=True)
    (adapter / "adapter_config.json").write_text(json.dumps({"r": 16}))
    try:
        got = dp.sample(prompts, seeds, params)
        assert dp._llm.devices() == ["0,1", "2,3"]
        assert got == one.sample(prompts, seeds, params)
        dp.load(adapter)
        one.load(adapter)
        with_adapter = dp.sample(prompts, seeds, params)
        assert with_adapter == one.sample(prompts, seeds, params) != got
        assert with_adapter[0].text.startswith("adapter=adapter-1")
        dp._llm.sleep(1)
        with pytest.raises(IterdeployError, match="asleep"):
            dp.sample(prompts, seeds, params)
        dp._llm.wake_up()
        assert dp.sample(prompts[:1], seeds[:1], params) == with_adapter[:1]
    finally:
        dp.close()
    with pytest.raises(IterdeployError, match="needs 8 GPUs, 4 visible"):
        gpu_groups(4, 2)
