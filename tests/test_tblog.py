"""Optional TensorBoard event files written during a run (log.tensorboard)."""
import json
import struct
import sys

import pytest
import yaml

from iterdeploy import IterdeployError
from iterdeploy.config import load_config
from iterdeploy.loop import run
from test_report import SCRIPTED


def read_events(log_dir) -> dict[str, dict[int, float]]:
    """{tag: {step: value}} from TFRecord event files (length, crc, Event proto, crc)."""
    from tensorboardX.proto.event_pb2 import Event

    out: dict[str, dict[int, float]] = {}
    for path in sorted(log_dir.glob("events.out.tfevents.*")):
        data, i = path.read_bytes(), 0
        while i < len(data):
            (n,) = struct.unpack("<Q", data[i:i + 8])
            event = Event.FromString(data[i + 12:i + 12 + n])
            i += 12 + n + 4
            for v in event.summary.value:
                out.setdefault(v.tag, {})[event.step] = v.simple_value
    return out


def test_tensorboard_scalars_match_the_metrics_files(tmp_path):
    pytest.importorskip("tensorboardX", reason="the tensorboard extra is not installed")
    rows = run(load_config(None, SCRIPTED + ["log.tensorboard=true"]), tmp_path / "r",
               progress=False)
    events = read_events(tmp_path / "r" / "tensorboard")
    for key, tag in (("solved", "pool/solved"), ("eval_solved", "eval/solved"),
                     ("valid_ratio", "pool/valid_ratio"), ("curated", "pool/curated")):
        assert events[tag] == {m["generation"]: pytest.approx(m[key]) for m in rows}, tag
    assert events["pool/solved_by_domain/miconic"][3] == rows[3]["solved_by_domain"]["miconic"]
    assert set(events["time/train"]) == {0, 1, 2, 3}
    # the run folder's own files are unchanged by the option
    metrics = json.loads((tmp_path / "r" / "gen_003" / "metrics.json").read_text())
    assert metrics["solved"] == rows[3]["solved"]


def test_off_by_default_and_a_missing_writer_is_refused_before_the_run(tmp_path, monkeypatch):
    run(load_config(None, SCRIPTED + ["generations=0"]), tmp_path / "off", progress=False)
    assert not (tmp_path / "off" / "tensorboard").exists()
    monkeypatch.setitem(sys.modules, "tensorboardX", None)  # import fails as if absent
    with pytest.raises(IterdeployError, match=r"pip install 'iterdeploy\[tensorboard\]'"):
        run(load_config(None, SCRIPTED + ["log.tensorboard=true"]), tmp_path / "on",
            progress=False)
    assert not (tmp_path / "on" / "gen_000").exists()


def test_log_settings_do_not_block_a_resume(tmp_path):
    pytest.importorskip("tensorboardX", reason="the tensorboard extra is not installed")
    r = tmp_path / "r"
    run(load_config(None, SCRIPTED + ["generations=1"]), r, progress=False)
    # a folder written before `log` existed, resumed with it switched on
    doc = yaml.safe_load((r / "config.yaml").read_text())
    del doc["config"]["log"]
    (r / "config.yaml").write_text(yaml.safe_dump(doc))
    (r / "gen_001" / "DONE").unlink()
    rows = run(load_config(None, SCRIPTED + ["generations=1", "log.tensorboard=true"]), r,
               progress=False)
    assert read_events(r / "tensorboard")["pool/solved"] == {1: rows[1]["solved"]}
