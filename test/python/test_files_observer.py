"""The files observer: modes, git ignore coverage (git and fallback parser), www/ names."""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
from unittest.mock import patch

import pytest

from custom_components.security_scorecard import files_observer
from custom_components.security_scorecard.files_observer import (
    GIT_PROBES,
    collect_files,
    gitignore_ignores,
    parse_gitignore,
)

GIT = shutil.which("git")
ALL_FALSE = dict.fromkeys(GIT_PROBES, False)


def _config(tmp_path: Path) -> Path:
    (tmp_path / "configuration.yaml").write_text("default_config:\n")
    (tmp_path / "secrets.yaml").write_text("x: y\n")
    (tmp_path / ".storage").mkdir()
    os.chmod(tmp_path / "secrets.yaml", 0o640)
    os.chmod(tmp_path / ".storage", 0o700)
    return tmp_path


def test_modes_and_no_git(tmp_path: Path) -> None:
    facts = collect_files(_config(tmp_path))
    assert facts["secrets_yaml"] == {"exists": True, "mode": 0o640, "owner_uid": os.getuid()}
    assert facts["storage_dir"]["mode"] == 0o700
    assert facts["config_dir"]["exists"] is True
    assert facts["git"] is None
    assert facts["www_sensitive"] == []


def test_missing_files(tmp_path: Path) -> None:
    facts = collect_files(tmp_path)
    assert facts["secrets_yaml"] == {"exists": False, "mode": None, "owner_uid": None}
    assert facts["storage_dir"]["exists"] is False


def test_parent_repository_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    inner = tmp_path / "config"
    inner.mkdir()
    assert collect_files(inner)["git"] is None


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_real_git_repository(tmp_path: Path) -> None:
    config = _config(tmp_path)
    subprocess.run(["git", "init", "-q", str(config)], check=True, timeout=30)
    (config / ".gitignore").write_text("secrets.yaml\n*.db\n.storage/\n")
    facts = collect_files(config)
    assert facts["git"] == {
        "method": "git",
        "ignored": {
            "secrets.yaml": True,
            ".storage/": True,
            "*.db": True,
            "*.log": False,
            ".cloud/": False,
            "ip_bans.yaml": False,
        },
    }


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_git_and_fallback_agree(tmp_path: Path) -> None:
    """The parser subset gives git's answers on typical Home Assistant .gitignore files."""
    config = _config(tmp_path)
    subprocess.run(["git", "init", "-q", str(config)], check=True, timeout=30)
    samples = [
        "",
        "*\n!*.yaml\nsecrets.yaml\n",
        "# comment\n/secrets.yaml\n**/*.log\n.cloud\n",
        "*.db*\n.storage\nip_bans.yaml\n*.log*\n",
        "*\n!*.yaml\n!.gitignore\n",
        "/.storage/\n*.db\n!home-assistant_v2.db\n",
        "**/.cloud/**\nsecret?.yaml\n[Ss]ecrets.yaml\n",
    ]
    for text in samples:
        (config / ".gitignore").write_text(text)
        via_git = collect_files(config)["git"]
        with patch.object(files_observer.shutil, "which", return_value=None):
            via_parser = collect_files(config)["git"]
        assert via_git is not None and via_parser is not None
        assert via_git["method"] == "git" and via_parser["method"] == "gitignore"
        assert via_parser["ignored"] == via_git["ignored"], text


def test_fallback_without_git(tmp_path: Path) -> None:
    config = _config(tmp_path)
    (config / ".git").write_text("gitdir: ../elsewhere\n")  # a worktree: .git is a file
    (config / ".gitignore").write_text("*\n!*.yaml\nsecrets.yaml\n")
    with patch.object(files_observer.shutil, "which", return_value=None):
        facts = collect_files(config)
    assert facts["git"] == {
        "method": "gitignore",
        "ignored": {
            "secrets.yaml": True,
            ".storage/": True,
            "*.db": True,
            "*.log": True,
            ".cloud/": True,
            "ip_bans.yaml": False,
        },
    }


def test_fallback_without_gitignore(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    with patch.object(files_observer.shutil, "which", return_value=None):
        assert collect_files(tmp_path)["git"] == {"method": "gitignore", "ignored": ALL_FALSE}


@pytest.mark.parametrize(
    ("rules", "path", "ignored"),
    [
        ("secrets.yaml", "secrets.yaml", True),
        ("secrets.yaml", "sub/secrets.yaml", True),
        ("/secrets.yaml", "sub/secrets.yaml", False),
        ("*.db", "home-assistant_v2.db", True),
        (".storage/", ".storage/x", True),
        (".storage/", ".storage", False),
        ("*\n!secrets.yaml", "secrets.yaml", False),
        ("*\n!.storage/", ".storage/x", True),  # x itself matches *
        ("**/logs", "a/b/logs", True),
        ("a/**/b", "a/x/y/b", True),
        ("\\#file", "#file", True),
        ("# only a comment", "secrets.yaml", False),
        (".cloud/**", ".cloud/x", True),
        ("*.log\n!*.log", "home-assistant.log", False),
        ("sec[rR]ets.yaml", "secRets.yaml", True),
    ],
)
def test_gitignore_subset(rules: str, path: str, ignored: bool) -> None:
    assert gitignore_ignores(parse_gitignore(rules), path) is ignored


def test_git_failure_falls_back(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # an empty .git: git check-ignore exits 128
    (tmp_path / ".gitignore").write_text("secrets.yaml\n")
    facts = collect_files(tmp_path)
    assert facts["git"] is not None
    assert facts["git"]["method"] == "gitignore"
    assert facts["git"]["ignored"]["secrets.yaml"] is True


def test_www_sensitive(tmp_path: Path) -> None:
    www = tmp_path / "www"
    (www / "sub").mkdir(parents=True)
    for name in ["card.js", "secrets.yaml", "backup.TAR.GZ", "db.sqlite3", ".env", "cert.pem", "ok.png", "old.bak"]:
        (www / name).write_text("x")
    (www / "sub" / "home-assistant_v2.db").write_text("x")
    (www / "sub" / "config.yml").write_text("x")
    os.symlink("/etc", www / "etc")  # not followed
    assert collect_files(tmp_path)["www_sensitive"] == [
        "www/.env",
        "www/backup.TAR.GZ",
        "www/cert.pem",
        "www/db.sqlite3",
        "www/old.bak",
        "www/secrets.yaml",
        "www/sub/config.yml",
        "www/sub/home-assistant_v2.db",
    ]


def test_www_walk_is_bounded(tmp_path: Path) -> None:
    www = tmp_path / "www"
    www.mkdir()
    for i in range(150):
        (www / f"f{i:03}.yaml").write_text("x")
    assert len(collect_files(tmp_path)["www_sensitive"]) == files_observer.WWW_MAX_RESULTS
