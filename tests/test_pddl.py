"""PDDL reading and writing: the IPC 2023 files, round trips, and clear errors."""
import pytest

from conftest import IPC, IPC_DOMAINS, needs_shared
from iterdeploy.planning.pddl import (PDDLError, parse_domain, parse_problem, read_domain,
                                      read_problem, write_domain, write_problem)

BW_DOMAIN = """
; blocksworld, untyped
(define (domain BW)
 (:requirements :strips)
 (:predicates (clear ?x) (on-table ?x) (arm-empty) (holding ?x) (on ?x ?y))
 (:action pickup :parameters (?ob)
   :precondition (and (clear ?ob) (on-table ?ob) (arm-empty))
   :effect (and (holding ?ob) (not (clear ?ob)) (not (on-table ?ob)) (not (arm-empty))))
 (:action stack :parameters (?ob ?underob)
   :precondition (and (clear ?underob) (holding ?ob))
   :effect (and (arm-empty) (clear ?ob) (on ?ob ?underob)
                (not (clear ?underob)) (not (holding ?ob)))))
"""

TYPED_DOMAIN = """
(define (domain t)
 (:requirements :typing :negative-preconditions)
 (:types vehicle package - locatable  truck - vehicle location)
 (:constants depot - location)
 (:predicates (at ?x - locatable ?l - location) (in ?p - package ?v - vehicle))
 (:action load :parameters (?v - vehicle ?p - package ?l - location)
   :precondition (and (at ?v ?l) (at ?p ?l) (not (in ?p ?v)))
   :effect (and (in ?p ?v) (not (at ?p ?l))))
 (:action go :parameters (?v - vehicle ?from ?to - location)
   :precondition (and (at ?v ?from) (not (= ?from ?to)))
   :effect (and (at ?v ?to) (not (at ?v ?from)))))
"""


def test_parses_untyped_domain_case_insensitively():
    d = parse_domain(BW_DOMAIN)
    assert d.name == "bw"
    assert set(d.actions) == {"pickup", "stack"}
    assert d.actions["stack"].parameters == (("?ob", "object"), ("?underob", "object"))
    assert ("holding", "?ob") in d.actions["pickup"].add
    assert ("clear", "?ob") in d.actions["pickup"].delete


def test_type_hierarchy_constants_negative_and_equality():
    d = parse_domain(TYPED_DOMAIN)
    assert d.types == {"vehicle": "locatable", "package": "locatable", "truck": "vehicle",
                       "location": "object", "locatable": "object"}
    assert d.ancestors("truck") == {"truck", "vehicle", "locatable", "object"}
    assert d.constants == {"depot": "location"}
    assert d.actions["load"].pre_neg == (("in", "?p", "?v"),)
    assert d.actions["go"].pre_neq == (("?from", "?to"),)


def test_problem_checked_against_domain():
    d = parse_domain(TYPED_DOMAIN)
    p = parse_problem("""(define (problem p) (:domain t)
        (:objects t1 - truck p1 - package l1 - location)
        (:init (at t1 depot) (at p1 l1)) (:goal (and (in p1 t1) (not (at t1 l1)))))""", d)
    assert p.objects == {"t1": "truck", "p1": "package", "l1": "location"}
    assert p.init == {("at", "t1", "depot"), ("at", "p1", "l1")}
    assert p.goal_neg == (("at", "t1", "l1"),)


@pytest.mark.parametrize("snippet, needle", [
    ("(:action a :parameters (?x) :precondition (p ?x) :effect (increase (cost) 1))",
     "numeric fluents beyond action costs"),
    ("(:action a :parameters (?x) :precondition (p ?x) :effect (decrease (cost) 1))",
     "numeric fluents"),
    ("(:action a :parameters (?x) :precondition (>= (fuel ?x) 1) :effect (q ?x))",
     "numeric fluents"),
    ("(:action a :parameters (?x) :precondition (= (fuel ?x) 1) :effect (q ?x))",
     "numeric fluents"),
    ("(:derived (r ?x) (p ?x))", "derived predicates"),
    ("(:durative-action a :parameters (?x) :duration (= ?duration 1) :condition () "
     ":effect ())", "durative actions"),
])
def test_unsupported_constructs_are_refused_with_file_and_line(snippet, needle):
    text = f"(define (domain x)\n (:predicates (p ?x) (q ?x))\n {snippet})"
    with pytest.raises(PDDLError) as exc:
        parse_domain(text, "dom.pddl")
    assert needle in str(exc.value)
    assert str(exc.value).startswith("dom.pddl:3:")


def test_either_types_refused_where_an_object_needs_one_type():
    with pytest.raises(PDDLError, match="either"):
        parse_domain("(define (domain x) (:types a b) (:constants c - (either a b))"
                     "(:predicates (p ?x - (either a b)))"
                     "(:action z :parameters () :effect ()))", "d.pddl")


@pytest.mark.parametrize("problem, needle", [
    ("(define (problem p) (:domain bw) (:objects a) (:init (clear a) (:goal (clear a)))",
     "never closed"),
    ("(define (problem p) (:domain bw) (:objects a) (:init (clr a)) (:goal (clear a)))",
     "undeclared predicate `clr`"),
    ("(define (problem p) (:domain bw) (:objects a) (:init (on a)) (:goal (clear a)))",
     "takes 2 argument"),
    ("(define (problem p) (:domain bw) (:objects a) (:init (clear a)) (:goal (clear z)))",
     "undeclared object `z`"),
    ("(define (problem p) (:domain other) (:objects a) (:init) (:goal (clear a)))",
     "domain `other`"),
    ("(define (problem p) (:domain bw) (:objects a) (:init (clear a)))", ":goal"),
    ("(define (problem p) (:domain bw) (:objects a) (:init (= (f) 1)) (:goal (clear a)))",
     "numeric"),
])
def test_malformed_problems_name_the_file(problem, needle):
    d = parse_domain(BW_DOMAIN)
    with pytest.raises(PDDLError) as exc:
        parse_problem(problem, d, "prob.pddl")
    assert needle in str(exc.value)
    assert "prob.pddl" in str(exc.value)


def test_error_line_numbers_point_at_the_problem():
    text = "(define (domain x)\n(:predicates (p ?x))\n\n(:action a\n :parameters (?x)\n" \
           " :precondition (p ?y) :effect (p ?x)))"
    with pytest.raises(PDDLError, match=r"^d.pddl:4: unknown variable `\?y`"):
        parse_domain(text, "d.pddl")
    with pytest.raises(PDDLError, match=r"^d.pddl:1: unbalanced"):
        parse_domain("(define (domain x)", "d.pddl")
    with pytest.raises(PDDLError, match="undeclared type `thing`"):
        parse_domain("(define (domain x) (:types a) (:predicates (p ?x - thing))"
                     "(:action z :parameters () :effect ()))")


def test_unreadable_files_raise_pddl_error(tmp_path):
    with pytest.raises(PDDLError, match="cannot read domain file"):
        read_domain(tmp_path / "missing.pddl")
    bad = tmp_path / "bin.pddl"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(PDDLError, match="bin.pddl"):
        read_domain(bad)


def test_round_trip_of_written_pddl():
    d = parse_domain(TYPED_DOMAIN)
    assert parse_domain(write_domain(d)) == d
    p = parse_problem("(define (problem p) (:domain t) (:objects t1 - truck l1 l2 - location)"
                      "(:init (at t1 l1)) (:goal (and (at t1 l2) (not (at t1 l1)))))", d)
    assert parse_problem(write_problem(p), d) == p


@needs_shared
@pytest.mark.parametrize("domain", IPC_DOMAINS)
def test_every_ipc_file_parses_and_round_trips(domain):
    d = read_domain(IPC / domain / "domain.pddl")
    assert parse_domain(write_domain(d)) == d
    problems = sorted((IPC / domain).glob("*/*/*.pddl"))
    assert len(problems) >= 89
    for path in problems:
        p = read_problem(path, d)
        assert p.goal_pos, path
        assert parse_problem(write_problem(p), d) == p, path
