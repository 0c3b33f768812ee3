"""PDDL reading and writing for the STRIPS fragment the IPC 2023 Learning Track domains use.

Supported: STRIPS, typing with type hierarchies, constants, negative preconditions,
equality in preconditions, conjunctive goals with negated atoms, `;` comments, any case.
Refused with a `PDDLError` naming the file, line and construct: conditional effects,
quantifiers, disjunctions, numeric fluents, derived predicates, durative actions, `either`
types.

Our own parser (not the `pddl` package): `pddl` 0.5.1 parses these files correctly but at
about 82 ms per file, while a plan validator called on every model sample needs
milliseconds. Atoms are plain tuples `(predicate, arg, ...)` of lower-case strings, which
hash fast and read well in reasons.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from iterdeploy import IterdeployError

Atom = tuple  # (predicate, arg1, arg2, ...), all lower-case strings

#: Requirements we implement; anything else is refused when a domain declares it.
SUPPORTED_REQUIREMENTS = frozenset(
    {":strips", ":typing", ":negative-preconditions", ":equality"}
)
#: Constructs refused wherever they occur, with the name users know them by.
UNSUPPORTED = {
    "when": "conditional effects",
    "forall": "universal quantification",
    "exists": "existential quantification",
    "or": "disjunctive conditions",
    "imply": "implications",
    "increase": "numeric fluents",
    "decrease": "numeric fluents",
    "assign": "numeric fluents",
    "scale-up": "numeric fluents",
    "scale-down": "numeric fluents",
    ":functions": "numeric fluents",
    ":derived": "derived predicates",
    ":durative-action": "durative actions",
    ":metric": "plan metrics",
    "either": "`either` types",
    ":constraints": "state-trajectory constraints",
    ":timed-initial-literals": "timed initial literals",
}


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


_TOKEN = re.compile(r";[^\n]*|\(|\)|[^\s()]+")
#: Deepest nesting read. Real domains nest a few levels; the checks that walk the tree
#: recurse, so a limit here turns a hostile 100,000-deep file into a PDDLError.
MAX_DEPTH = 100


def parse_sexpr(text: str, filename: str | None = None) -> _List:
    """Parse one top-level s-expression (comments dropped, symbols lower-cased)."""
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(newlines, pos) + 1

    stack: list[_List] = []
    result: _List | None = None
    for m in _TOKEN.finditer(text):
        tok = m.group()
        c = tok[0]
        if c == ";":
            continue
        if result is not None:
            raise PDDLError(f"unexpected text after the closing parenthesis: {tok!r}",
                            filename, line_of(m.start()))
        if c == "(":
            node = _List()
            node.line = line_of(m.start())
            if stack:
                stack[-1].append(node)
            stack.append(node)
            if len(stack) > MAX_DEPTH:
                raise PDDLError(f"parentheses nested deeper than {MAX_DEPTH} levels",
                                filename, node.line)
        elif c == ")":
            if not stack:
                raise PDDLError("unbalanced ')'", filename, line_of(m.start()))
            node = stack.pop()
            if not stack:
                result = node
        else:
            if not stack:
                raise PDDLError(f"expected '(' but found {tok!r}", filename, line_of(m.start()))
            stack[-1].append(tok.lower())
    if stack:
        raise PDDLError("unbalanced '(': the list opened here is never closed",
                        filename, stack[-1].line)
    if result is None:
        raise PDDLError("empty file: no PDDL definition found", filename, 1)
    return result


# --------------------------------------------------------------------------------------
# Data model


@dataclass(frozen=True)
class Action:
    """An action schema; literals are atoms over parameter names (`?x`) and constants."""

    name: str
    parameters: tuple[tuple[str, str], ...]  # ((?var, type), ...)
    pre_pos: tuple[Atom, ...] = ()
    pre_neg: tuple[Atom, ...] = ()
    add: tuple[Atom, ...] = ()
    delete: tuple[Atom, ...] = ()
    pre_eq: tuple[tuple[str, str], ...] = ()  # (= a b)
    pre_neq: tuple[tuple[str, str], ...] = ()  # (not (= a b))


@dataclass(frozen=True)
class Domain:
    """A STRIPS domain with typing."""

    name: str
    requirements: tuple[str, ...]
    types: dict[str, str]  # type -> parent type ("object" is the root and not a key)
    constants: dict[str, str]  # constant -> type
    predicates: dict[str, tuple[str, ...]]  # predicate -> parameter types
    actions: dict[str, Action]
    filename: str | None = field(default=None, compare=False, repr=False)

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
    """A planning task over a domain: objects, initial state, conjunctive goal."""

    name: str
    domain_name: str
    objects: dict[str, str]  # object -> type (constants of the domain not included)
    init: frozenset[Atom]
    goal_pos: tuple[Atom, ...]
    goal_neg: tuple[Atom, ...] = ()
    filename: str | None = field(default=None, compare=False, repr=False)


# --------------------------------------------------------------------------------------
# Parsing


def _typed_list(items: list, what: str, filename, line) -> list[tuple[str, str]]:
    """`a b - t c - u d` -> [(a, t), (b, t), (c, u), (d, object)]."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    i = 0
    while i < len(items):
        tok = items[i]
        if isinstance(tok, _List):
            if tok and tok[0] == "either":
                raise PDDLError("unsupported construct `either` types", filename, tok.line)
            raise PDDLError(f"unexpected list in {what}", filename, tok.line)
        if tok == "-":
            if i + 1 >= len(items) or not pending:
                raise PDDLError(f"dangling '-' in {what}", filename, line)
            typ = items[i + 1]
            if isinstance(typ, _List):
                if typ and typ[0] == "either":
                    raise PDDLError("unsupported construct `either` types", filename, typ.line)
                raise PDDLError(f"bad type in {what}", filename, typ.line)
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


def _literals(node, filename, what: str):
    """Flatten a conjunction of literals into (pos, neg, eq, neq) lists."""
    pos, neg, eq, neq = [], [], [], []

    def visit(n):
        if not isinstance(n, _List):
            raise PDDLError(f"expected a condition in {what}, found {n!r}", filename)
        if not n:
            return  # () is the empty conjunction
        head = n[0]
        if head == "and":
            for child in n[1:]:
                visit(child)
        elif head == "not":
            if len(n) != 2:
                raise PDDLError(f"`not` takes one argument in {what}", filename, n.line)
            inner = n[1]
            if isinstance(inner, _List) and inner and inner[0] == "=":
                neq.append(_equality(inner, filename, what))
            elif isinstance(inner, _List) and inner and inner[0] in ("and", "not"):
                raise PDDLError(
                    f"unsupported construct `not ({inner[0]} ...)` in {what}; only negated "
                    f"atoms are supported", filename, n.line)
            else:
                neg.append(_atom(inner, filename, what))
        elif head == "=":
            eq.append(_equality(n, filename, what))
        else:
            pos.append(_atom(n, filename, what))

    visit(node)
    return pos, neg, eq, neq


def _equality(node, filename, what):
    if len(node) != 3 or any(isinstance(x, _List) for x in node[1:]):
        raise PDDLError(f"bad equality {_show(node)} in {what}", filename, node.line)
    return (node[1], node[2])


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

    types: dict[str, str] = {}
    for node in sec.pop(":types", []):
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

    def check_type(t, line):
        if t != "object" and t not in types:
            raise PDDLError(f"undeclared type `{t}`", filename, line)

    constants: dict[str, str] = {}
    for node in sec.pop(":constants", []):
        for c, t in _typed_list(node[1:], ":constants", filename, node.line):
            check_type(t, node.line)
            constants[c] = t

    predicates: dict[str, tuple[str, ...]] = {}
    for node in sec.pop(":predicates", []):
        for p in node[1:]:
            if not isinstance(p, _List) or not p or isinstance(p[0], _List):
                raise PDDLError(f"bad predicate declaration {_show(p)}", filename, node.line)
            if p[0] in predicates:
                raise PDDLError(f"predicate `{p[0]}` declared twice", filename, p.line)
            params = _typed_list(p[1:], f"predicate {p[0]}", filename, p.line)
            for _, t in params:
                check_type(t, p.line)
            predicates[p[0]] = tuple(t for _, t in params)

    actions: dict[str, Action] = {}
    for node in sec.pop(":action", []):
        act = _parse_action(node, predicates, constants, check_type, filename)
        if act.name in actions:
            raise PDDLError(f"action `{act.name}` defined twice", filename, node.line)
        actions[act.name] = act

    if sec:
        head, nodes = next(iter(sec.items()))
        raise PDDLError(f"unknown domain section `{head}`", filename, nodes[0].line)
    if not actions:
        raise PDDLError("domain defines no actions", filename, root.line)
    return Domain(name, tuple(requirements), types, constants, predicates, actions, filename)


def _parse_action(node: _List, predicates, constants, check_type, filename) -> Action:
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
    params = _typed_list(list(params_node), f"parameters of `{name}`", filename, node.line)
    names = set()
    for var, t in params:
        if not var.startswith("?"):
            raise PDDLError(f"parameter `{var}` of `{name}` must start with '?'", filename,
                            node.line)
        if var in names:
            raise PDDLError(f"parameter `{var}` of `{name}` declared twice", filename, node.line)
        names.add(var)
        check_type(t, node.line)
    what = f"action `{name}`"
    pre = fields.get(":precondition", _List())
    pos, neg, eq, neq = _literals(pre, filename, f"precondition of {what}")
    eff = fields.get(":effect", _List())
    add, dele, e_eq, e_neq = _literals(eff, filename, f"effect of {what}")
    if e_eq or e_neq:
        raise PDDLError(f"equality in the effect of {what}", filename, node.line)
    for atom in (*pos, *neg, *add, *dele):
        _check_atom(atom, predicates, names, constants, filename, node.line, what)
    for a, b in (*eq, *neq):
        for term in (a, b):
            if term not in names and term not in constants:
                raise PDDLError(f"unknown term `{term}` in equality of {what}", filename,
                                node.line)
    return Action(name, tuple(params), tuple(pos), tuple(neg), tuple(add), tuple(dele),
                  tuple(eq), tuple(neq))


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
    _check_unsupported(root, filename)
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
    init = []
    for a in init_nodes[0][1:]:
        if isinstance(a, _List) and a and a[0] == "=":
            raise PDDLError("unsupported construct `=` in :init (numeric fluents)", filename,
                            a.line)
        if isinstance(a, _List) and a and a[0] == "not":
            continue  # closed-world assumption: negative initial literals are redundant
        init.append(_atom(a, filename, ":init"))

    goal_nodes = sec.pop(":goal", [])
    if len(goal_nodes) != 1 or len(goal_nodes[0]) != 2:
        raise PDDLError("problem needs exactly one (:goal CONDITION)", filename, root.line)
    gpos, gneg, geq, gneq = _literals(goal_nodes[0][1], filename, ":goal")
    if geq or gneq:
        raise PDDLError("unsupported construct `=` in :goal", filename, goal_nodes[0].line)
    if sec:
        head, nodes = next(iter(sec.items()))
        raise PDDLError(f"unknown problem section `{head}`", filename, nodes[0].line)

    problem = Problem(name, domain_name, objects, frozenset(init), tuple(gpos), tuple(gneg),
                      filename)
    if domain is not None:
        check_problem(problem, domain, init_line=init_nodes[0].line,
                      goal_line=goal_nodes[0].line)
    return problem


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

    def check(atom, where, line):
        pred = atom[0]
        if pred not in domain.predicates:
            raise PDDLError(f"undeclared predicate `{pred}` in {where}", f, line)
        sig = domain.predicates[pred]
        if len(atom) - 1 != len(sig):
            raise PDDLError(f"predicate `{pred}` takes {len(sig)} argument(s), "
                            f"{_show(list(atom))} in {where} has {len(atom) - 1}", f, line)
        for arg, want in zip(atom[1:], sig):
            if arg not in known:
                raise PDDLError(f"undeclared object `{arg}` in {_show(list(atom))} in {where}",
                                f, line)
            t = known[arg]
            if t not in anc_cache:
                anc_cache[t] = domain.ancestors(t)
            if want not in anc_cache[t]:
                raise PDDLError(f"object `{arg}` of type `{t}` cannot be argument of `{pred}` "
                                f"(expects `{want}`) in {where}", f, line)

    for atom in problem.init:
        check(atom, ":init", init_line)
    for atom in (*problem.goal_pos, *problem.goal_neg):
        check(atom, ":goal", goal_line)


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
            out.append(" ".join(group) + ("" if cur == "object" and untyped_ok else f" - {cur}"))
            group = []
        cur = t
        group.append(name)
    if group:
        out.append(" ".join(group) + ("" if cur == "object" and untyped_ok else f" - {cur}"))
    return " ".join(out)


def _fmt_conj(pos, neg=(), eq=(), neq=()) -> str:
    parts = [_fmt_atom(a) for a in pos]
    parts += [f"(not {_fmt_atom(a)})" for a in neg]
    parts += [f"(= {a} {b})" for a, b in eq]
    parts += [f"(not (= {a} {b}))" for a, b in neq]
    if not parts:
        return "()"
    if len(parts) == 1:
        return parts[0]
    return "(and " + " ".join(parts) + ")"


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
    for a in domain.actions.values():
        lines.append(f"  (:action {a.name}")
        lines.append(f"    :parameters ({_fmt_typed(a.parameters)})")
        lines.append(f"    :precondition {_fmt_conj(a.pre_pos, a.pre_neg, a.pre_eq, a.pre_neq)}")
        lines.append(f"    :effect {_fmt_conj(a.add, a.delete)})")
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_problem(problem: Problem) -> str:
    """PDDL text for a problem; `parse_problem(write_problem(p)) == p`."""
    lines = [f"(define (problem {problem.name})", f"  (:domain {problem.domain_name})"]
    lines.append(f"  (:objects {_fmt_typed(problem.objects.items())})")
    lines.append("  (:init")
    lines.extend(f"    {_fmt_atom(a)}" for a in sorted(problem.init))
    lines.append("  )")
    lines.append(f"  (:goal {_fmt_conj(problem.goal_pos, problem.goal_neg)})")
    lines.append(")")
    return "\n".join(lines) + "\n"
