"""PDDL reading and writing for classical planning: STRIPS, typing, ADL and action costs.

Supported: STRIPS; typing with type hierarchies and `either` types (in predicate, parameter
and quantifier declarations); constants; negative preconditions; equality; disjunction,
implication, `exists` and `forall` in preconditions and goals (`:adl`,
`:disjunctive-preconditions`, `:quantified-preconditions` and their parts); conditional
effects (`when`) and `forall` in effects (`:conditional-effects`); action costs
(`:action-costs`: `(:functions (total-cost) ...)`, `(increase (total-cost) N)` or
`(increase (total-cost) (f ?x ...))` with `f` set in `:init`, `(:metric minimize ...)`);
`;` comments, any case. Refused with a `PDDLError` naming the file, line and construct:
numeric fluents beyond action costs, derived predicates, durative actions, constraints,
timed initial literals.

Our own parser (not the `pddl` package): `pddl` 0.5.1 parses these files correctly but at
about 82 ms per file, while a plan validator called on every model sample needs
milliseconds. Atoms are plain tuples `(predicate, arg, ...)` of lower-case strings, which
hash fast and read well in reasons. A condition that is a conjunction of literals (STRIPS)
is kept as tuples of atoms (`pre_pos`, `pre_neg`, ...), the form the fast path of the
validator uses; only the other parts of a condition become formula trees (`Formula`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from iterdeploy import IterdeployError

Atom = tuple  # (predicate, arg1, arg2, ...), all lower-case strings
#: A condition that is not a plain literal, as a tree of tuples: ("atom", atom), ("=", a, b),
#: ("not", f), ("and", (f, ...)), ("or", (f, ...)), ("imply", f, g),
#: ("exists", ((?var, type), ...), f), ("forall", ((?var, type), ...), f).
Formula = tuple
#: A numeric term: a number, or a function atom such as ("travel-slow", "?f1", "?f2");
#: in a metric also ("+" | "-" | "*" | "/", (term, ...)).
Term = object

#: Requirements we implement; anything else is refused when a domain declares it.
SUPPORTED_REQUIREMENTS = frozenset(
    {":strips", ":typing", ":negative-preconditions", ":equality",
     ":disjunctive-preconditions", ":existential-preconditions", ":universal-preconditions",
     ":quantified-preconditions", ":conditional-effects", ":adl", ":action-costs"}
)
#: The one function an action may increase (`:action-costs`).
TOTAL_COST = "total-cost"
#: Constructs refused wherever they occur, with the name users know them by.
UNSUPPORTED = {
    "decrease": "numeric fluents",
    "assign": "numeric fluents",
    "scale-up": "numeric fluents",
    "scale-down": "numeric fluents",
    "<": "numeric fluents",
    ">": "numeric fluents",
    "<=": "numeric fluents",
    ">=": "numeric fluents",
    ":derived": "derived predicates",
    ":durative-action": "durative actions",
    ":constraints": "state-trajectory constraints",
    ":timed-initial-literals": "timed initial literals",
}
_QUANTIFIERS = ("exists", "forall")
_INIT_SPECIAL = frozenset({"=", "not", *UNSUPPORTED})
_ARITHMETIC = ("+", "-", "*", "/")


def either_members(typ: str) -> tuple[str, ...] | None:
    """The member types of an `either` type written as "(either a b)", else None."""
    if typ.startswith("(either "):
        return tuple(typ[8:-1].split())
    return None


def type_ok(ancestors: frozenset[str] | set[str], want: str) -> bool:
    """Whether an object whose type has these `ancestors` may stand where `want` is expected."""
    if want in ancestors:
        return True
    members = either_members(want)
    return members is not None and not ancestors.isdisjoint(members)


class PDDLError(IterdeployError):
    """Malformed or unsupported PDDL; the message names the file and line."""

    def __init__(self, message: str, filename: str | None = None, line: int | None = None):
        where = filename or "<string>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}")
        self.filename = filename
        self.line = line


# --------------------------------------------------------------------------------------
# S-expressions


class _List(list):
    """A parenthesised list that remembers the line it opened on."""

    __slots__ = ("line",)


# A name ends where a variable begins, as in VAL's lexer: `(aircraft?a)` is `(aircraft ?a)`.
# Line ends are tokens too, so that the parser counts lines as it goes.
_TOKEN = re.compile(r"\n|;[^\n]*|\(|\)|\??[^\s()?]+|\?")
#: Deepest nesting read. Real domains nest a few levels; the checks that walk the tree
#: recurse, so a limit here turns a hostile 100,000-deep file into a PDDLError.
MAX_DEPTH = 100


def parse_sexpr(text: str, filename: str | None = None) -> _List:
    """Parse one top-level s-expression (comments dropped, symbols lower-cased)."""
    line = 1
    stack: list[_List] = []
    top: _List | None = None  # the innermost open list
    result: _List | None = None
    for tok in _TOKEN.findall(text.lower()):
        c = tok[0]
        if c == "\n":
            line += 1
        elif c == ";":
            continue
        elif result is not None:
            raise PDDLError(f"unexpected text after the closing parenthesis: {tok!r}",
                            filename, line)
        elif c == "(":
            node = _List()
            node.line = line
            if top is not None:
                top.append(node)
            stack.append(node)
            top = node
            if len(stack) > MAX_DEPTH:
                raise PDDLError(f"parentheses nested deeper than {MAX_DEPTH} levels",
                                filename, node.line)
        elif c == ")":
            if top is None:
                raise PDDLError("unbalanced ')'", filename, line)
            stack.pop()
            if stack:
                top = stack[-1]
            else:
                result, top = top, None
        else:
            if top is None:
                raise PDDLError(f"expected '(' but found {tok!r}", filename, line)
            top.append(tok)
    if stack:
        raise PDDLError("unbalanced '(': the list opened here is never closed",
                        filename, stack[-1].line)
    if result is None:
        raise PDDLError("empty file: no PDDL definition found", filename, 1)
    return result


# --------------------------------------------------------------------------------------
# Data model


@dataclass(frozen=True)
class Effect:
    """A conditional or quantified effect: for every binding of `params` (none: once), if
    `condition` holds in the state before the action (None: always), `add`, `delete` and
    `cost` apply."""

    params: tuple[tuple[str, str], ...] = ()
    condition: Formula | None = None
    add: tuple[Atom, ...] = ()
    delete: tuple[Atom, ...] = ()
    cost: tuple[Term, ...] = ()  # terms added to (total-cost)


@dataclass(frozen=True)
class Action:
    """An action schema; literals are atoms over parameter names (`?x`) and constants.

    A STRIPS action has only the first eight fields. `pre_more` holds the conjuncts of the
    precondition that are not literals (disjunctions, quantifiers, ...), `effects` the
    conditional and quantified effects, `cost` the terms of `(increase (total-cost) ...)`.
    """

    name: str
    parameters: tuple[tuple[str, str], ...]  # ((?var, type), ...)
    pre_pos: tuple[Atom, ...] = ()
    pre_neg: tuple[Atom, ...] = ()
    add: tuple[Atom, ...] = ()
    delete: tuple[Atom, ...] = ()
    pre_eq: tuple[tuple[str, str], ...] = ()  # (= a b)
    pre_neq: tuple[tuple[str, str], ...] = ()  # (not (= a b))
    pre_more: tuple[Formula, ...] = ()
    effects: tuple[Effect, ...] = ()
    cost: tuple[Term, ...] = ()

    @property
    def is_strips(self) -> bool:
        """Whether the action has no ADL part and no cost."""
        return not (self.pre_more or self.effects or self.cost)


@dataclass(frozen=True)
class Domain:
    """A classical-planning domain with typing."""

    name: str
    requirements: tuple[str, ...]
    types: dict[str, str]  # type -> parent type ("object" is the root and not a key)
    constants: dict[str, str]  # constant -> type
    predicates: dict[str, tuple[str, ...]]  # predicate -> parameter types
    actions: dict[str, Action]
    filename: str | None = field(default=None, compare=False, repr=False)
    functions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # function -> types

    def ancestors(self, typ: str) -> frozenset[str]:
        """The type itself, all its supertypes and `object`."""
        out = {typ, "object"}
        seen = 0
        while typ in self.types and seen < 1000:
            typ = self.types[typ]
            out.add(typ)
            seen += 1
        return frozenset(out)


@dataclass(frozen=True)
class Problem:
    """A planning task over a domain: objects, initial state, goal, metric.

    The goal is the conjunction of `goal_pos`, the negations of `goal_neg` and the formulas
    in `goal_more`. `values` holds the numeric initial values, `(= (f a b) 3)` as
    {("f", "a", "b"): 3}; `metric` is ("minimize" | "maximize", term) or None.
    """

    name: str
    domain_name: str
    objects: dict[str, str]  # object -> type (constants of the domain not included)
    init: frozenset[Atom]
    goal_pos: tuple[Atom, ...]
    goal_neg: tuple[Atom, ...] = ()
    filename: str | None = field(default=None, compare=False, repr=False)
    goal_more: tuple[Formula, ...] = ()
    values: dict[tuple, int | float] = field(default_factory=dict)
    metric: tuple[str, Term] | None = None


# --------------------------------------------------------------------------------------
# Parsing


def _type_name(tok, what: str, filename, allow_either: bool) -> str:
    """A type after '-': a name, or `(either a b ...)` as the string "(either a b)"."""
    if not isinstance(tok, _List):
        return tok
    if tok and tok[0] == "either":
        if not allow_either:
            raise PDDLError(f"unsupported construct `either` types in {what} (only predicate, "
                            f"parameter and quantifier declarations may use them)",
                            filename, tok.line)
        members = list(dict.fromkeys(tok[1:]))
        if not members or any(isinstance(m, _List) for m in members):
            raise PDDLError(f"bad `either` type {_show(tok)} in {what}", filename, tok.line)
        return members[0] if len(members) == 1 else "(either " + " ".join(members) + ")"
    raise PDDLError(f"bad type {_show(tok)} in {what}", filename, tok.line)


def _typed_list(items: list, what: str, filename, line,
                allow_either: bool = False) -> list[tuple[str, str]]:
    """`a b - t c - u d` -> [(a, t), (b, t), (c, u), (d, object)]."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    i = 0
    while i < len(items):
        tok = items[i]
        if isinstance(tok, _List):
            if tok and tok[0] == "either":
                raise PDDLError(f"`either` type without names before '-' in {what}",
                                filename, tok.line)
            raise PDDLError(f"unexpected list in {what}", filename, tok.line)
        if tok == "-":
            if i + 1 >= len(items) or not pending:
                raise PDDLError(f"dangling '-' in {what}", filename, line)
            typ = _type_name(items[i + 1], what, filename, allow_either)
            out.extend((name, typ) for name in pending)
            pending = []
            i += 2
            continue
        pending.append(tok)
        i += 1
    out.extend((name, "object") for name in pending)
    return out


def _check_unsupported(node, filename):
    if isinstance(node, _List):
        if node and isinstance(node[0], str) and node[0] in UNSUPPORTED:
            raise PDDLError(
                f"unsupported construct `{node[0]}` ({UNSUPPORTED[node[0]]})", filename, node.line
            )
        for child in node:
            _check_unsupported(child, filename)


def _atom(node, filename, what: str) -> Atom:
    if not isinstance(node, _List) or not node or isinstance(node[0], _List):
        line = node.line if isinstance(node, _List) else None
        raise PDDLError(f"expected an atom in {what}, found {_show(node)}", filename, line)
    for arg in node[1:]:
        if isinstance(arg, _List):
            raise PDDLError(f"nested list inside atom {_show(node)} in {what}", filename, node.line)
    return tuple(node)


def _show(node) -> str:
    if isinstance(node, _List):
        return "(" + " ".join(_show(x) for x in node) + ")"
    return str(node)


class _Scope:
    """What a condition or effect may mention: the variables in scope, predicates, constants.

    Without `predicates` (a problem read without its domain) atoms are not checked here;
    `check_problem` checks them. `line`, when set, is the line every error is reported at.
    """

    def __init__(self, filename, predicates=None, constants=None, types=None,
                 variables=frozenset(), line=None):
        self.filename = filename
        self.predicates = predicates
        self.constants = constants
        self.types = types
        self.variables = frozenset(variables)
        self.line = line

    def check_type(self, t, line):
        if self.types is None:
            return
        for member in either_members(t) or (t,):
            if member != "object" and member not in self.types:
                raise PDDLError(f"undeclared type `{member}`", self.filename, self.line or line)

    def check_atom(self, atom, line, what):
        if self.predicates is not None:
            _check_atom(atom, self.predicates, self.variables, self.constants, self.filename,
                        self.line or line, what)

    def check_term(self, term, line, what):
        if term.startswith("?"):
            if term not in self.variables:
                raise PDDLError(f"unknown variable `{term}` in {what}", self.filename,
                                self.line or line)
        elif self.constants is not None and term not in self.constants:
            raise PDDLError(f"unknown term `{term}` in {what}", self.filename, self.line or line)

    def bind(self, params, line=None, at=None) -> "_Scope":
        """This scope with `params` (a list of (?var, type)) added; `at`: the error line."""
        for var, t in params:
            if not var.startswith("?"):
                raise PDDLError(f"variable `{var}` must start with '?'", self.filename,
                                self.line or line)
            self.check_type(t, line)
        return _Scope(self.filename, self.predicates, self.constants, self.types,
                      self.variables | {v for v, _ in params}, at or self.line)


def _condition(n, scope: _Scope, what: str) -> Formula:
    """A condition (precondition, goal, `when` condition) as a formula tree."""
    filename = scope.filename
    if not isinstance(n, _List):
        raise PDDLError(f"expected a condition in {what}, found {n!r}", filename)
    if not n:
        return ("and", ())  # () is the empty conjunction
    head = n[0]
    if head in ("and", "or"):
        return (head, tuple(_condition(c, scope, what) for c in n[1:]))
    if head == "not":
        if len(n) != 2:
            raise PDDLError(f"`not` takes one argument in {what}", filename, n.line)
        return ("not", _condition(n[1], scope, what))
    if head == "imply":
        if len(n) != 3:
            raise PDDLError(f"`imply` takes two arguments in {what}", filename, n.line)
        return ("imply", _condition(n[1], scope, what), _condition(n[2], scope, what))
    if head in _QUANTIFIERS:
        if len(n) != 3 or not isinstance(n[1], _List):
            raise PDDLError(f"`{head}` needs (variables) and one condition in {what}",
                            filename, n.line)
        params = tuple(_typed_list(list(n[1]), f"`{head}` in {what}", filename, n.line,
                                   allow_either=True))
        return (head, params, _condition(n[2], scope.bind(params, n.line), what))
    if head == "=":
        a, b = _equality(n, filename, what)
        for term in (a, b):
            scope.check_term(term, n.line, f"equality of {what}")
        return ("=", a, b)
    atom = _atom(n, filename, what)
    scope.check_atom(atom, n.line, what)
    return ("atom", atom)


def _split(formula: Formula):
    """A condition -> (pos, neg, eq, neq, more): its top-level literals and other conjuncts."""
    pos, neg, eq, neq, more = [], [], [], [], []

    def visit(f):
        tag = f[0]
        if tag == "and":
            for g in f[1]:
                visit(g)
        elif tag == "atom":
            pos.append(f[1])
        elif tag == "=":
            eq.append(f[1:])
        elif tag == "not" and f[1][0] == "atom":
            neg.append(f[1][1])
        elif tag == "not" and f[1][0] == "=":
            neq.append(f[1][1:])
        else:
            more.append(f)

    visit(formula)
    return pos, neg, eq, neq, more


def _equality(node, filename, what):
    if len(node) == 3 and any(isinstance(x, _List) for x in node[1:]):
        raise PDDLError(f"unsupported construct `=` on numeric values {_show(node)} in {what} "
                        f"(numeric fluents)", filename, node.line)
    if len(node) != 3:
        raise PDDLError(f"bad equality {_show(node)} in {what}", filename, node.line)
    return (node[1], node[2])


def _number(tok) -> int | float | None:
    if isinstance(tok, _List):
        return None
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return None


def _cost_term(node, scope: _Scope, functions, what: str) -> Term:
    """The amount of `(increase (total-cost) AMOUNT)`: a number or a static function."""
    filename = scope.filename
    value = _number(node)
    if value is not None:
        return value
    if not isinstance(node, _List) or not node or isinstance(node[0], _List) \
            or node[0] in _ARITHMETIC:
        raise PDDLError(f"unsupported cost {_show(node)} in {what}: action costs must be a "
                        f"number or a function such as (road-length ?a ?b) (numeric fluents "
                        f"beyond action costs are not supported)", filename,
                        getattr(node, "line", None))
    term = _atom(node, filename, what)
    name = term[0]
    if name not in functions or name == TOTAL_COST:
        raise PDDLError(f"undeclared function `{name}` in {what}", filename, node.line)
    if len(term) - 1 != len(functions[name]):
        raise PDDLError(f"function `{name}` takes {len(functions[name])} argument(s), "
                        f"{_show(node)} has {len(term) - 1} in {what}", filename, node.line)
    for t in term[1:]:
        scope.check_term(t, node.line, what)
    return term


def _effect(node, scope: _Scope, functions, what: str) -> tuple[tuple, tuple, tuple, tuple]:
    """An effect -> (add, delete, cost, (Effect, ...)): its unconditional part and the rest.

    Nested `forall` and `when` are flattened into one `Effect` per (variables, condition).
    """
    filename = scope.filename
    groups: dict[tuple, tuple[list, list, list]] = {}

    def group(params, cond):
        return groups.setdefault((params, cond), ([], [], []))

    def visit(n, sc: _Scope, params: tuple, cond):
        if not isinstance(n, _List):
            raise PDDLError(f"expected an effect in {what}, found {n!r}", filename)
        if not n:
            return
        head = n[0]
        if head == "and":
            for child in n[1:]:
                visit(child, sc, params, cond)
        elif head == "forall":
            if len(n) != 3 or not isinstance(n[1], _List):
                raise PDDLError(f"`forall` needs (variables) and one effect in {what}",
                                filename, n.line)
            new = tuple(_typed_list(list(n[1]), f"`forall` in {what}", filename, n.line,
                                    allow_either=True))
            visit(n[2], sc.bind(new, n.line), params + new, cond)
        elif head == "when":
            if len(n) != 3:
                raise PDDLError(f"`when` needs a condition and an effect in {what}", filename,
                                n.line)
            c = _condition(n[1], sc, f"`when` condition of {what}")
            visit(n[2], sc, params, c if cond is None else ("and", (cond, c)))
        elif head == "increase":
            if len(n) != 3 or not isinstance(n[1], _List) or list(n[1]) != [TOTAL_COST]:
                target = _show(n[1]) if len(n) > 1 else "nothing"
                raise PDDLError(f"unsupported construct `increase` of {target} in {what} "
                                f"(numeric fluents beyond action costs: only "
                                f"(increase (total-cost) ...) is supported)", filename, n.line)
            if TOTAL_COST not in functions:
                raise PDDLError(f"(total-cost) is increased in {what} but not declared in "
                                f":functions", filename, n.line)
            group(params, cond)[2].append(_cost_term(n[2], sc, functions, what))
        elif head == "not":
            if len(n) != 2:
                raise PDDLError(f"`not` takes one argument in {what}", filename, n.line)
            if isinstance(n[1], _List) and n[1] and n[1][0] == "=":
                raise PDDLError(f"equality in the effect of {what}", filename, n.line)
            atom = _atom(n[1], filename, what)
            sc.check_atom(atom, n.line, what)
            group(params, cond)[1].append(atom)
        elif head == "=":
            raise PDDLError(f"equality in the effect of {what}", filename, n.line)
        else:
            atom = _atom(n, filename, what)
            sc.check_atom(atom, n.line, what)
            group(params, cond)[0].append(atom)

    visit(node, scope, (), None)
    add, delete, cost = groups.pop(((), None), ([], [], []))
    effects = tuple(Effect(params, cond, tuple(a), tuple(d), tuple(c))
                    for (params, cond), (a, d, c) in groups.items())
    return tuple(add), tuple(delete), tuple(cost), effects


def _sections(root: _List, kind: str, filename) -> tuple[str, dict[str, _List]]:
    if len(root) < 2 or root[0] != "define" or not isinstance(root[1], _List) \
            or len(root[1]) != 2 or root[1][0] != kind:
        raise PDDLError(f"expected (define ({kind} NAME) ...)", filename, root.line)
    name = root[1][1]
    sections: dict[str, list[_List]] = {}
    for node in root[2:]:
        if not isinstance(node, _List) or not node or not isinstance(node[0], str):
            raise PDDLError(f"unexpected {_show(node)!r} in {kind} definition", filename,
                            getattr(node, "line", root.line))
        head = node[0]
        if head in UNSUPPORTED:
            raise PDDLError(f"unsupported construct `{head}` ({UNSUPPORTED[head]})",
                            filename, node.line)
        sections.setdefault(head, []).append(node)
    return name, sections


def parse_domain(text: str, filename: str | None = None) -> Domain:
    """Parse a domain file's text."""
    root = parse_sexpr(text, filename)
    name, sec = _sections(root, "domain", filename)
    _check_unsupported(root, filename)

    requirements: list[str] = []
    for node in sec.pop(":requirements", []):
        for req in node[1:]:
            if req not in SUPPORTED_REQUIREMENTS:
                raise PDDLError(f"unsupported requirement `{req}`", filename, node.line)
            requirements.append(req)

    types = _types(sec.pop(":types", []), filename)
    scope = _Scope(filename, types=types)

    constants: dict[str, str] = {}
    for node in sec.pop(":constants", []):
        for c, t in _typed_list(node[1:], ":constants", filename, node.line):
            scope.check_type(t, node.line)
            constants[c] = t

    predicates: dict[str, tuple[str, ...]] = {}
    for node in sec.pop(":predicates", []):
        for p in node[1:]:
            if not isinstance(p, _List) or not p or isinstance(p[0], _List):
                raise PDDLError(f"bad predicate declaration {_show(p)}", filename, node.line)
            if p[0] in predicates:
                raise PDDLError(f"predicate `{p[0]}` declared twice", filename, p.line)
            params = _typed_list(p[1:], f"predicate {p[0]}", filename, p.line, allow_either=True)
            for _, t in params:
                scope.check_type(t, p.line)
            predicates[p[0]] = tuple(t for _, t in params)

    functions = _functions(sec.pop(":functions", []), scope, filename)
    scope = _Scope(filename, predicates, constants, types)
    actions: dict[str, Action] = {}
    for node in sec.pop(":action", []):
        act = _parse_action(node, scope, functions, filename)
        if act.name in actions:
            raise PDDLError(f"action `{act.name}` defined twice", filename, node.line)
        actions[act.name] = act

    if sec:
        head, nodes = next(iter(sec.items()))
        raise PDDLError(f"unknown domain section `{head}`", filename, nodes[0].line)
    if not actions:
        raise PDDLError("domain defines no actions", filename, root.line)
    return Domain(name, tuple(requirements), types, constants, predicates, actions, filename,
                  functions)


def _types(nodes, filename) -> dict[str, str]:
    types: dict[str, str] = {}
    for node in nodes:
        for t, parent in _typed_list(node[1:], ":types", filename, node.line):
            if t == "object":
                continue
            types[t] = parent
    for parent in list(types.values()):
        if parent != "object" and parent not in types:
            types[parent] = "object"  # a parent named only after '-' is declared implicitly
    # reject cycles
    for t in types:
        seen, cur = set(), t
        while cur in types:
            if cur in seen:
                raise PDDLError(f"cyclic type hierarchy at `{t}`", filename)
            seen.add(cur)
            cur = types[cur]
    return types


def _functions(nodes, scope: _Scope, filename) -> dict[str, tuple[str, ...]]:
    """`(:functions (total-cost) - number (f ?x - t) ...)` -> {name: parameter types}."""
    functions: dict[str, tuple[str, ...]] = {}
    for node in nodes:
        items = list(node[1:])
        i = 0
        while i < len(items):
            f = items[i]
            if not isinstance(f, _List) or not f or isinstance(f[0], _List):
                raise PDDLError(f"bad function declaration {_show(f)}", filename, node.line)
            if i + 1 < len(items) and items[i + 1] == "-":
                typ = items[i + 2] if i + 2 < len(items) else None
                if typ != "number":
                    raise PDDLError(f"unsupported function type `{_show(typ)}` of `{f[0]}` "
                                    f"(only numeric functions, for action costs)", filename,
                                    f.line)
                i += 3
            else:
                i += 1
            params = _typed_list(f[1:], f"function {f[0]}", filename, f.line,
                                 allow_either=True)
            for _, t in params:
                scope.check_type(t, f.line)
            if f[0] == TOTAL_COST and params:
                raise PDDLError("(total-cost) takes no arguments", filename, f.line)
            functions[f[0]] = tuple(t for _, t in params)
    return functions


def _parse_action(node: _List, scope: _Scope, functions, filename) -> Action:
    if len(node) < 2 or isinstance(node[1], _List):
        raise PDDLError("action without a name", filename, node.line)
    name = node[1]
    fields: dict[str, object] = {}
    i = 2
    while i < len(node):
        key = node[i]
        if key not in (":parameters", ":precondition", ":effect"):
            raise PDDLError(f"unexpected `{_show(key)}` in action `{name}`", filename, node.line)
        if i + 1 >= len(node):
            raise PDDLError(f"`{key}` without a value in action `{name}`", filename, node.line)
        fields[key] = node[i + 1]
        i += 2
    params_node = fields.get(":parameters", _List())
    if not isinstance(params_node, _List):
        raise PDDLError(f"bad :parameters in action `{name}`", filename, node.line)
    params = _typed_list(list(params_node), f"parameters of `{name}`", filename, node.line,
                         allow_either=True)
    names = set()
    for var, t in params:
        if not var.startswith("?"):
            raise PDDLError(f"parameter `{var}` of `{name}` must start with '?'", filename,
                            node.line)
        if var in names:
            raise PDDLError(f"parameter `{var}` of `{name}` declared twice", filename, node.line)
        names.add(var)
    what = f"action `{name}`"
    inner = scope.bind(params, node.line, at=node.line)
    pre = _condition(fields.get(":precondition", _List()), inner, f"precondition of {what}")
    pos, neg, eq, neq, more = _split(pre)
    add, dele, cost, effects = _effect(fields.get(":effect", _List()), inner, functions,
                                       f"effect of {what}")
    return Action(name, tuple(params), tuple(pos), tuple(neg), add, dele, tuple(eq),
                  tuple(neq), tuple(more), effects, cost)


def _check_atom(atom, predicates, variables, constants, filename, line, what):
    pred = atom[0]
    if pred not in predicates:
        raise PDDLError(f"undeclared predicate `{pred}` in {what}", filename, line)
    if len(atom) - 1 != len(predicates[pred]):
        raise PDDLError(
            f"predicate `{pred}` takes {len(predicates[pred])} argument(s), "
            f"{_show(list(atom))} has {len(atom) - 1} in {what}", filename, line)
    for term in atom[1:]:
        if term.startswith("?"):
            if term not in variables:
                raise PDDLError(f"unknown variable `{term}` in {what}", filename, line)
        elif term not in constants:
            raise PDDLError(f"unknown constant `{term}` in {what}", filename, line)


def parse_problem(text: str, domain: Domain | None = None, filename: str | None = None) -> Problem:
    """Parse a problem file's text; with `domain`, also check it against the domain."""
    root = parse_sexpr(text, filename)
    name, sec = _sections(root, "problem", filename)
    for head, nodes in sec.items():
        if head != ":init":  # the largest part: `_init` checks what it reads itself
            for node in nodes:
                _check_unsupported(node, filename)
    dom_nodes = sec.pop(":domain", [])
    if len(dom_nodes) != 1 or len(dom_nodes[0]) != 2:
        raise PDDLError("problem needs exactly one (:domain NAME)", filename, root.line)
    domain_name = dom_nodes[0][1]
    sec.pop(":requirements", None)

    objects: dict[str, str] = {}
    for node in sec.pop(":objects", []):
        for o, t in _typed_list(node[1:], ":objects", filename, node.line):
            if o in objects and objects[o] != t:
                raise PDDLError(f"object `{o}` declared twice with different types",
                                filename, node.line)
            objects[o] = t

    init_nodes = sec.pop(":init", [])
    if len(init_nodes) != 1:
        raise PDDLError("problem needs exactly one :init section", filename, root.line)
    init, values = _init(init_nodes[0], filename)

    goal_nodes = sec.pop(":goal", [])
    if len(goal_nodes) != 1 or len(goal_nodes[0]) != 2:
        raise PDDLError("problem needs exactly one (:goal CONDITION)", filename, root.line)
    goal = _condition(goal_nodes[0][1], _Scope(filename), ":goal")
    gpos, gneg, geq, gneq, more = _split(goal)
    more = [*(("=", a, b) for a, b in geq), *(("not", ("=", a, b)) for a, b in gneq), *more]

    metric = None
    metric_nodes = sec.pop(":metric", [])
    if metric_nodes:
        metric = _metric(metric_nodes, filename)
    if sec:
        head, nodes = next(iter(sec.items()))
        raise PDDLError(f"unknown problem section `{head}`", filename, nodes[0].line)

    problem = Problem(name, domain_name, objects, frozenset(init), tuple(gpos), tuple(gneg),
                      filename, tuple(more), values, metric)
    if domain is not None:
        check_problem(problem, domain, init_line=init_nodes[0].line,
                      goal_line=goal_nodes[0].line)
    return problem


def _init(node: _List, filename) -> tuple[list[Atom], dict[tuple, int | float]]:
    """The atoms and the numeric values `(= (f a) 3)` of an :init section."""
    atoms, values = [], {}
    for a in node[1:]:
        if type(a) is _List and a and type(a[0]) is str and a[0] not in _INIT_SPECIAL \
                and _List not in map(type, a):
            atoms.append(tuple(a))  # the common case: an atom
            continue
        head = a[0] if isinstance(a, _List) and a and type(a[0]) is str else None
        if head in UNSUPPORTED:
            raise PDDLError(f"unsupported construct `{a[0]}` ({UNSUPPORTED[a[0]]})",
                            filename, a.line)
        elif head == "=":
            value = _number(a[2]) if len(a) == 3 else None
            if value is None or not isinstance(a[1], _List):
                raise PDDLError(f"unsupported construct {_show(a)} in :init: only numeric "
                                f"values such as (= (total-cost) 0) are supported", filename,
                                a.line)
            values[_atom(a[1], filename, ":init")] = value
        elif head == "not":
            continue  # closed-world assumption: negative initial literals are redundant
        else:
            atoms.append(_atom(a, filename, ":init"))
    return atoms, values


def _metric(nodes, filename) -> tuple[str, Term]:
    node = nodes[0]
    if len(nodes) != 1 or len(node) != 3 or node[1] not in ("minimize", "maximize"):
        raise PDDLError("expected one (:metric minimize|maximize EXPRESSION)", filename,
                        node.line)

    def term(n):
        value = _number(n)
        if value is not None:
            return value
        if not isinstance(n, _List) or not n or isinstance(n[0], _List):
            raise PDDLError(f"bad expression {_show(n)} in :metric", filename, node.line)
        if n[0] in _ARITHMETIC:
            if len(n) < 2 or (n[0] != "-" and len(n) < 3):
                raise PDDLError(f"bad expression {_show(n)} in :metric", filename, n.line)
            return (n[0], tuple(term(x) for x in n[1:]))
        if n[0] in ("total-time", "is-violated"):
            raise PDDLError(f"unsupported construct `{n[0]}` in :metric (temporal planning "
                            f"and preferences)", filename, n.line)
        return _atom(n, filename, ":metric")

    return (node[1], term(node[2]))


def check_problem(problem: Problem, domain: Domain, init_line=None, goal_line=None) -> None:
    """Raise `PDDLError` if the problem does not fit the domain (types, predicates, objects)."""
    f = problem.filename
    if problem.domain_name != domain.name:
        raise PDDLError(f"problem is for domain `{problem.domain_name}`, "
                        f"but the domain file defines `{domain.name}`", f)
    for o, t in problem.objects.items():
        if t != "object" and t not in domain.types:
            raise PDDLError(f"object `{o}` has undeclared type `{t}`", f)
    known = {**domain.constants, **problem.objects}
    anc_cache: dict[str, frozenset[str]] = {}

    def check_args(atom, sig, what, where, line):
        for arg, want in zip(atom[1:], sig):
            if arg.startswith("?"):
                continue  # a quantified variable of the goal
            if arg not in known:
                raise PDDLError(f"undeclared object `{arg}` in {_show(list(atom))} in {where}",
                                f, line)
            t = known[arg]
            if t not in anc_cache:
                anc_cache[t] = domain.ancestors(t)
            if not type_ok(anc_cache[t], want):
                raise PDDLError(f"object `{arg}` of type `{t}` cannot be argument of `{what}` "
                                f"(expects `{want}`) in {where}", f, line)

    def check(atom, where, line):
        pred = atom[0]
        if pred not in domain.predicates:
            raise PDDLError(f"undeclared predicate `{pred}` in {where}", f, line)
        sig = domain.predicates[pred]
        if len(atom) - 1 != len(sig):
            raise PDDLError(f"predicate `{pred}` takes {len(sig)} argument(s), "
                            f"{_show(list(atom))} in {where} has {len(atom) - 1}", f, line)
        check_args(atom, sig, pred, where, line)

    def check_value(term, where, line):
        name = term[0]
        if name not in domain.functions:
            raise PDDLError(f"undeclared function `{name}` in {where} (numeric fluents other "
                            f"than action costs are not supported)", f, line)
        sig = domain.functions[name]
        if len(term) - 1 != len(sig):
            raise PDDLError(f"function `{name}` takes {len(sig)} argument(s), "
                            f"{_show(list(term))} in {where} has {len(term) - 1}", f, line)
        check_args(term, sig, name, where, line)

    _check_init(problem.init, domain, known, lambda atom: check(atom, ":init", init_line))
    for term in problem.values:
        check_value(term, ":init", init_line)
    for atom in (*problem.goal_pos, *problem.goal_neg):
        check(atom, ":goal", goal_line)
    for formula in problem.goal_more:
        for atom in formula_atoms(formula):
            check(atom, ":goal", goal_line)
        for _, t in formula_params(formula):
            for member in either_members(t) or (t,):
                if member != "object" and member not in domain.types:
                    raise PDDLError(f"undeclared type `{member}` in :goal", f, goal_line)
    if problem.metric is not None:
        for term in _metric_functions(problem.metric[1]):
            check_value(term, ":metric", None)


def _check_init(init, domain: Domain, known: dict[str, str], explain) -> None:
    """Check the initial state's atoms in one tight loop (it is most of a problem); the
    first one that fails goes to `explain`, which raises the error that says why."""
    preds = domain.predicates
    types_of = {t: domain.ancestors(t) for t in set(known.values())}
    for atom in init:
        sig = preds.get(atom[0])
        if sig is None or len(atom) - 1 != len(sig):
            explain(atom)
        for arg, want in zip(atom[1:], sig):
            t = known.get(arg)
            if t is None or (want not in types_of[t] and not type_ok(types_of[t], want)):
                explain(atom)


def formula_atoms(formula: Formula):
    """Every atom mentioned in a formula (with variables as written)."""
    tag = formula[0]
    if tag == "atom":
        yield formula[1]
    elif tag in ("and", "or"):
        for g in formula[1]:
            yield from formula_atoms(g)
    elif tag == "not":
        yield from formula_atoms(formula[1])
    elif tag == "imply":
        yield from formula_atoms(formula[1])
        yield from formula_atoms(formula[2])
    elif tag in _QUANTIFIERS:
        yield from formula_atoms(formula[2])


def formula_params(formula: Formula):
    """Every quantified variable `(?v, type)` of a formula."""
    tag = formula[0]
    if tag in ("and", "or"):
        for g in formula[1]:
            yield from formula_params(g)
    elif tag == "not":
        yield from formula_params(formula[1])
    elif tag == "imply":
        yield from formula_params(formula[1])
        yield from formula_params(formula[2])
    elif tag in _QUANTIFIERS:
        yield from formula[1]
        yield from formula_params(formula[2])


def _metric_functions(term):
    """The function atoms a metric expression reads."""
    if not isinstance(term, tuple):
        return
    if term[0] in _ARITHMETIC and len(term) == 2 and isinstance(term[1], tuple):
        for t in term[1]:
            yield from _metric_functions(t)
    else:
        yield term


def read_domain(path: str | Path) -> Domain:
    """Read and parse a domain file."""
    path = Path(path)
    try:
        text = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise PDDLError(f"cannot read domain file: {exc}", str(path)) from exc
    return parse_domain(text, str(path))


def read_problem(path: str | Path, domain: Domain | None = None) -> Problem:
    """Read and parse a problem file (checked against `domain` if given)."""
    path = Path(path)
    try:
        text = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise PDDLError(f"cannot read problem file: {exc}", str(path)) from exc
    return parse_problem(text, domain, str(path))


# --------------------------------------------------------------------------------------
# Writing


def _fmt_atom(atom: Atom) -> str:
    return "(" + " ".join(atom) + ")"


def _fmt_typed(pairs, untyped_ok: bool = True) -> str:
    """Group consecutive names of one type: `a b - t c - u`."""
    out, group, cur = [], [], None
    for name, t in pairs:
        if t != cur and group:
            out.append(" ".join(group) + f" - {cur}")  # untyped names before typed ones
            group = []
        cur = t
        group.append(name)
    if group:
        out.append(" ".join(group) + ("" if cur == "object" and untyped_ok else f" - {cur}"))
    return " ".join(out)


def _fmt_formula(f: Formula) -> str:
    tag = f[0]
    if tag == "atom":
        return _fmt_atom(f[1])
    if tag == "=":
        return f"(= {f[1]} {f[2]})"
    if tag == "not":
        return f"(not {_fmt_formula(f[1])})"
    if tag in ("and", "or"):
        return f"({tag}" + "".join(" " + _fmt_formula(g) for g in f[1]) + ")"
    if tag == "imply":
        return f"(imply {_fmt_formula(f[1])} {_fmt_formula(f[2])})"
    return f"({tag} ({_fmt_typed(f[1])}) {_fmt_formula(f[2])})"  # exists, forall


def _fmt_term(term) -> str:
    if not isinstance(term, tuple):
        return repr(term)
    if term[0] in _ARITHMETIC and len(term) == 2 and isinstance(term[1], tuple):
        return f"({term[0]} " + " ".join(_fmt_term(x) for x in term[1]) + ")"
    return _fmt_atom(term)


def _fmt_conj(pos, neg=(), eq=(), neq=(), more=(), cost=()) -> str:
    parts = [_fmt_atom(a) for a in pos]
    parts += [f"(not {_fmt_atom(a)})" for a in neg]
    parts += [f"(= {a} {b})" for a, b in eq]
    parts += [f"(not (= {a} {b}))" for a, b in neq]
    parts += [_fmt_formula(f) for f in more]
    parts += [f"(increase ({TOTAL_COST}) {_fmt_term(c)})" for c in cost]
    if not parts:
        return "()"
    if len(parts) == 1:
        return parts[0]
    return "(and " + " ".join(parts) + ")"


def _fmt_effect(action: Action) -> str:
    parts = [_fmt_conj(action.add, action.delete, cost=action.cost)]
    for e in action.effects:
        text = _fmt_conj(e.add, e.delete, cost=e.cost)
        if e.condition is not None:
            text = f"(when {_fmt_formula(e.condition)} {text})"
        if e.params:
            text = f"(forall ({_fmt_typed(e.params)}) {text})"
        parts.append(text)
    if len(parts) == 1:
        return parts[0]
    return "(and " + " ".join(p for p in parts if p != "()") + ")"


def write_domain(domain: Domain) -> str:
    """PDDL text for a domain; `parse_domain(write_domain(d)) == d`."""
    lines = [f"(define (domain {domain.name})"]
    if domain.requirements:
        lines.append(f"  (:requirements {' '.join(domain.requirements)})")
    if domain.types:
        lines.append(f"  (:types {_fmt_typed(domain.types.items(), untyped_ok=False)})")
    if domain.constants:
        lines.append(f"  (:constants {_fmt_typed(domain.constants.items())})")
    preds = []
    for p, sig in domain.predicates.items():
        params = _fmt_typed([(f"?x{i}", t) for i, t in enumerate(sig)])
        preds.append(f"({p}{' ' + params if params else ''})")
    lines.append("  (:predicates " + " ".join(preds) + ")")
    if domain.functions:
        funcs = []
        for f, sig in domain.functions.items():
            params = _fmt_typed([(f"?x{i}", t) for i, t in enumerate(sig)])
            funcs.append(f"({f}{' ' + params if params else ''}) - number")
        lines.append("  (:functions " + " ".join(funcs) + ")")
    for a in domain.actions.values():
        lines.append(f"  (:action {a.name}")
        lines.append(f"    :parameters ({_fmt_typed(a.parameters)})")
        lines.append(f"    :precondition "
                     f"{_fmt_conj(a.pre_pos, a.pre_neg, a.pre_eq, a.pre_neq, a.pre_more)}")
        lines.append(f"    :effect {_fmt_effect(a)})")
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_problem(problem: Problem) -> str:
    """PDDL text for a problem; `parse_problem(write_problem(p)) == p`."""
    lines = [f"(define (problem {problem.name})", f"  (:domain {problem.domain_name})"]
    lines.append(f"  (:objects {_fmt_typed(problem.objects.items())})")
    lines.append("  (:init")
    lines.extend(f"    {_fmt_atom(a)}" for a in sorted(problem.init))
    lines.extend(f"    (= {_fmt_atom(f)} {v!r})" for f, v in problem.values.items())
    lines.append("  )")
    lines.append(f"  (:goal {_fmt_conj(problem.goal_pos, problem.goal_neg, more=problem.goal_more)})")
    if problem.metric is not None:
        lines.append(f"  (:metric {problem.metric[0]} {_fmt_term(problem.metric[1])})")
    lines.append(")")
    return "\n".join(lines) + "\n"
