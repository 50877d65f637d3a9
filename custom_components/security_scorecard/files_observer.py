"""File facts (src/facts/types.ts FilesFacts): modes, git ignore coverage, www/ names.

Pure and synchronous (stdlib only, no Home Assistant import): run it in an executor.
It reads names and metadata only — never file contents, except the top `.gitignore`
when git itself is absent.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import stat
import subprocess
from typing import Any

GIT_TIMEOUT = 5.0
WWW_MAX_ENTRIES = 10_000
WWW_MAX_DEPTH = 8
WWW_MAX_RESULTS = 100

# FilesFacts.git.ignored target -> the path probed (relative to the config folder).
GIT_PROBES: dict[str, str] = {
    "secrets.yaml": "secrets.yaml",
    ".storage/": ".storage/x",
    "*.db": "home-assistant_v2.db",
    "*.log": "home-assistant.log",
    ".cloud/": ".cloud/x",
    "ip_bans.yaml": "ip_bans.yaml",
}

# Names under www/ (served without auth at /local/) that should not be there.
WWW_SENSITIVE_PATTERNS: tuple[str, ...] = (
    "*.yaml", "*.yml", "*.db", "*.pem", "*.key", "*.tar", "*.tar.gz", "*.zip", ".env",
    "*.sqlite*", "secrets*", "*.bak",
)


def file_mode(path: str) -> dict[str, Any]:
    """FileMode of one path (lstat: a symlink reports itself)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return {"exists": False, "mode": None, "owner_uid": None}
    except OSError:
        return {"exists": True, "mode": None, "owner_uid": None}
    return {"exists": True, "mode": stat.S_IMODE(st.st_mode), "owner_uid": st.st_uid}


def is_git_work_tree(config_dir: str) -> bool:
    """A `.git` folder or file (worktrees, submodules) at the top; parents are not searched."""
    return os.path.lexists(os.path.join(config_dir, ".git"))


def _git_check_ignore(git: str, config_dir: str, probe: str) -> bool | None:
    """True/False from `git check-ignore -q --no-index`; None when git failed."""
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [git, "check-ignore", "-q", "--no-index", probe],
            cwd=config_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=GIT_TIMEOUT,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode in (0, 1):
        return result.returncode == 0
    return None  # 128: not a repository, bad config, …


# --- the .gitignore fallback ------------------------------------------------------------
# Supported subset (top-level .gitignore only): blank lines and `#` comments, `\#`/`\!`
# escapes, `!` negation (last match wins), `*`, `?`, `[...]`, `**` (any number of
# folders), a trailing `/` (folders only), a leading or inner `/` (anchored to the top).
# Not supported: nested .gitignore files, .git/info/exclude, core.excludesFile, and the
# rule that a file in an excluded folder cannot be re-included.


def _pattern_regex(pattern: str) -> str:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("/.*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape("["))
                i += 1
            else:
                body = pattern[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end + 1
        elif pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "".join(out)


def parse_gitignore(text: str) -> list[tuple[bool, bool, re.Pattern[str]]]:
    """Rules as (negated, directory_only, regex over the path relative to the top)."""
    rules: list[tuple[bool, bool, re.Pattern[str]]] = []
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        # Trailing spaces are ignored unless escaped.
        while line.endswith(" ") and not line.endswith("\\ "):
            line = line[:-1]
        negated = line.startswith("!")
        if negated:
            line = line[1:]
        elif line.startswith("\\!") or line.startswith("\\#"):
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        line = line.lstrip("/")
        body = _pattern_regex(line)
        prefix = "" if anchored else "(?:.*/)?"
        try:
            rules.append((negated, dir_only, re.compile(f"^{prefix}{body}$", re.DOTALL)))
        except re.error:
            continue
    return rules


def gitignore_ignores(rules: list[tuple[bool, bool, re.Pattern[str]]], path: str) -> bool:
    """Is `path` (relative, `/`-separated, a trailing `/x` meaning "inside a folder") ignored?

    A path is ignored if it or any parent folder matches; the last matching rule wins.
    """
    parts = path.split("/")
    ignored = False
    for depth in range(1, len(parts) + 1):
        candidate = "/".join(parts[:depth])
        is_dir = depth < len(parts)
        state: bool | None = None
        for negated, dir_only, regex in rules:
            if dir_only and not is_dir:
                continue
            if regex.match(candidate):
                state = not negated
        if state is not None:
            ignored = state
        if ignored and is_dir:
            return True  # git never looks inside an excluded folder
    return ignored


def _git_facts(config_dir: str) -> dict[str, Any] | None:
    if not is_git_work_tree(config_dir):
        return None
    git = shutil.which("git")
    if git is not None:
        results = {target: _git_check_ignore(git, config_dir, probe) for target, probe in GIT_PROBES.items()}
        if all(value is not None for value in results.values()):
            return {"method": "git", "ignored": results}
    try:
        with open(os.path.join(config_dir, ".gitignore"), encoding="utf-8", errors="replace") as handle:
            rules = parse_gitignore(handle.read(1_048_576))
    except OSError:
        rules = []
    return {
        "method": "gitignore",
        "ignored": {target: gitignore_ignores(rules, probe) for target, probe in GIT_PROBES.items()},
    }


def _www_sensitive(config_dir: str) -> list[str]:
    """Relative paths under www/ with sensitive-looking names (bounded walk, names only)."""
    top = os.path.join(config_dir, "www")
    if not os.path.isdir(top) or os.path.islink(top):
        return []
    found: list[str] = []
    seen = 0
    pending: list[tuple[str, int]] = [(top, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[tuple[str, int]] = []
        for item in items:
            seen += 1
            if seen > WWW_MAX_ENTRIES:
                return sorted(found)
            try:
                is_dir = item.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if depth + 1 < WWW_MAX_DEPTH:
                    subdirs.append((item.path, depth + 1))
                continue
            name = item.name
            if any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in WWW_SENSITIVE_PATTERNS):
                found.append(os.path.relpath(item.path, config_dir).replace(os.sep, "/"))
                if len(found) >= WWW_MAX_RESULTS:
                    return sorted(found)
        pending.extend(reversed(subdirs))
    return sorted(found)


def collect_files(config_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """FilesFacts for the config folder (blocking)."""
    root = os.fspath(config_dir)
    return {
        "config_dir": file_mode(root),
        "secrets_yaml": file_mode(os.path.join(root, "secrets.yaml")),
        "storage_dir": file_mode(os.path.join(root, ".storage")),
        "git": _git_facts(root),
        "www_sensitive": _www_sensitive(root),
    }
