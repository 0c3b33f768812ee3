"""The paper's configuration (configs/paper-qwen3-4b.yaml) end to end on CPU with the hf
backend: real transformers + PEFT on a tiny random Qwen3 (tests/test_backend_hf.py builds it)
in place of Qwen3-4B, a few Blocksworld tasks, two fine-tuned generations.

Everything else is the paper config as shipped: full-style prompts, thinking mode, LoRA
r 16, gradient checkpointing, micro-batches with accumulation, the chunked loss, and
Qwen3's sampling settings (temperature 0.6, top-p 0.95, top-k 20). A random model writes no
valid plan, so the curation policy is `no-filter` here: every trace is trained on, and the
training path runs too.
"""
import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("accelerate")

PAPER = Path(__file__).resolve().parents[1] / "configs" / "paper-qwen3-4b.yaml"


@pytest.mark.slow
def test_the_paper_config_runs_two_generations_with_the_hf_backend(tmp_path, caplog):
    from test_backend_hf import make_tiny_model

    from iterdeploy.config import load_config
    from iterdeploy.loop import run

    model = make_tiny_model(tmp_path / "tiny-qwen3")
    cfg = load_config(PAPER, [
        "backend.name=hf", f"backend.args.model={model}", "backend.args.num_threads=1",
        "backend.args.epochs=1", "backend.args.max_length=4096", "generations=2",
        "pool.groups=[{domain: blocksworld, vary: {blocks: [2, 3]}, per_size: 1, "
        "eval_per_size: 1}]", "pool.reference=none", "sampling.k=2", "sampling.eval_k=1",
        "sampling.max_new_tokens=12", "sampling.batch_size=4", "curation.policy=no-filter"])
    assert (cfg.sampling.top_k, cfg.sampling.top_p) == (20, 0.95)
    assert cfg.backend.args.gradient_checkpointing and cfg.backend.args.lora.r == 16
    with caplog.at_level("INFO", logger="iterdeploy"):
        rows = run(cfg, tmp_path / "run", progress=False)
    assert [r["generation"] for r in rows] == [0, 1, 2]
    assert "memory estimate: training peak" in caplog.text  # printed before loading
    for g in (0, 1):
        model_dir = tmp_path / "run" / f"gen_{g:03d}" / "model"
        stats = json.loads((model_dir / "train_stats.json").read_text())
        assert (model_dir / "adapter_config.json").is_file() and (model_dir / "DONE").exists()
        assert stats["examples"] == 4 and stats["steps"] == 1 and stats["target_tokens"] > 0
        adapter = json.loads((model_dir / "adapter_config.json").read_text())
        assert adapter["r"] == 16
    samples = (tmp_path / "run" / "gen_002" / "samples.jsonl").read_text().splitlines()
    assert len(samples) == 4  # 2 pool tasks x k = 2
