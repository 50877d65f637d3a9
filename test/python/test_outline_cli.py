"""The outline CLI (`outline/cli.py`, `outline/__main__.py`) run in-process.

test_outline.py runs it as a separate process, as `lint-config` does (and proves it needs no
Home Assistant); these tests call `main(argv)` and run `__main__` with runpy in this process,
so every branch is asserted on what it writes and returns, and counted by coverage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
import errno
from functools import partial
import json
import os
from pathlib import Path
import runpy
import sys
from typing import Any

import pytest

from custom_components.security_scorecard.outline import build_outline, cli, dumps_outline, walk
from custom_components.security_scorecard.outline.relevance import iter_relevant_outline_json, load_relevance

PACKAGE = Path(__file__).resolve().parents[2] / "custom_components" / "security_scorecard" / "outline"
CANARY = "CANARY-5f1e2d3c4b"
CONFIG = (
    "http:\n"
    "  server_port: 8123\n"
    "  ssl_certificate: /ssl/fullchain.pem\n"
    "weather_station:\n"
    "  colour: blue\n"
    f"pw: {CANARY}\n"
)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "configuration.yaml").write_text(CONFIG, encoding="utf-8")
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_canonical_outline_on_stdout(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(config)], capsys)
    assert (code, err) == (0, "")
    assert out == dumps_outline(build_outline(config))
    paths = [entry["path"] for entry in json.loads(out)["files"][0]["entries"]]
    assert ["http", "server_port"] in paths and ["pw"] in paths
    assert CANARY not in out  # the shape of `pw`, never its value


def test_compact_is_the_same_outline_on_one_line(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(config), "--compact"], capsys)
    assert (code, err) == (0, "")
    assert "\n" not in out
    assert json.loads(out) == json.loads(dumps_outline(build_outline(config)))


def test_relevant_keeps_what_the_checks_read_in_the_wire_form(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(config), "--relevant"], capsys)
    assert (code, err) == (0, "")
    assert out == "".join(iter_relevant_outline_json(build_outline(config), load_relevance()))
    wire = json.loads(out)
    assert wire["form"] == "relevant"
    keys = wire["files"][0]["keys"]
    assert {"http", "server_port", "ssl_certificate"} <= set(keys)
    assert "weather_station" not in out and "colour" not in out  # no check reads them
    assert CANARY not in out


def test_limits_file_is_applied(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    limits = tmp_path / "limits.json"
    limits.write_text('{"max_files": 0}', encoding="utf-8")
    code, out, err = run([str(config), "--limits", str(limits)], capsys)
    assert (code, err) == (0, "")
    outline = json.loads(out)
    assert outline["files"] == []
    assert outline["truncated"]["limit"] == "max_files"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"max_files": "many"}', "invalid limit max_files: expected a number >= 0"),
        ('{"nope": 1}', "unknown limits: ['nope']"),
        ("[1]", "limits must be a JSON object"),
        ("{", "cannot read the limits file: JSONDecodeError"),
    ],
)
def test_bad_limits_file_is_one_line_and_exit_2(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    limits = tmp_path / "limits.json"
    limits.write_text(text, encoding="utf-8")
    assert run([str(config), "--limits", str(limits)], capsys) == (2, "", f"outline: {message}\n")


def test_missing_limits_file(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.json"
    assert run([str(config), "--limits", str(missing)], capsys) == (
        2,
        "",
        "outline: cannot read the limits file: FileNotFoundError\n",
    )


@pytest.mark.parametrize("name", ["absent", "configuration.yaml"])
def test_config_dir_that_is_not_a_folder(config: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """A missing path and a file given as CONFIG_DIR: one line, exit 2, nothing on stdout."""
    assert run([str(config / name)], capsys) == (2, "", "outline: CONFIG_DIR is not a folder\n")


def test_unreadable_config_dir(config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the user may not enter (chmod 000; root passes that, so the calls are refused
    here as the kernel would): configuration.yaml is reported unreadable, exit 0, no crash."""
    real_scandir, real_stat = walk.os.scandir, walk.os.stat

    def refused_inside(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if config in Path(os.fspath(path)).parents:
                raise PermissionError(errno.EACCES, "Permission denied")
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(walk.os, "scandir", refused_inside(real_scandir))
    monkeypatch.setattr(walk.os, "stat", refused_inside(real_stat))
    code, out, err = run([str(config)], capsys)
    assert (code, err) == (0, "")
    [record] = json.loads(out)["files"]
    assert record["path"] == "configuration.yaml" and record["entries"] == []
    assert record["error"] == {"kind": "unreadable", "line": None, "message": "The file could not be read."}
    assert CANARY not in out


@pytest.mark.parametrize("name", ["absent.json", "broken.json"])
def test_unreadable_relevance_json(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """--relevant with a missing or broken relevance.json: exit 2, its error class only."""
    (tmp_path / "broken.json").write_text('{"paths": ', encoding="utf-8")
    monkeypatch.setattr(cli, "load_relevance", partial(load_relevance, str(tmp_path / name)))
    expected = "FileNotFoundError" if name == "absent.json" else "JSONDecodeError"
    assert run([str(config), "--relevant"], capsys) == (2, "", f"outline: cannot read relevance.json ({expected})\n")


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        ([], "the following arguments are required: CONFIG_DIR"),
        (["x", "--compact", "--relevant"], "argument --relevant: not allowed with argument --compact"),
        (["x", "--nope"], "unrecognized arguments: --nope"),
        (["x", "--limits"], "argument --limits: expected one argument"),
    ],
)
def test_bad_arguments_exit_2_with_usage(capsys: pytest.CaptureFixture[str], argv: list[str], complaint: str) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == ""
    assert err.startswith("usage: outline ") and err.endswith(f"outline: error: {complaint}\n")


def test_help_names_the_forms(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    assert all(option in out for option in ("CONFIG_DIR", "--limits", "--compact", "--relevant"))


# --- __main__: `python3 -m …outline` and `python3 path/to/outline` ------------------


@pytest.fixture
def folder_run_cleanup(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run as a folder, __main__ puts the integration folder on sys.path and imports the package
    a second time as top-level `outline`: undo both so no later test sees that copy."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    yield
    for name in [n for n in sys.modules if n == "outline" or n.startswith("outline.")]:
        del sys.modules[name]


def _exit_code(run_main: Callable[[], object]) -> object:
    with pytest.raises(SystemExit) as exited:
        run_main()
    return exited.value.code


def test_main_as_a_module(config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["outline", str(config)])
    code = _exit_code(lambda: runpy.run_module("custom_components.security_scorecard.outline", run_name="__main__"))
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == dumps_outline(build_outline(config))


def test_main_as_a_folder(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder_run_cleanup: None
) -> None:
    monkeypatch.setattr(sys, "argv", [str(PACKAGE), str(config), "--compact"])
    code = _exit_code(lambda: runpy.run_path(str(PACKAGE), run_name="__main__"))
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert json.loads(out) == json.loads(dumps_outline(build_outline(config)))
    # It ran the package as `outline`, its folder's parent first on the path.
    assert sys.modules["outline.cli"].__file__ == str(PACKAGE / "cli.py")
    assert sys.path[0] == str(PACKAGE.parent)


def test_main_passes_the_exit_code_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["outline", str(tmp_path / "absent")])
    code = _exit_code(lambda: runpy.run_module("custom_components.security_scorecard.outline", run_name="__main__"))
    assert (code, capsys.readouterr().err) == (2, "outline: CONFIG_DIR is not a folder\n")
