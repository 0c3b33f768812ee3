"""Rovers generator: connected traversal graphs, reachable goals, a per-rover witness."""

import pytest

from iterdeploy.domains import generate, load_domain
from iterdeploy.planning.pddl import parse_problem
from iterdeploy.planning.validate import validate


def _parse(text):
    return parse_problem(text, load_domain("rovers"))


def _reach(start, edges):
    seen, todo = {start}, [start]
    while todo:
        x = todo.pop()
        for a, b in edges:
            if a == x and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


@pytest.mark.parametrize("rovers,waypoints,cameras,objectives",
                         [(1, 2, 1, 1), (1, 3, 1, 1), (2, 5, 2, 3), (4, 10, 4, 10),
                          (10, 40, 15, 25)])
def test_world_is_connected_and_goals_reachable(rovers, waypoints, cameras, objectives):
    d = load_domain("rovers")
    wps = {f"waypoint{w}" for w in range(1, waypoints + 1)}
    for seed in range(5):
        t = generate("rovers", seed, {"rovers": rovers, "waypoints": waypoints,
                                       "cameras": cameras, "objectives": objectives})
        p = _parse(t.problem)
        init = p.init
        visible = {a[1:] for a in init if a[0] == "visible"}
        assert all((b, a) in visible for a, b in visible) and all(a != b for a, b in visible)
        (lander,) = [a[2] for a in init if a[0] == "at_lander"]
        assert any(b == lander for _a, b in visible)  # somewhere to talk from
        at = {a[1]: a[2] for a in init if a[0] == "at"}
        for r in range(1, rovers + 1):
            links = {a[2:] for a in init if a[0] == "can_traverse" and a[1] == f"rover{r}"}
            assert links <= visible and all((b, a) in links for a, b in links)
            assert _reach(at[f"rover{r}"], links) == wps
            assert (("store_of", f"rover{r}store", f"rover{r}") in init
                    and ("empty", f"rover{r}store") in init)
        imaging = {a[1] for a in init if a[0] == "equipped_for_imaging"}
        assert {a[2] for a in init if a[0] == "on_board"} <= imaging
        for g in p.goal_pos:
            if g[0] == "communicated_soil_data":
                assert ("at_soil_sample", g[1]) in init
                assert any(a[0] == "equipped_for_soil_analysis" for a in init)
            elif g[0] == "communicated_rock_data":
                assert ("at_rock_sample", g[1]) in init
                assert any(a[0] == "equipped_for_rock_analysis" for a in init)
            else:
                assert any(a[0] == "supports" and a[2] == g[2] for a in init)
        assert validate(d, p, list(t.witness)).valid
