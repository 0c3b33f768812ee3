"""bench/backends.py: the four-KV-head case builds the model it names and counts its rows;
the deploy case's turns; the targets line."""
import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

BENCH = Path(__file__).resolve().parents[1] / "bench" / "backends.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_backends", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_default_shares_one_kv_head_and_the_mha_case_gives_each_head_its_own(tmp_path):
    bench = _bench()
    default = bench._random_backend(1, tmp_path / "default")
    mha = bench._random_backend(1, tmp_path / "mha", num_key_value_heads=4)
    cfg = default.model.config
    assert cfg.num_key_value_heads == 1 and cfg.num_attention_heads == 4
    assert mha.model.config.num_key_value_heads == 4
    # k and v projections grow from 128 x 32 to 128 x 128 in each of the 4 layers
    n = lambda b: sum(p.numel() for p in b.model.parameters())  # noqa: E731
    assert n(mha) - n(default) == 4 * 2 * 128 * (128 - 32)
    flops = bench.Flops(mha.model)
    rows = bench.bench_sampling(mha, flops, 1, 0.0, batches=(4,), label=", 4 KV heads")
    assert [r["case"] for r in rows] == ["sample batch 4, 4 KV heads"]
    assert rows[0]["tokens_per_s"] > 0 and rows[0]["gflop_per_s"] > 0
    # the per-token FLOP count follows the larger projections
    assert flops.linear > bench.Flops(default.model).linear


def test_the_targets_line_names_only_the_cases_that_ran(capsys):
    bench = _bench()
    rows = [{"case": "matmul fp32 1024^3", "threads": 1, "gflop_per_s": 100.0},
            {"case": "sample batch 512", "threads": 1, "tokens_per_s": 9000.0,
             "gflop_per_s": 30.0, "matmul_fraction": 0.3}]
    bench._print(rows, [])
    out = capsys.readouterr().out
    assert "sampling at batch >= 128 >= 50 % of matmul: 30.0% (NOT met)" in out
    assert "training" not in out and "deploy phase" not in out  # not run: not judged
    rows.append({"case": "train full (batch 32)", "threads": 1, "tokens_per_s": 5000.0,
                 "gflop_per_s": 60.0, "matmul_fraction": 0.6})
    bench._print(rows, [])
    assert "training >= 50 %: 60.0% (met)" in capsys.readouterr().out
    # a fraction just under the target is printed as such, not rounded up to it
    rows[1] = dict(rows[1], gflop_per_s=49.96, matmul_fraction=0.4996)
    bench._print(rows, [])
    assert "50 % of matmul: 49.9% (NOT met)" in capsys.readouterr().out


def test_deploy_case_times_every_case_in_turns_and_reports_medians(tmp_path, monkeypatch):
    """The cases take turns batch by batch (every case samples a slice of the loop's batch
    size before the next slice, in alternating order), and the deploy rows give each case's
    median over the turns and the range of the turns' speed-ups; the previous code is stood
    in for by this code, so no text may differ."""
    import dataclasses
    import statistics

    from iterdeploy.backends.tiny import TinyBackend
    from iterdeploy.config import RunConfig

    bench = _bench()
    bench._random_backend(1, tmp_path / "base")  # a saved model with random weights
    cfg = RunConfig()
    cfg = dataclasses.replace(cfg, sampling=dataclasses.replace(
        cfg.sampling, max_new_tokens=6, batch_size=8))
    ex = bench._examples(3)
    prompts = [e.prompt for e in ex for _ in range(4)]
    monkeypatch.setattr(bench, "_deploy_inputs",
                        lambda run, tmp: (cfg, tmp_path / "base", prompts, list(range(12)), ""))
    monkeypatch.setattr(bench, "previous_backend_class",
                        lambda: lambda **kw: TinyBackend(**kw))
    calls, real = [], TinyBackend.sample

    def sample(self, prompts, seeds, params):  # which case samples which rows, in order
        calls.append((id(self), seeds[0], len(seeds)))
        return real(self, prompts, seeds, params)

    monkeypatch.setattr(TinyBackend, "sample", sample)
    rows, info = bench.bench_deploy(1, None, str(tmp_path), repeats=2)
    case = {}
    for c, _, _ in calls:  # the cases in the order they first sample
        case.setdefault(c, len(case))
    # slices of the loop's batch size (8): rows 0-7, then 8-11, the cases in alternating order
    turn = [(0, 0, 8), (1, 0, 8), (2, 0, 8), (2, 8, 4), (1, 8, 4), (0, 8, 4)]
    assert [(case[c], first, n) for c, first, n in calls] == turn * 2
    assert [r["case"] for r in rows] == ["deploy gen 0: previous code, batch 64",
                                         "deploy gen 0: new code, batch 64",
                                         "deploy gen 0: new code, batch 8"]
    for r in rows:
        assert len(r["wall_s_each"]) == 2 and r["samples"] == 12
        assert r["wall_s"] == statistics.median(r["wall_s_each"])
    for r in rows[1:]:  # each turn's ratio against the previous code's time in that turn
        turns = [p / x for p, x in zip(rows[0]["wall_s_each"], r["wall_s_each"])]
        assert r["speedup_range"] == [min(turns), max(turns)]
        assert r["speedup"] == rows[0]["wall_s"] / r["wall_s"]
    assert rows[0]["speedup"] == 1.0 and "speedup_range" not in rows[0]
    assert info == {"threads": 1, "samples": 12, "changed_texts": 0, "repeats": 2, "note": ""}


@pytest.mark.parametrize("argv, needle", [
    (["--cases", "sample,deploi"],
     "--cases: unknown deploi (choose from sample, mha, train, deploy)"),
    (["--repeats", "0"], "--repeats: at least 1 turn, not 0"),
])
def test_bad_arguments_are_refused_before_anything_runs(monkeypatch, capsys, argv, needle):
    bench = _bench()
    monkeypatch.setattr(bench, "matmul_rate", lambda s: pytest.fail("a case ran"))
    monkeypatch.setattr("sys.argv", ["backends.py", *argv])
    with pytest.raises(SystemExit) as exc:
        bench.main()
    assert exc.value.code == 2 and needle in capsys.readouterr().err
