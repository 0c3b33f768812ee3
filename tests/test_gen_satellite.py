"""Satellite generator: every satellite equipped, goals over supported modes, a witness."""
import collections

import pytest

from iterdeploy.domains import GeneratorError, generate, load_domain
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import validate


def _parse(text):
    return parse_problem(text, load_domain("satellite"))


@pytest.mark.parametrize("satellites,instruments,modes,directions",
                         [(1, 1, 1, 1), (1, 1, 1, 3), (3, 3, 1, 4), (10, 20, 3, 10),
                          (40, 80, 5, 50)])
def test_instruments_modes_and_goals(satellites, instruments, modes, directions):
    d = load_domain("satellite")
    for seed in range(5):
        t = generate("satellite", seed, {"satellites": satellites, "instruments": instruments,
                                          "modes": modes, "directions": directions})
        p = _parse(t.problem)
        on_board = {a[1]: a[2] for a in p.init if a[0] == "on_board"}
        assert len(on_board) == instruments
        assert set(on_board.values()) == {f"sat{s}" for s in range(1, satellites + 1)}
        assert len({a[1] for a in p.init if a[0] == "calibration_target"}) == instruments
        pointing = collections.Counter(a[1] for a in p.init if a[0] == "pointing")
        assert set(pointing.values()) == {1} and len(pointing) == satellites
        supported = {a[2] for a in p.init if a[0] == "supports"}
        images = [a for a in p.goal_pos if a[0] == "have_image"]
        assert images and all(m in supported for _h, _d, m in images)
        assert validate(d, p, list(t.witness)).valid


def test_fewer_instruments_than_satellites_is_refused():
    with pytest.raises(GeneratorError, match=r"instruments=2 < satellites=3"):
        generate("satellite", 0, {"satellites": 3, "instruments": 2})
