"""An outline entry as compact JSON text, written once (what goes over the wire)."""

from __future__ import annotations

from collections.abc import Callable
import json
from typing import Union

encode_str: Callable[[str], str] = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]

# (tag, argument, line, path) of an include reference. `Union`, not `|`: this alias is
# evaluated at import, and lint-config runs on Python 3.9 too.
Include = tuple[str, str, int, tuple[Union[str, int], ...]]


def entry_json(
    features: str | None,
    line: int,
    path: str,
    tag: str | None,
    kind: str,
    value: str | None,
    item_lines: str | None = None,
) -> str:
    """One outline entry as compact JSON with sorted keys (each part already JSON text)."""
    text = ('{"features":' + features + ",") if features is not None else "{"
    if item_lines is not None:
        text += '"item_lines":' + item_lines + ","
    text += '"line":'
    text += str(line) + ',"path":' + path + (',"tag":null,"type":"' if tag is None else ',"tag":"' + tag + '","type":"')
    return text + kind + ('"}' if value is None else '","value":' + value + "}")


# entry_json for the scanner's shapes, one %-format each (prefix and key JSON make the path).
_T_KIND = '{"line":%d,"path":%s%s],"tag":null,"type":"%s"}'
_T_KIND_VALUE = '{"line":%d,"path":%s%s],"tag":null,"type":"%s","value":%s}'
_T_TAG = '{"line":%d,"path":%s%s],"tag":"%s","type":"str"}'


def env_var_default(value: str) -> str | None:
    """The default of `!env_var NAME default words` as Home Assistant computes it
    (util/yaml/loader.py: `args = value.split()`, default `" ".join(args[1:])`), or None."""
    args = value.split()
    return " ".join(args[1:]) if len(args) > 1 else None


def path_json(path: tuple[str | int, ...]) -> str:
    """A path tuple as compact JSON."""
    return "[" + ",".join([encode_str(p) if p.__class__ is str else str(p) for p in path]) + "]"

