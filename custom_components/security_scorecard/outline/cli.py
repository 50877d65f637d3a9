"""`python3 path/to/outline CONFIG_DIR [--limits LIMITS.json] [--compact | --relevant]`: the outline on stdout.

Canonical JSON (what the vectors pin) by default; `--compact` writes every entry as compact
JSON; `--relevant` the relevant outline in the wire encoding the integration sends
(relevance.py, filtered by the generated relevance.json), which `lint-config` reads. Exit 0
with an outline, 2 with one line on stderr when it cannot run (no folder, bad limits, a
missing or broken relevance.json); messages never quote the configuration.
"""

from __future__ import annotations

import argparse
import json
import sys

from .relevance import iter_relevant_outline_json, load_relevance
from .rules import OutlineLimits
from .serialise import iter_outline_json, iter_outline_json_compact
from .walk import build_outline

PROG = "outline"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Outline a Home Assistant config folder (no values).")
    parser.add_argument("config_dir", metavar="CONFIG_DIR")
    parser.add_argument("--limits", metavar="LIMITS.json", help="limits that differ from the defaults")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--compact", action="store_true", help="compact JSON of every entry instead of the canonical form")
    form.add_argument("--relevant", action="store_true", help="only the entries the checks read, in the wire encoding")
    return parser


def _limits(path: str | None) -> OutlineLimits:
    if path is None:
        return OutlineLimits()
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read the limits file: {exc.__class__.__name__}") from None
    return OutlineLimits.from_mapping(data)


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        limits = _limits(args.limits)
    except (ValueError, TypeError) as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        return 2
    relevance = None
    if args.relevant:
        try:
            relevance = load_relevance()
        except (OSError, ValueError) as exc:
            sys.stderr.write(f"{PROG}: cannot read relevance.json ({exc.__class__.__name__})\n")
            return 2
    try:
        outline = build_outline(args.config_dir, limits)
    except NotADirectoryError:
        sys.stderr.write(f"{PROG}: CONFIG_DIR is not a folder\n")
        return 2
    if relevance is not None:
        pieces = iter_relevant_outline_json(outline, relevance)
    else:
        pieces = iter_outline_json_compact(outline) if args.compact else iter_outline_json(outline)
    sys.stdout.writelines(pieces)  # streamed: a big outline is never one string
    sys.stdout.flush()
    return 0
