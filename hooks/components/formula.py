"""The worksheets' formula language: numbers, field names, + - * /, parentheses, a few functions.

    (v2-creation + v2-publication + v2-promotion) * 52 / 12 * v2-rate + v2-ads

A field name is the id of a worksheet field or result (letters, digits and hyphens, starting with a
letter): `a-b` is one name, so a subtraction takes spaces, `a - b`. Numbers are written with a dot
(`12.5`: the comma separates a function's values), in every language. Functions: `round(x)` or
`round(x, digits)`, `min(a, b…)`, `max(a, b…)`. A formula is parsed at build time into a tree of
JSON lists that mkdocs_guide/worksheet/assets/worksheet.js evaluates, without `eval`:

    ["num", 52]  ["ref", "v2-rate"]  ["+", a, b]  ["neg", a]  ["call", "round", [a, b]]

Every problem is a `FormulaError(column, message)`; worksheet.py adds the file line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

FUNCTIONS = {"round": (1, 2), "min": (1, 20), "max": (1, 20)}  # name: (fewest, most) arguments
_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
    r"|(?P<op>[-+*/(),]))"
)

Tree = list


class FormulaError(Exception):
    def __init__(self, column: int, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


@dataclass(frozen=True)
class _Token:
    kind: str  # num, name, op, end
    text: str
    column: int  # 1-based


def _tokens(text: str) -> list[_Token]:
    found, position = [], 0
    while position < len(text):
        if not text[position:].strip():
            break
        match = _TOKEN.match(text, position)
        if not match:
            column = position + len(text[position:]) - len(text[position:].lstrip()) + 1
            raise FormulaError(
                column,
                f'"{text[column - 1]}" cannot be used in a formula. Use numbers, field ids, '
                "+ - * /, parentheses and round(), min(), max().",
            )
        kind = match.lastgroup
        found.append(_Token(kind, match.group(kind), match.start(kind) + 1))
        position = match.end()
    found.append(_Token("end", "", len(text) + 1))
    return found


class _Parser:
    """Recursive descent.

    sum := product (("+" | "-") product)*; product := unary (("*" | "/") unary)*;
    unary := ("-" | "+") unary | atom;
    atom := number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
    """

    def __init__(self, text: str) -> None:
        self.tokens, self.at = _tokens(text), 0

    def peek(self) -> _Token:
        return self.tokens[self.at]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            found = f'"{token.text}"' if token.kind != "end" else "the end of the formula"
            raise FormulaError(token.column, f'"{text}" expected, found {found}.')

    def sum(self) -> Tree:
        tree = self.product()
        while self.peek().text in ("+", "-"):
            tree = [self.take().text, tree, self.product()]
        return tree

    def product(self) -> Tree:
        tree = self.unary()
        while self.peek().text in ("*", "/"):
            operator = self.take()
            right = self.unary()
            if operator.text == "/" and right == ["num", 0]:
                raise FormulaError(
                    operator.column, "division by zero. Divide by another number or a field."
                )
            tree = [operator.text, tree, right]
        return tree

    def unary(self) -> Tree:
        if self.peek().text == "-":
            self.take()
            return ["neg", self.unary()]
        if self.peek().text == "+":
            self.take()
            return self.unary()
        return self.atom()

    def atom(self) -> Tree:
        token = self.take()
        if token.kind == "num":
            value = float(token.text)
            return ["num", int(value) if value.is_integer() else value]
        if token.kind == "name" and self.peek().text == "(":
            return self.call(token)
        if token.kind == "name":
            return ["ref", token.text, token.column]
        if token.text == "(":
            tree = self.sum()
            self.expect(")")
            return tree
        found = f'"{token.text}"' if token.kind != "end" else "the end of the formula"
        raise FormulaError(token.column, f"a number, a field id or ( expected, found {found}.")

    def call(self, name: _Token) -> Tree:
        if name.text not in FUNCTIONS:
            known = ", ".join(f"{n}()" for n in FUNCTIONS)
            raise FormulaError(name.column, f'unknown function "{name.text}". Use {known}.')
        self.expect("(")
        arguments = [self.sum()]
        while self.peek().text == ",":
            self.take()
            arguments.append(self.sum())
        self.expect(")")
        fewest, most = FUNCTIONS[name.text]
        if not fewest <= len(arguments) <= most:
            raise FormulaError(
                name.column,
                f"{name.text}() takes {fewest} to {most} values, not {len(arguments)}.",
            )
        return ["call", name.text, arguments]


def parse(text: str) -> Tree:
    """The formula's tree; names keep their column (["ref", id, column]) until `strip_columns`."""
    if not text.strip():
        raise FormulaError(1, 'the formula is empty. Write it after "formula:", e.g. a + b.')
    parser = _Parser(text)
    tree = parser.sum()
    if parser.peek().kind != "end":
        token = parser.peek()
        if token.text == ",":
            raise FormulaError(
                token.column,
                'a comma is not expected here. Write decimals with a dot ("12.5"): a comma only '
                "separates a function's values.",
            )
        raise FormulaError(token.column, f'"{token.text}" is not expected here.')
    return tree


def references(tree: Tree) -> list[tuple[str, int]]:
    """(id, column) of every field or result the formula reads, in order."""
    if tree[0] == "ref":
        return [(tree[1], tree[2])]
    if tree[0] == "num":
        return []
    if tree[0] == "call":
        return [ref for argument in tree[2] for ref in references(argument)]
    return [ref for branch in tree[1:] for ref in references(branch)]


def strip_columns(tree: Tree) -> Tree:
    """The tree as the browser gets it (and as translations are compared): no columns."""
    if tree[0] == "ref":
        return ["ref", tree[1]]
    if tree[0] == "num":
        return tree
    if tree[0] == "call":
        return ["call", tree[1], [strip_columns(argument) for argument in tree[2]]]
    return [tree[0], *(strip_columns(branch) for branch in tree[1:])]


def evaluate(tree: Tree, values: dict[str, float]) -> float | None:
    """The formula's value (None when a value it reads is missing or it divides by zero).

    The reference implementation of worksheet.js's evaluator: the tests compare the two.
    """
    kind = tree[0]
    if kind == "num":
        return tree[1]
    if kind == "ref":
        return values.get(tree[1])
    if kind == "neg":
        value = evaluate(tree[1], values)
        return None if value is None else -value
    if kind == "call":
        arguments = [evaluate(argument, values) for argument in tree[2]]
        if any(value is None for value in arguments):
            return None
        if tree[1] == "round":
            digits = int(arguments[1]) if len(arguments) > 1 else 0
            factor = 10**digits
            return _round_half_up(arguments[0] * factor) / factor
        return (min if tree[1] == "min" else max)(arguments)
    left, right = evaluate(tree[1], values), evaluate(tree[2], values)
    if left is None or right is None or (kind == "/" and right == 0):
        return None
    return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[kind]


def _round_half_up(value: float) -> float:
    """JavaScript's Math.round: halves go up (2.5 -> 3, -2.5 -> -2)."""
    return math.floor(value + 0.5)
