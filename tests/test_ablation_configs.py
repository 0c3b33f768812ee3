"""The curation/training/sampling/validator ablations under configs/ablations/: each is the default
experiment with exactly the documented change, and passes the run's config checks."""
from pathlib import Path

import pytest

from iterdeploy.config import load_config, to_dict
from iterdeploy.loop import check_config
from scripted import flat_config

ROOT = Path(__file__).resolve().parent.parent
ABLATIONS = {
    "no-filter": {"curation.policy": "no-filter"},
    "valid-any": {"curation.policy": "all-valid"},
    "latest-only": {"curation.policy": "latest"},
    "continue-previous": {"train.init": "previous"},
    "k4": {"sampling.k": 4},
    "validator-ignore-precondition": {"curation.validator.kind": "ignore-precondition",
                                      "curation.validator.action": "stack",
                                      "curation.validator.atom": "(clear ?underob)"},
    "validator-goal-slack": {"curation.validator.kind": "goal-slack", "curation.validator.m": 1},
    "validator-false-accept": {"curation.validator.kind": "false-accept",
                               "curation.validator.p": 0.01},
    "validator-prefer-longest": {"curation.validator.kind": "prefer-longest"},
}


def test_every_ablation_config_is_listed():
    found = {p.stem for p in (ROOT / "configs" / "ablations").glob("*.yaml")}
    assert found == set(ABLATIONS)


@pytest.mark.parametrize("name", sorted(ABLATIONS))
def test_ablation_is_the_default_with_one_change(name):
    default = flat_config(to_dict(load_config(ROOT / "configs" / "default.yaml")))
    cfg = load_config(ROOT / "configs" / "ablations" / f"{name}.yaml")
    check_config(cfg)
    changed = {k: v for k, v in flat_config(to_dict(cfg)).items() if default.get(k) != v}
    assert changed == ABLATIONS[name]
