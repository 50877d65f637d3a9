"""The config outline: structure and value *shape* of the YAML configuration.

Pure and synchronous (stdlib + PyYAML only, no Home Assistant import): the integration
runs `build_outline` in an executor, and `lint-config` runs this package with the
machine's Python (`python3 path/to/outline CONFIG_DIR`, see __main__.py). The exact
rules are in test/vectors/outline/README.md; every rule here is deliberately simple,
explicit and ASCII-only.

Values never leave this package except booleans, numbers (not under credential-like
keys, never from secrets.yaml) and strings under `ALLOWED_VALUE_KEYS` that carry no
credential feature. Error messages are fixed templates: PyYAML's own messages and
marks quote the document, so they are never used.

Modules, in the order data flows: rules (limits, lists, tags, errors), walk (files and
includes), document (one text: scan or compose, then entries), scan + scalars (the
line scanner), compose (PyYAML events to nodes), values (scalar types, numbers, memo),
features (string shape), entry (one entry's JSON), serialise (canonical and wire JSON).
"""

from __future__ import annotations

from .document import parse_text
from .entry import Include, encode_str, entry_json, env_var_default, path_json
from .features import CREDENTIAL_QUERY_NAMES, features_text, is_placeholder, string_features
from .rules import (
    ALLOWED_VALUE_KEYS,
    INCLUDE_TAGS,
    NUMBER_DENY_SUBSTRINGS,
    OUTLINE_TAGS,
    OUTLINE_VERSION,
    ROOT_FILE,
    SECRETS_FILE,
    SKIP_DIRS,
    OutlineLimits,
    _num_text,
)
from .serialise import dumps_outline, iter_outline_json, iter_outline_json_compact
from .walk import OutlineCache, build_outline

__all__ = [
    "ALLOWED_VALUE_KEYS",
    "CREDENTIAL_QUERY_NAMES",
    "INCLUDE_TAGS",
    "NUMBER_DENY_SUBSTRINGS",
    "OUTLINE_TAGS",
    "OUTLINE_VERSION",
    "ROOT_FILE",
    "SECRETS_FILE",
    "SKIP_DIRS",
    "Include",
    "OutlineCache",
    "OutlineLimits",
    "_num_text",
    "build_outline",
    "dumps_outline",
    "encode_str",
    "entry_json",
    "env_var_default",
    "features_text",
    "is_placeholder",
    "iter_outline_json",
    "iter_outline_json_compact",
    "parse_text",
    "path_json",
    "string_features",
]
