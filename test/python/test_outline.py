"""The config outline against the shared vectors (test/vectors/outline/README.md).

Pure: no Home Assistant. Regenerate the expected files after a deliberate rule change
with `OUTLINE_VECTORS_UPDATE=1 pytest test/python/test_outline.py` and review the diff.
"""

from __future__ import annotations

from dataclasses import fields
import errno
import json
import os
from pathlib import Path
import shutil
import subprocess
import sys
from typing import Any
from unittest.mock import patch

import pytest

from custom_components.security_scorecard.outline import compose, walk
from custom_components.security_scorecard.outline import (
    ALLOWED_VALUE_KEYS,
    OutlineLimits,
    build_outline,
    dumps_outline,
    parse_text,
    string_features,
)

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "test" / "vectors" / "outline"
CANARY = "CANARY-5f1e2d3c4b"
CASES = sorted(p.name for p in VECTORS.iterdir() if (p / "config").is_dir())
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def materialise(case: str, tmp_path: Path) -> tuple[Path, OutlineLimits]:
    """Copy a case's config/ and apply its setup.json recipe (README "Vectors")."""
    source = VECTORS / case
    config = tmp_path / "config"
    shutil.copytree(source / "config", config, symlinks=True)
    setup_file = source / "setup.json"
    if setup_file.exists():
        setup = json.loads(setup_file.read_text(encoding="utf-8"))
        for rel in setup.get("mkdir", []):
            (config / rel).mkdir(parents=True, exist_ok=True)
        for rel, text in setup.get("write", {}).items():
            (config / rel).parent.mkdir(parents=True, exist_ok=True)
            (config / rel).write_bytes(text.encode("utf-8"))
        for rel, target in setup.get("symlink", {}).items():
            os.symlink(target, config / rel)
        for rel, mode in setup.get("chmod", {}).items():
            os.chmod(config / rel, int(mode, 8))
    limits_file = source / "limits.json"
    limits = OutlineLimits()
    if limits_file.exists():
        limits = OutlineLimits.from_mapping(json.loads(limits_file.read_text(encoding="utf-8")))
    return config, limits


def needs_permissions(case: str) -> bool:
    setup_file = VECTORS / case / "setup.json"
    return setup_file.exists() and "chmod" in json.loads(setup_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES)
def test_vector(case: str, tmp_path: Path) -> None:
    if IS_ROOT and needs_permissions(case):
        pytest.skip("root reads files whatever their mode; see test_unreadable_file_by_errno")
    config, limits = materialise(case, tmp_path)
    got = dumps_outline(build_outline(config, limits))
    expected_file = VECTORS / case / "outline.json"
    if os.environ.get("OUTLINE_VECTORS_UPDATE") == "1":
        expected_file.write_text(got, encoding="utf-8", newline="\n")
    assert got == expected_file.read_text(encoding="utf-8")
    assert CANARY not in got


@pytest.mark.parametrize("case", CASES)
def test_vector_with_python_parser_only(case: str, tmp_path: Path) -> None:
    """The C and the pure-Python PyYAML parsers give the same outline."""
    if IS_ROOT and needs_permissions(case):
        pytest.skip("root reads files whatever their mode")
    config, limits = materialise(case, tmp_path)
    with patch.object(compose, "_FastLoader", None):
        got = dumps_outline(build_outline(config, limits))
    assert got == (VECTORS / case / "outline.json").read_text(encoding="utf-8")


def test_no_expected_output_contains_the_canary() -> None:
    for expected in VECTORS.glob("*/outline.json"):
        assert CANARY not in expected.read_text(encoding="utf-8"), expected
    # ...and the vectors do exercise it: the canary sits in the inputs.
    assert any(CANARY in p.read_text(encoding="utf-8", errors="replace") for p in VECTORS.glob("*/config/**/*.yaml"))


def test_vector_outputs_are_canonical() -> None:
    for expected in VECTORS.glob("*/outline.json"):
        text = expected.read_text(encoding="utf-8")
        assert text == dumps_outline(json.loads(text)), expected
        assert text.isascii() and text.endswith("}\n") and "\r" not in text


def test_vector_outputs_match_the_schema() -> None:
    """A small JSON-schema walker (draft 2020-12 subset used by outline.schema.json)."""
    schema = json.loads((VECTORS / "outline.schema.json").read_text(encoding="utf-8"))
    for expected in VECTORS.glob("*/outline.json"):
        _validate(json.loads(expected.read_text(encoding="utf-8")), schema, schema, expected.parent.name)


def _validate(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str) -> None:
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        _validate(value, root["$defs"][name], root, where)
        return
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                _validate(value, option, root, where)
                return
            except AssertionError as err:
                errors.append(str(err))
        raise AssertionError(f"{where}: no anyOf option matched: {errors}")
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], (where, value)
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        checks = {
            "object": lambda v: isinstance(v, dict),
            "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
        }
        assert any(checks[k](value) for k in kinds), (where, kinds, value)
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, (where, key)
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), (where, set(value) - set(props))
        for key, sub in props.items():
            if key in value:
                _validate(value[key], sub, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _validate(item, schema["items"], root, f"{where}[{index}]")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "minimum" in schema:
        assert value >= schema["minimum"], where


# --- behaviour the vectors cannot show -----------------------------------------------


def test_unreadable_file_by_errno(tmp_path: Path) -> None:
    """Permission errors (chmod 000 does not stop root) become `unreadable`, nothing else."""
    (tmp_path / "configuration.yaml").write_text("s: !include part.yaml\n")
    (tmp_path / "part.yaml").write_text(f"password: {CANARY}\n")
    real_open = open

    def fake_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith("part.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    with patch("builtins.open", fake_open):
        outline = build_outline(tmp_path)
    part = next(f for f in outline["files"] if f["path"] == "part.yaml")
    assert part["error"] == {"kind": "unreadable", "line": None, "message": "The file could not be read."}
    assert part["entries"] == [] and part["reachable"] is True and part["mount"] == ["s"]
    assert CANARY not in dumps_outline(outline)


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_vector_runs_as_a_normal_user(tmp_path: Path) -> None:
    config, limits = materialise("unreadable", tmp_path)
    outline = build_outline(config, limits)
    part = next(f for f in outline["files"] if f["path"] == "secret_part.yaml")
    assert part["error"]["kind"] == "unreadable"


def test_time_limit_mid_walk(tmp_path: Path) -> None:
    (tmp_path / "configuration.yaml").write_text("a: !include a.yaml\n")
    (tmp_path / "a.yaml").write_text("b: 1\n")
    clock = [0.0]
    real_parse = walk.parse_text

    def parse_then_jump(*args: Any, **kwargs: Any) -> Any:
        result = real_parse(*args, **kwargs)
        clock[0] = 100.0  # the first file took "100 s"
        return result

    with (
        patch.object(walk.time, "monotonic", lambda: clock[0]),
        patch.object(walk, "parse_text", parse_then_jump),
    ):
        outline = build_outline(tmp_path, OutlineLimits(max_seconds=5))
    assert [f["path"] for f in outline["files"]] == ["configuration.yaml"]
    assert outline["truncated"] == {"limit": "max_seconds", "message": "Stopped after 5 seconds."}


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        build_outline(tmp_path / "nope")


def test_deep_nesting_is_refused_quickly() -> None:
    """PyYAML's composer recurses (and the C one can crash the process); ours does not."""
    text = "a: " + "[" * 200_000 + "]" * 200_000 + "\n"
    entries, includes, error, _ = parse_text(text)
    assert error is not None and error["kind"] == "limit_reached" and error["line"] == 1
    assert entries == [] and includes == []


def test_billion_laughs_is_bounded() -> None:
    lines = ["a0: &a0 {k: v, s: " + CANARY + "}"]
    for i in range(1, 12):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    entries, _, error, _ = parse_text("\n".join(lines) + "\n")
    assert error is not None and error["kind"] == "limit_reached"
    assert len(entries) <= OutlineLimits().max_entries_per_file


def test_limits_read_big_configs_whole_and_are_the_documented_ones() -> None:
    """A 5 MB dashboard and 20,000 files are read whole, within the backend's 30 s facts
    timeout (issue 12 item 4), and the README's limits table lists exactly these defaults."""
    limits = OutlineLimits()
    assert limits.max_file_bytes >= 5 * 1024 * 1024
    assert limits.max_files > 20_000
    # A 5.3 MB dashboard has about 190,000 keys and 250,000 nodes.
    assert limits.max_entries_per_file >= 400_000
    assert limits.max_nodes_per_file >= 500_000
    assert limits.max_seconds < 30
    readme = (VECTORS / "README.md").read_text(encoding="utf-8")
    for field in fields(OutlineLimits):
        value = getattr(limits, field.name)
        shown = str(int(value)) if float(value).is_integer() else repr(value)
        assert f"| `{field.name}` | {shown} |" in readme, field.name


def test_allow_list_is_the_documented_one() -> None:
    readme = (VECTORS / "README.md").read_text(encoding="utf-8")
    for key in ALLOWED_VALUE_KEYS:
        assert f"`{key}`" in readme, key


def test_features_examples() -> None:
    f = string_features("Bearer abcdefgh")
    assert f["auth_prefix"] == "bearer" and f["whitespace"] and f["entropy"] == "medium"
    assert string_features("abcdefg")["entropy"] == "low"  # shorter than 8
    assert string_features("aaaaaaaa")["entropy"] == "low"
    assert string_features("abcdefgh")["entropy"] == "medium"  # exactly 3 bits
    assert string_features("abcdefghijklmnop")["entropy"] == "high"  # exactly 4 bits
    assert string_features("http://a:b@c")["url_credentials"]
    assert not string_features("http://a:@c")["url_credentials"]
    assert string_features("x?token=1")["url_credential_query"] is False  # no URL
    assert string_features("curl -u a:b x")["command_credentials"]
    assert not string_features("mysql -P 3306")["command_credentials"]
    assert string_features("caf\u00e9\U0001f600")["length"] == 5
    # Code points, not UTF-16 units: 4 astral characters are not a Bearer credential's 8.
    assert string_features("\U0001f600" * 4)["entropy"] == "low"
    assert string_features("Bearer " + "\U0001f600" * 4)["auth_prefix"] is None
    assert string_features("abcdefghijklmno")["entropy"] == "medium"  # 15 distinct: H < 4
    assert string_features("curl -H 'Authorization: Bearer abc123' http://x")["command_credentials"]
    assert string_features("curl -H 'Authorization: abc123' http://x")["command_credentials"]
    assert not string_features("curl -H 'Authorization: Bearer {{ token }}' http://x")["command_credentials"]
    assert string_features("mysql -u root -psecret db")["command_credentials"]


PACKAGE = ROOT / "custom_components" / "security_scorecard" / "outline"


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python3 path/to/outline ARGS` with Home Assistant blocked, so an accidental import fails loudly."""
    runner = (
        "import runpy, sys; sys.modules['homeassistant'] = None; "
        f"sys.argv = ['outline', *{list(args)!r}]; "
        f"runpy.run_path({str(PACKAGE)!r}, run_name='__main__')"
    )
    return subprocess.run([sys.executable, "-I", "-c", runner], capture_output=True, text=True, timeout=60, check=False)


def test_cli_runs_without_home_assistant(tmp_path: Path) -> None:
    (tmp_path / "configuration.yaml").write_text(f"http:\n  server_port: 8123\npw: {CANARY}\n")
    result = _run_cli(str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == dumps_outline(build_outline(tmp_path))
    assert CANARY not in result.stdout
    # --compact: the wire form lint-config reads, the same outline.
    compact = _run_cli(str(tmp_path), "--compact")
    assert compact.returncode == 0, compact.stderr
    assert "\n" not in compact.stdout
    assert json.loads(compact.stdout) == json.loads(result.stdout)


def test_cli_as_a_module_and_as_a_folder(tmp_path: Path) -> None:
    """`python3 -m outline` (its folder on the path) and `python3 path/to/outline` both run."""
    (tmp_path / "configuration.yaml").write_text("a: 1\n")
    expected = dumps_outline(build_outline(tmp_path))
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    as_module = subprocess.run(
        [sys.executable, "-m", "outline", str(tmp_path)], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    as_folder = subprocess.run(
        [sys.executable, str(PACKAGE), str(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert (as_module.returncode, as_module.stdout) == (0, expected), as_module.stderr
    assert (as_folder.returncode, as_folder.stdout) == (0, expected), as_folder.stderr


def test_cli_refuses_bad_input_with_one_line(tmp_path: Path) -> None:
    missing = _run_cli(str(tmp_path / "nope"))
    assert (missing.returncode, missing.stdout, missing.stderr) == (2, "", "outline: CONFIG_DIR is not a folder\n")
    limits = tmp_path / "limits.json"
    for text, message in [
        ('{"max_files": "many"}', "invalid limit max_files: expected a number >= 0"),
        ('{"max_files": -1}', "invalid limit max_files: expected a number >= 0"),
        ('{"nope": 1}', "unknown limits: ['nope']"),
        ("[1]", "limits must be a JSON object"),
        ("{", "cannot read the limits file: JSONDecodeError"),
    ]:
        limits.write_text(text)
        result = _run_cli(str(tmp_path), "--limits", str(limits))
        assert (result.returncode, result.stdout, result.stderr) == (2, "", f"outline: {message}\n"), text


def _exact_entropy_class(text: str) -> str:
    if len(text) < 8:
        return "low"
    window = text[:256]
    m = len(window)
    prod = 1
    for ch in set(window):
        c = window.count(ch)
        prod *= c**c
    if m**m < (1 << (3 * m)) * prod:
        return "low"
    return "medium" if m**m < (1 << (4 * m)) * prod else "high"


def test_entropy_fast_path_equals_the_exact_rule() -> None:
    import random

    rng = random.Random(3)
    samples = ["abcdefgh", "abcdefghijklmnop", "aaaabbccddeefghi", "x" * 300, "ab" * 200]
    for _ in range(3_000):
        alphabet = rng.choice(["ab", "abcd", "0123456789abcdef", "abcdefghijklmnopqrstuvwxyz0123456789+/", "aaab"])
        samples.append("".join(rng.choice(alphabet) for _ in range(rng.randint(8, 300))))
    for text in samples:
        assert string_features(text)["entropy"] == _exact_entropy_class(text), text
