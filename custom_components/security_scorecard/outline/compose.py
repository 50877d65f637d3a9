"""YAML text to nodes: PyYAML's events composed like its Composer, without recursion.

Home Assistant loads YAML with PyYAML (libyaml's C parser first, the pure-Python one on a
syntax error); composing the same events keeps the outline true to what it loads.
"""

from __future__ import annotations

import time
from typing import Any

import yaml

from .rules import _TIME_LIMIT_FILE, OutlineLimits, _FileProblem

try:  # libyaml's C event parser is much faster; errors are re-checked with the Python one
    from yaml.cyaml import CParser as _FastLoader  # name kept: tests switch it off
except ImportError:  # pragma: no cover - depends on the PyYAML build
    _FastLoader = None  # type: ignore[assignment,misc]

# Nodes are plain built-ins, made once per event (the hot path of a big config):
# a scalar is a tuple (tag, value, plain, line) - `plain`: untagged (or "!") plain
# scalar, subject to implicit resolution; a collection is a list
# [tag, line, is_map, items] whose identity stands for the node (aliases share it).
_Scalar = tuple
_Node = Any
_S_TAG, _S_VALUE, _S_PLAIN, _S_LINE = 0, 1, 2, 3
_C_TAG, _C_LINE, _C_IS_MAP, _C_ITEMS = 0, 1, 2, 3


_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent
_StreamEndEvent = yaml.StreamEndEvent


def _mark_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return None if mark is None else int(mark.line) + 1


def _compose(text: str, parser_class: Any, limits: OutlineLimits, deadline: float) -> _Node | None:
    """Compose the single document of `text` like PyYAML's Composer, without recursion.

    `parser_class` is libyaml's CParser or PyYAML's SafeLoader: both take the text and
    hand out events with `get_event()` (what `yaml.parse` does, minus its generator).
    Raises yaml.YAMLError (syntax) or _FileProblem (nesting/time limits).
    """
    parser = parser_class(text)
    try:
        return _compose_events(parser.get_event, limits, deadline)
    finally:
        parser.dispose()  # the pure-Python parser's states form reference cycles


def _compose_events(get_event: Any, limits: OutlineLimits, deadline: float) -> _Node | None:
    anchors: dict[str, _Node] = {}
    stack: list[list[Any]] = []
    root: _Node | None = None
    add: Any = None  # append to the innermost open collection; None at the top
    documents = 0
    count = 0
    max_nesting = limits.max_nesting
    monotonic = time.monotonic
    while True:
        event = get_event()
        count += 1
        if not count & 4095 and monotonic() > deadline:
            raise _FileProblem("limit_reached", None, _TIME_LIMIT_FILE)
        cls = event.__class__
        if cls is _ScalarEvent:
            tag = event.tag
            node: _Node = (
                tag,
                event.value,
                (tag is None or tag == "!") and event.implicit[0],
                event.start_mark.line + 1,
            )
            anchor = event.anchor
            if anchor is not None:
                if anchor in anchors:
                    raise yaml.composer.ComposerError(None, None, "found duplicate anchor", event.start_mark)
                anchors[anchor] = node
            if add is not None:
                add(node)
            else:
                root = node
        elif cls is _MappingEndEvent or cls is _SequenceEndEvent:
            stack.pop()
            add = stack[-1][_C_ITEMS].append if stack else None
        elif cls is _MappingStartEvent or cls is _SequenceStartEvent:
            anchor = event.anchor
            if anchor is not None and anchor in anchors:
                raise yaml.composer.ComposerError(None, None, "found duplicate anchor", event.start_mark)
            line = event.start_mark.line + 1
            if len(stack) >= max_nesting:
                raise _FileProblem(
                    "limit_reached", line, f"The file nests deeper than {max_nesting} levels."
                )
            node = [event.tag, line, cls is _MappingStartEvent, []]
            if anchor is not None:
                anchors[anchor] = node
            if add is not None:
                add(node)
            else:
                root = node
            stack.append(node)
            add = node[_C_ITEMS].append
        elif cls is _AliasEvent:
            if event.anchor not in anchors:
                raise yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)
            node = anchors[event.anchor]
            if add is not None:
                add(node)
            else:
                root = node
        elif cls is _DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream", None,
                    "but found another document", event.start_mark,
                )
            anchors = {}
        elif cls is _StreamEndEvent:
            return root
        # StreamStartEvent, DocumentEndEvent: nothing to do


def _compose_checked(text: str, limits: OutlineLimits, deadline: float) -> _Node | None:
    """Home Assistant's order: the C parser first; on a syntax error, the Python one."""
    if _FastLoader is not None:
        try:
            return _compose(text, _FastLoader, limits, deadline)
        except yaml.YAMLError:
            pass
    return _compose(text, yaml.SafeLoader, limits, deadline)

