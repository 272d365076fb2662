"""The URL contract (urls.yml): every address that articles, slides and print may link to.

Pure (no MkDocs): `parse` reads the contract with each promise's line; `problems` checks the
promises against a built site, seen through two functions the glue gives (site/url_contract.py):
the ids of the page at an address, and where a redirect at an address leads. Addresses are
relative to site_url: the default language at the root, the others under `<lang>/`.

    pages:                      # one entry per page, an address per language, its sections
      - fr: chapitre-1/
        en: en/chapitre-1/
        sections: [objectifs, a-retenir]
    short_links: {1/: chapitre-1/}
    redirects: {a-propos/: auteur/}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import yaml

from . import messages as say

FILE = "urls.yml"


class ContractError(Exception):
    """The contract cannot be read: `line` (1-based, 0 when unknown) and the message."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Promise:
    line: int
    address: str
    language: str | None = None  # pages: the page's language
    section: str | None = None  # a section of the page at `address`
    target: str | None = None  # redirects and short links: the address it leads to


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _text(node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not isinstance(node.value, str):
        problem = say.CONTRACT_NOT_TEXT.format(what=what)
        raise ContractError(_line(node), say.CONTRACT_SHAPE.format(what=problem))
    return node.value


def _pairs(node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        problem = say.CONTRACT_NOT_MAPPING.format(what=what)
        raise ContractError(_line(node), say.CONTRACT_SHAPE.format(what=problem))
    return node.value


def _items(node: yaml.Node, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        problem = say.CONTRACT_NOT_LIST.format(what=what)
        raise ContractError(_line(node), say.CONTRACT_SHAPE.format(what=problem))
    return node.value


def parse(text: str) -> list[Promise]:
    """Every promise of the contract, in file order, with its line."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "invalid YAML"
        line = mark.line + 1 if mark else 0
        raise ContractError(line, say.CONTRACT_YAML.format(problem=problem)) from None
    if root is None:
        return []
    promises = []
    for key, value in _pairs(root, "the file"):
        name = _text(key, "a top-level key")
        if name == "pages":
            for entry in _items(value, '"pages:"'):
                promises += _page(entry)
        elif name in ("short_links", "redirects"):
            for old, new in _pairs(value, f'"{name}:"'):
                target = _text(new, "an address")
                promises.append(Promise(_line(old), _text(old, "an address"), target=target))
        else:
            problem = say.CONTRACT_UNKNOWN_KEY.format(name=name)
            raise ContractError(_line(key), say.CONTRACT_SHAPE.format(what=problem))
    return promises


def _page(entry: yaml.Node) -> list[Promise]:
    addresses, sections = [], []
    for key, value in _pairs(entry, "a page entry"):
        name = _text(key, "a page entry's key")
        if name == "sections":
            items = _items(value, '"sections:"')
            sections = [(_line(item), _text(item, "a section id")) for item in items]
        else:
            addresses.append(Promise(_line(value), _text(value, "an address"), language=name))
    found = list(addresses)
    for page in addresses:
        found += [
            Promise(line, page.address, page.language, section=ident) for line, ident in sections
        ]
    return found


def problems(
    promises: list[Promise],
    ids: Callable[[str], set[str] | None],
    leads_to: Callable[[str], str | None],
    source: Callable[[str, str], str],
) -> list[tuple[int, str]]:
    """(line, message) for each promise the built site does not keep.

    `ids(address)`: the ids of the page there (None: no page); `leads_to(address)`: the address
    a redirect there leads to (None: none); `source(address, language)`: the page's file as
    authors name it, for the message.
    """

    def final(address: str) -> str:
        """Where an address ends up, through redirects (a page renamed twice still counts)."""
        for _ in range(10):
            step = leads_to(address)
            if step is None:
                break
            address = step
        return address

    found = []
    for promise in promises:
        if promise.target is not None:
            there = leads_to(promise.address)
            if there is None:
                message = say.CONTRACT_REDIRECT.format(
                    address=promise.address, target=promise.target
                )
                found.append((promise.line, message))
            elif final(there) != final(promise.target):
                message = say.CONTRACT_REDIRECT_ELSEWHERE.format(
                    address=promise.address, found=there, target=promise.target
                )
                found.append((promise.line, message))
            continue
        page = ids(promise.address)
        where = source(promise.address, promise.language or "")
        if page is None:
            if promise.section is None:
                message = say.CONTRACT_PAGE.format(address=promise.address, source=where)
                found.append((promise.line, message))
        elif promise.section is not None and promise.section not in page:
            message = say.CONTRACT_SECTION.format(
                address=promise.address, id=promise.section, source=where
            )
            found.append((promise.line, message))
    return found
