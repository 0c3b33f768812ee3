"""Typed backend arguments (backends/args.py): one home for the defaults, checked like the
rest of the config, every bundled config's backend buildable, old run folders still readable."""
import dataclasses
import sys
from pathlib import Path

import pytest
import yaml

from iterdeploy.backends import BACKENDS, make_backend
from iterdeploy.backends.args import ARGS, HFArgs, TinyArgs, VLLMArgs, backend_args
from iterdeploy.config import ConfigError, RunConfig, load_config, to_dict, upgrade
from iterdeploy.loop import ConfigMismatch, _check_or_write_config, load_run_config

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
FAKE = Path(__file__).resolve().parent / "fake_vllm"


def test_every_registered_backend_has_an_arguments_dataclass():
    assert set(ARGS) == set(BACKENDS)
    assert issubclass(VLLMArgs, HFArgs)  # vllm = hf's settings + its engine


def test_the_default_experiment_is_written_once_in_code(monkeypatch):
    cfg = RunConfig()
    assert cfg.backend.args == TinyArgs() and cfg.backend.args.threads == 2
    assert cfg.backend.args.pretrain.steps == 1400
    assert cfg.backend.args.pretrain.corpus.groups[0].n == 6000
    assert load_config(CONFIGS / "default.yaml") == cfg  # the bundled file is that copy
    # the corpus builder's default groups are the dataclass's, not a copy
    from iterdeploy.backends import args
    from iterdeploy.corpus import build_corpus
    small = args.CorpusArgs(groups=[args.CorpusGroup("ferry", {"cars": 1, "locations": 2}, 3)])
    monkeypatch.setattr(args, "CorpusArgs", lambda: small)
    assert [e.prompt.split("\n", 1)[0] for e in build_corpus(progress=False)] == \
        ["domain: ferry"] * 3


@pytest.mark.parametrize("override, needle", [
    ("backend.args.threads=two", "backend.args.threads: expected int"),
    ("backend.args.finetune.lr=fast", "backend.args.finetune.lr: expected float"),
    ("backend.args.pretrain.corpus.groups=[{domain: ferry}]",
     "backend.args.pretrain.corpus.groups[0]"),
    ("backend.args.colour=blue", "unknown key(s) backend.args.colour"),
    ("backend.args.mode=half", "backend.args.mode: 'half' is not one of full, lora"),
    ("backend.name=nosuch", "backend.name: 'nosuch' is not one of"),
])
def test_bad_backend_arguments_name_the_key(override, needle):
    with pytest.raises(ConfigError) as exc:
        load_config(None, [override])
    assert needle in str(exc.value)


def test_the_paper_config_switches_to_hf_and_its_engine_section_is_checked_then_ignored(caplog):
    paper = CONFIGS / "paper-qwen3-4b.yaml"
    vllm = load_config(paper)
    assert isinstance(vllm.backend.args, VLLMArgs)
    assert vllm.backend.args.engine.sleep_while_training is True
    assert (vllm.sampling.top_k, vllm.sampling.min_p, vllm.sampling.top_p,
            vllm.sampling.temperature) == (20, 0.0, 0.95, 0.6)  # Qwen3's thinking mode
    with caplog.at_level("INFO", logger="iterdeploy"):
        hf = load_config(paper, ["backend.name=hf"])
    assert type(hf.backend.args) is HFArgs
    assert "engine" not in to_dict(hf)["backend"]["args"]
    assert "not used by the hf backend" in caplog.text
    shared = {f.name for f in dataclasses.fields(HFArgs)}
    assert {k: v for k, v in to_dict(vllm)["backend"]["args"].items() if k in shared} == \
        to_dict(hf)["backend"]["args"]
    with pytest.raises(ConfigError, match=r"backend\.args\.engine\.gpu_memory_utilisation"):
        load_config(paper, ["backend.name=hf", "backend.args.engine.gpu_memory_utilisation=1"])
    cfg = load_config(paper, ["backend.args.engine.gpu_memory_utilization=0.3"])
    assert cfg.backend.args.engine.gpu_memory_utilization == 0.3


@pytest.fixture
def fake_vllm(monkeypatch):
    for name in [m for m in sys.modules if m == "vllm" or m.startswith("vllm.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.syspath_prepend(str(FAKE))
    yield
    for name in [m for m in sys.modules if m == "vllm" or m.startswith("vllm.")]:
        del sys.modules[name]


@pytest.mark.parametrize("config, overrides", [
    ("default.yaml", []), ("smoke.yaml", []), ("ipc10.yaml", []), ("three-domains.yaml", []),
    ("rl-compare.yaml", []), ("long.yaml", []), ("long-no-filter.yaml", []),
    ("long-refresh.yaml", []), ("paper-qwen3-4b.yaml", []),
    ("paper-qwen3-4b.yaml", ["backend.name=hf"])])
def test_the_backend_of_every_bundled_config_is_built_without_loading_weights(
        config, overrides, fake_vllm):
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    threads = torch.get_num_threads()
    try:
        cfg = load_config(CONFIGS / config, overrides)
        backend = make_backend(cfg.backend.name, cfg.backend.args)
        assert backend.args == cfg.backend.args
        if cfg.backend.name == "tiny":
            assert backend.model is None and torch.get_num_threads() == cfg.backend.args.threads
        elif cfg.backend.name == "hf":
            assert backend._base is None
        else:
            assert backend._llm is None and backend.hf._base is None
            assert backend.engine_args["gpu_memory_utilization"] == \
                cfg.backend.args.engine.gpu_memory_utilization
    finally:
        torch.set_num_threads(threads)
    assert sorted(p.name for p in CONFIGS.glob("*.yaml")) == sorted(
        ["default.yaml", "smoke.yaml", "ipc10.yaml", "three-domains.yaml", "rl-compare.yaml",
         "long.yaml", "long-no-filter.yaml", "long-refresh.yaml", "paper-qwen3-4b.yaml"])  # a new bundled config joins this test


def _old_layout(cfg: RunConfig) -> dict:
    """`cfg` as the earlier version wrote it: pre-training under a top-level `pretrain`."""
    data = to_dict(cfg)
    pre = data["backend"]["args"].pop("pretrain")
    corpus = pre.pop("corpus")
    data["pretrain"] = {"corpus": corpus, "args": pre}
    for key in ("top_k", "min_p"):
        del data["sampling"][key]
    return data


def test_a_run_folder_of_the_earlier_layout_resumes(tmp_path):
    cfg = load_config(CONFIGS / "smoke.yaml")
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"config": _old_layout(cfg)}))
    _check_or_write_config(cfg, tmp_path, force=False)  # same experiment: no complaint
    assert load_run_config(tmp_path) == cfg
    other = load_config(CONFIGS / "smoke.yaml", ["backend.args.pretrain.steps=61"])
    with pytest.raises(ConfigMismatch, match=r"backend\.args\.pretrain\.steps: 60 -> 61"):
        _check_or_write_config(other, tmp_path, force=False)


def test_an_old_vllm_config_moves_its_engine_settings():
    old = {"backend": {"name": "vllm", "args": {"model": "m", "gpu_memory_utilization": 0.4,
                                                "tensor_parallel_size": 2,
                                                "vllm_args": {"max_num_seqs": 8}}}}
    new = upgrade(old)["backend"]["args"]
    assert new == {"model": "m", "engine": {"gpu_memory_utilization": 0.4,
                                            "tensor_parallel_size": 2,
                                            "extra": {"max_num_seqs": 8}}}
    assert backend_args("vllm", new).engine.tensor_parallel_size == 2


def test_an_unreadable_run_folder_config_is_refused_with_a_clear_message(tmp_path):
    data = to_dict(RunConfig())
    data["backend"]["args"]["colour"] = "blue"
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"config": data}))
    with pytest.raises(ConfigMismatch, match="cannot be read by this version.*colour"):
        _check_or_write_config(RunConfig(), tmp_path, force=False)


@pytest.mark.parametrize("overrides, needle", [
    (["prompt_style=terse"], "prompt_style: 'terse' is not one of compact, grouped, rows, full"),
    (["prompt_style=full"], "prompt_style: 'full' is for LLMs; the tiny backend reads "
                            "compact, grouped or rows prompts"),
])
def test_prompt_styles_the_backend_cannot_read_are_refused(overrides, needle):
    from iterdeploy import IterdeployError
    from iterdeploy.loop import check_config
    check_config(load_config(None, ["prompt_style=grouped"]))  # the tiny model reads it
    with pytest.raises(IterdeployError) as exc:
        check_config(load_config(None, overrides))
    assert needle in str(exc.value)


def test_the_base_is_pretrained_on_prompts_of_the_runs_style(tmp_path, monkeypatch):
    """ensure_base hands the run's prompt style to the tiny backend's corpus."""
    from iterdeploy.backends import tiny
    from iterdeploy.loop import ensure_base

    seen = {}

    def record(self, examples, out_dir, **overrides):
        seen["prompts"] = [e.prompt for e in examples]
        return {"steps": 0}

    monkeypatch.setattr(tiny.TinyBackend, "pretrain", record)
    monkeypatch.setattr(tiny.TinyBackend, "set_base", lambda self, path: None)
    corpus = {"groups": [{"domain": "rovers", "sizes": {"objectives": 1}, "n": 3},
                         {"domain": "sokoban", "sizes": {"grid": 5, "boxes": 1}, "n": 2,
                          "plans": "optimal"}]}
    written = {}
    for style in ("compact", "grouped", "rows"):
        b = make_backend("tiny", threads=1, pretrain={"corpus": corpus})
        ensure_base(b, tmp_path / style, 0, style)
        statics = [p.splitlines()[2].startswith("static: ") for p in seen["prompts"]]
        assert statics == [style != "compact"] * 5
        written[style] = seen["prompts"]
    # no direction paths in Rovers; Sokoban's adjacencies become rows and columns
    assert written["rows"][:3] == written["grouped"][:3]
    for rows, grouped in zip(written["rows"][3:], written["grouped"][3:]):
        assert len(rows) < len(grouped) and " right)" in rows and " left)" not in rows
