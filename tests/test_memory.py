"""The GPU memory estimator (memory.py): its counts against small real models on CPU, the
paper config against one 80 GB GPU, and the refusal naming the setting to change."""
import logging

import pytest

from iterdeploy import IterdeployError, memory
from iterdeploy.backends.args import HFArgs
from iterdeploy.memory import GIB, Shape, check_fits, estimate, kv_bytes_per_token

QWEN3_4B = {"hidden_size": 2560, "num_hidden_layers": 36, "intermediate_size": 9728,
            "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128,
            "vocab_size": 151936, "tie_word_embeddings": True}  # Qwen/Qwen3-4B config.json


@pytest.fixture(scope="module")
def tiny_qwen3():
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    import torch
    cfg = transformers.Qwen3Config(vocab_size=97, hidden_size=48, intermediate_size=80,
                                   num_hidden_layers=3, num_attention_heads=4,
                                   num_key_value_heads=2, head_dim=16,
                                   tie_word_embeddings=False)
    torch.manual_seed(0)
    return transformers.Qwen3ForCausalLM(cfg).eval()


def test_parameter_count_matches_a_real_model(tiny_qwen3):
    want = sum(p.numel() for p in tiny_qwen3.parameters())
    assert Shape.of(tiny_qwen3.config).parameters() == want
    assert 4.0e9 < Shape.of(QWEN3_4B).parameters() < 4.1e9  # Qwen3-4B: 4.02 B


def test_lora_parameter_count_matches_peft(tiny_qwen3):
    peft = pytest.importorskip("peft")
    import copy
    targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    model = peft.get_peft_model(copy.deepcopy(tiny_qwen3),
                                peft.LoraConfig(r=4, target_modules=targets))
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    assert Shape.of(tiny_qwen3.config).lora_parameters(4, targets) == trainable


def test_kv_cache_bytes_match_the_cache_of_a_forward(tiny_qwen3):
    import torch
    tokens = 11
    with torch.no_grad():
        out = tiny_qwen3(input_ids=torch.arange(tokens)[None], use_cache=True)
    cache = out.past_key_values
    held = sum(layer.keys.numel() * layer.keys.element_size()
               + layer.values.numel() * layer.values.element_size() for layer in cache.layers)
    assert kv_bytes_per_token(tiny_qwen3.config, 4) * tokens == held


def _saved_bytes(model, tokens: int) -> int:
    """Bytes autograd keeps for backward in a forward of `tokens` tokens through the decoder
    (weights frozen, as under LoRA; the weights themselves are not counted)."""
    import torch
    params = {p.data_ptr() for p in model.parameters()}
    seen = {}

    def pack(t):
        if t.data_ptr() not in params and t.is_floating_point():
            seen[t.data_ptr()] = t.untyped_storage().nbytes()
        return t

    embeds = model.model.embed_tokens(torch.arange(tokens)[None] % 97).detach()
    embeds.requires_grad_(True)
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        model.model(inputs_embeds=embeds, use_cache=False)
    return sum(seen.values())


def test_activation_bytes_per_layer_match_what_autograd_keeps(tiny_qwen3):
    import copy
    model = copy.deepcopy(tiny_qwen3).train()
    for p in model.parameters():
        p.requires_grad_(False)
    tokens = 64
    s = Shape.of(model.config)
    measured = _saved_bytes(model, tokens) / s.layers
    want = memory.layer_activation_bytes(s, tokens, 4)
    assert 0.6 * want <= measured <= 1.4 * want, (measured, want)


def test_the_paper_setting_fits_one_80gb_gpu_and_checkpointing_is_what_makes_it(monkeypatch):
    import yaml
    from pathlib import Path
    paper = yaml.safe_load((Path(__file__).resolve().parents[1] / "configs"
                            / "paper-qwen3-4b.yaml").read_text())
    from iterdeploy.backends.args import backend_args
    args = backend_args("vllm", paper["backend"]["args"])
    monkeypatch.setattr(memory, "_gpu_total", lambda: 80 * GIB)
    est = estimate(QWEN3_4B, "vllm", args, max_new_tokens=12288)
    assert est.train < 40 * GIB and est.sample <= 80 * GIB
    check_fits(est, "vllm", args, 80 * GIB)
    import dataclasses
    plain = dataclasses.replace(args, gradient_checkpointing=False)
    assert estimate(QWEN3_4B, "vllm", plain, 12288).train > 2 * est.train
    awake = dataclasses.replace(args, engine=dataclasses.replace(args.engine,
                                                                 sleep_while_training=False))
    assert estimate(QWEN3_4B, "vllm", awake, 12288).train == est.train + 40 * GIB


@pytest.mark.parametrize("change, needle", [
    ({"max_length": 131072, "gradient_checkpointing": False},
     "lower backend.args.max_length or backend.args.micro_batch_size, or set "
     "backend.args.gradient_checkpointing: true"),
    ({"sample_kv_budget_gb": 200.0, "sample_batch_size": 512},
     "lower backend.args.sample_kv_budget_gb"),
])
def test_a_config_that_cannot_fit_is_refused_naming_the_setting(change, needle):
    args = HFArgs(**change)
    est = estimate(QWEN3_4B, "hf", args, max_new_tokens=12288)
    with pytest.raises(IterdeployError, match="GiB per GPU") as exc:
        check_fits(est, "hf", args, 80 * GIB)
    assert needle in str(exc.value)


def test_vllm_awake_while_training_is_refused_naming_sleep(monkeypatch):
    monkeypatch.setattr(memory, "_gpu_total", lambda: 24 * GIB)
    from iterdeploy.backends.args import backend_args
    args = backend_args("vllm", {"engine": {"sleep_while_training": False,
                                            "gpu_memory_utilization": 0.9}})
    est = estimate(QWEN3_4B, "vllm", args, max_new_tokens=2048)
    with pytest.raises(IterdeployError, match="sleep_while_training: true"):
        check_fits(est, "vllm", args, 24 * GIB)


def test_preflight_prints_the_estimate_from_a_local_model_folder(tmp_path, caplog):
    transformers = pytest.importorskip("transformers")
    transformers.Qwen3Config(**QWEN3_4B).save_pretrained(tmp_path)  # config.json, no weights
    log = logging.getLogger("iterdeploy")
    with caplog.at_level("INFO", logger="iterdeploy"):
        est = memory.preflight("hf", HFArgs(model=str(tmp_path)), 2048, log)
    assert est is not None and "memory estimate: training peak" in caplog.text
    assert memory.preflight("tiny", None, 10, log) is None
    with caplog.at_level("INFO", logger="iterdeploy"):
        assert memory.preflight("hf", HFArgs(model=str(tmp_path / "none")), 10, log) is None
    assert "skipped" in caplog.text


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU: compares the estimate with "
                                        "torch.cuda.max_memory_allocated")
@pytest.mark.parametrize("checkpointing", [True, False])
def test_the_training_estimate_bounds_the_measured_peak_on_a_gpu(checkpointing):
    """On a GPU: LoRA training of a 0.13 B random Qwen3 on one 4k-token example peaks below
    the estimate, and the estimate is not loose by more than 2x plus the fixed overhead."""
    import sys
    from pathlib import Path

    import torch
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from hf_gpu import build_model, build_tokenizer, random_text

    from iterdeploy.backends import Example
    from iterdeploy.backends.hf import HFBackend

    config = dict(vocab_size=32000, hidden_size=1024, intermediate_size=3072,
                  num_hidden_layers=8, num_attention_heads=16, num_key_value_heads=8,
                  head_dim=64, tie_word_embeddings=True)
    tok = build_tokenizer(config["vocab_size"])
    model = build_model(config, tok, "bfloat16", "cuda", None)
    import random
    rng = random.Random(0)
    example = Example(random_text(rng, 1024, config["vocab_size"]),
                      random_text(rng, 3072, config["vocab_size"]))
    backend = HFBackend.from_objects(model, tok, device="cuda", epochs=1, batch_size=1,
                                     grad_accum=1, warmup=0, max_length=4096 + 64,
                                     gradient_checkpointing=checkpointing)
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        backend.train([example], Path(tmp) / "adapter")
    measured = torch.cuda.max_memory_allocated()
    est = estimate(model.config, "hf", backend.args, 0, prompt_tokens=1024).train
    backend.release()
    assert measured <= est <= 2 * measured + memory.OVERHEAD, (measured / GIB, est / GIB)
