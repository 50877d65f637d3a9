"""The folder walk: which files, in which order, following includes (README sections 3, 4, 6).

`build_outline` is blocking (the integration runs it in an executor); every limit hit is
recorded in the outline, never silent.
"""

from __future__ import annotations

from collections.abc import Iterator
import errno
import os
import stat
import time
from typing import Any

from .document import parse_text
from .entry import Include
from .rules import (
    _TIME_LIMIT_FILE,
    OUTLINE_VERSION,
    ROOT_FILE,
    SECRETS_FILE,
    SKIP_DIRS,
    OutlineLimits,
    _error,
    _num_text,
    _Stop,
)
from .values import _Memo

_MISSING = "missing"
_DIR_MOUNT_INDEX = "!include_dir_list"
_DIR_MOUNT_NAME = "!include_dir_named"


def _files_under(top: str, skip_dirs: frozenset[str]) -> Iterator[os.DirEntry[str]]:
    """Non-hidden files under `top`, pre-order: a folder's files (sorted by name) before its
    sub-folders (sorted); symlinked folders, hidden names and `skip_dirs` not entered;
    unreadable folders skipped."""
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[str] = []
        for item in items:
            if item.name.startswith("."):
                continue
            if _is_dir(item):
                if not item.is_symlink() and item.name not in skip_dirs:
                    subdirs.append(item.path)
                continue
            yield item
        pending.extend(reversed(subdirs))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Directory (following symlinks); a symlink loop or dangling link is not one."""
    try:
        return entry.is_dir()
    except OSError:
        return False


_Parsed = tuple[list[str], list[Include], "dict[str, Any] | None"]
_Stamp = tuple[int, int, int, int, int]


class OutlineCache:
    """The last build's parse of each file, reused while the file's stat is unchanged.

    Home Assistant rebuilds the outline for every new subscriber and after every change;
    most files did not change. Keyed by path and (size, mtime, ctime, inode, device): an
    edit, a rewrite or a replacement changes the stamp. A build reads the previous
    generation and writes a new one, swapped in at its end, so builds running at the same
    time in two executor threads never see a half-written cache. Holds outline entries
    only (never values a build would not send). Limit: two same-size writes to the same
    inode within one timestamp tick look unchanged (many editors save by rename: a new inode).
    """

    def __init__(self) -> None:
        self.files: dict[str, tuple[_Stamp, bool, _Parsed]] = {}
        self.hits = 0  # files reused by the last build (tests, diagnostics)


class _Builder:
    def __init__(self, config_dir: str, limits: OutlineLimits, cache: OutlineCache | None = None) -> None:
        self.cache = cache
        self.cached: dict[str, tuple[_Stamp, bool, _Parsed]] = {}  # the next generation
        self.hits = 0
        self.root = os.path.abspath(config_dir)
        self.root_real = os.path.realpath(self.root)
        self.limits = limits
        self.start = time.monotonic()
        self.files: dict[str, dict[str, Any]] = {}
        self.total_bytes = 0
        self.total_entries = 0
        self.truncated: dict[str, str] | None = None
        self.memo = _Memo()  # dropped with the builder when the build ends

    # -- helpers --

    def _rel(self, abs_path: str) -> str | None:
        """Lexical path relative to the config folder with '/', or None if outside."""
        rel = os.path.relpath(abs_path, self.root)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
            return None
        return rel.replace(os.sep, "/")

    def _inside_real(self, path: str) -> bool:
        rel = os.path.relpath(os.path.realpath(path), self.root_real)
        return not (rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel))

    def _truncate(self, limit: str, message: str) -> None:
        if self.truncated is None:
            self.truncated = {"limit": limit, "message": message}

    def _before_file(self) -> None:
        limits = self.limits
        if time.monotonic() - self.start >= limits.max_seconds:
            raise _Stop("max_seconds", f"Stopped after {_num_text(limits.max_seconds)} seconds.")
        if len(self.files) >= limits.max_files:
            raise _Stop("max_files", f"Stopped after {limits.max_files} files.")

    def _read(self, abs_path: str) -> str | dict[str, Any] | tuple[_Stamp, bytes | None]:
        """(stamp, bytes) of the file, an error for the file itself, or _MISSING.

        The bytes are None when the cache holds a parse of this very file (same stamp):
        then nothing is read, and its size still counts toward max_total_bytes.
        """
        limits = self.limits
        try:
            st = os.stat(abs_path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return _error("symlink_loop", None, "The file is a symlink loop.")
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                return _MISSING
            return _error("unreadable", None, "The file could not be read.")
        if not self._inside_real(abs_path):
            return _error("unreadable", None, "The file is a symlink to a place outside the config folder.")
        if not stat.S_ISREG(st.st_mode):
            return _error("unreadable", None, "The path is not a regular file.")
        if st.st_size > limits.max_file_bytes:
            return _error("too_large", None, f"The file is larger than the limit of {limits.max_file_bytes} bytes.")
        if self.total_bytes + st.st_size > limits.max_total_bytes:
            raise _Stop("max_total_bytes", f"Stopped: the files exceed {limits.max_total_bytes} bytes in total.")
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        if self.cache is not None:
            known = self.cache.files.get(abs_path)
            if known is not None and known[0] == stamp:
                self.total_bytes += st.st_size
                return stamp, None
        try:
            with open(abs_path, "rb") as handle:
                data = handle.read(limits.max_file_bytes + 1)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return _error("symlink_loop", None, "The file is a symlink loop.")
            return _error("unreadable", None, "The file could not be read.")
        if len(data) > limits.max_file_bytes:
            return _error("too_large", None, f"The file is larger than the limit of {limits.max_file_bytes} bytes.")
        self.total_bytes += len(data)
        return stamp, data

    def _read_again(self, abs_path: str, stamp: _Stamp) -> bytes | None:
        """The bytes of a file whose stamp the cache knew; None when it changed or failed."""
        try:
            with open(abs_path, "rb") as handle:
                data = handle.read(self.limits.max_file_bytes + 1)
        except OSError:
            return None
        return data if len(data) == stamp[0] else None

    # -- one file --

    def visit(
        self, rel: str, abs_path: str, mount: list[str | int] | None, depth: int | None, stack: tuple[str, ...]
    ) -> bool:
        """List one file (reachable when depth is not None). False when it does not exist."""
        self._before_file()
        data = self._read(abs_path)
        if isinstance(data, str):  # _MISSING
            return False
        record: dict[str, Any] = {
            "path": rel,
            "reachable": depth is not None,
            "mount": mount,
            "error": None,
            "entries": [],
        }
        self.files[rel] = record
        if isinstance(data, dict):
            record["error"] = data
            return True
        stamp, content = data
        in_secrets_file = os.path.basename(rel) == SECRETS_FILE
        entries_left = self.limits.max_total_entries - self.total_entries
        known = self.cache.files.get(abs_path) if content is None and self.cache is not None else None
        if known is not None and known[1] == in_secrets_file and len(known[2][0]) <= entries_left:
            entries, includes, error = known[2]
            shown = error
            total_hit = False
            self.hits += 1
        else:
            if content is None:  # the cached parse does not fit this build's limits: read again
                reread = self._read_again(abs_path, stamp)
                if reread is None:
                    record["error"] = _error("unreadable", None, "The file could not be read.")
                    return True
                content = reread
            if b"\x00" in content:
                record["error"] = _error("binary", None, "The file is not UTF-8 text.")
                return True
            try:
                text = content.decode("utf-8")
                exact = True
            except UnicodeDecodeError:
                # Home Assistant refuses the file, but a Latin-1 byte must not hide a password
                # written in it: scan the text with each invalid sequence as U+FFFD.
                text = content.decode("utf-8", errors="replace")
                exact = False
            entries, includes, error, total_hit = parse_text(
                text,
                in_secrets_file=in_secrets_file,
                limits=self.limits,
                entries_left=entries_left,
                deadline=self.start + self.limits.max_seconds,
                memo=self.memo,
            )
            # The walk stops on the parse's own limits (`error`); the record shows the file's.
            shown = error if exact else _error("binary", None, "The file is not UTF-8 text.")
        if self.cache is not None and not total_hit and (error is None or error["kind"] != "limit_reached"):
            self.cached[abs_path] = (stamp, in_secrets_file, (entries, includes, shown))
        record["entries"] = entries
        record["error"] = shown
        self.total_entries += len(entries)
        if total_hit:
            raise _Stop("max_entries", f"Stopped after {self.limits.max_total_entries} keys in total.")
        if error is not None and error["message"] == _TIME_LIMIT_FILE:
            raise _Stop("max_seconds", f"Stopped after {_num_text(self.limits.max_seconds)} seconds.")
        if depth is not None and includes:
            real = os.path.realpath(abs_path)  # only for the include-cycle stack: most files include nothing
            for tag, arg, line, path in includes:
                self._follow(record, abs_path, tag, arg, line, [*(mount or []), *path], depth + 1, (*stack, real))
        return True

    # -- includes --

    @staticmethod
    def _set_error(record: dict[str, Any], kind: str, line: int, message: str) -> None:
        if record["error"] is None:
            record["error"] = _error(kind, line, message)

    def _follow(
        self,
        record: dict[str, Any],
        includer: str,
        tag: str,
        arg: str,
        line: int,
        mount: list[str | int],
        depth: int,
        stack: tuple[str, ...],
    ) -> None:
        if "\0" in arg:
            # No file name holds a NUL (the os functions refuse it with ValueError): missing.
            what = "file" if tag == "!include" else "directory"
            self._set_error(record, "missing_include", line, f"The included {what} does not exist.")
            return
        target = os.path.normpath(os.path.join(os.path.dirname(includer), arg))
        rel = self._rel(target)
        if rel is None:
            self._set_error(record, "missing_include", line, "The included path is outside the config folder.")
            return
        if tag == "!include":
            self._include_file(record, line, target, rel, mount, depth, stack)
            return
        if not os.path.isdir(target):
            self._set_error(record, "missing_include", line, "The included directory does not exist.")
            return
        if not self._inside_real(target):
            self._set_error(record, "missing_include", line, "The included path is outside the config folder.")
            return
        for index, (file_abs, file_rel) in enumerate(self._dir_yaml_files(target)):
            if tag == _DIR_MOUNT_INDEX:
                file_mount: list[str | int] = [*mount, index]
            elif tag == _DIR_MOUNT_NAME:
                file_mount = [*mount, os.path.splitext(os.path.basename(file_abs))[0]]
            else:
                file_mount = list(mount)
            self._include_file(record, line, file_abs, file_rel, file_mount, depth, stack)

    def _include_file(
        self,
        record: dict[str, Any],
        line: int,
        target: str,
        rel: str,
        mount: list[str | int],
        depth: int,
        stack: tuple[str, ...],
    ) -> None:
        if os.path.realpath(target) in stack:
            self._set_error(record, "include_cycle", line, f"Including {rel} here creates an include cycle.")
            return
        if rel in self.files:
            return
        if depth > self.limits.max_depth:
            message = f"This include exceeds the include depth limit of {self.limits.max_depth}."
            self._set_error(record, "limit_reached", line, message)
            self._truncate("max_depth", f"Includes nest deeper than {self.limits.max_depth} levels.")
            return
        if os.path.isdir(target):
            self._set_error(record, "missing_include", line, "The included path is a folder, not a file.")
            return
        if not self.visit(rel, target, mount, depth, stack):
            self._set_error(record, "missing_include", line, "The included file does not exist.")

    def _dir_yaml_files(self, top: str) -> list[tuple[str, str]]:
        """Home Assistant's _find_files(top, "*.yaml") minus secrets.yaml, in a fixed order:
        pre-order, a folder's files (sorted) before its sub-folders (sorted); hidden
        names skipped; symlinked folders not entered (os.walk followlinks=False)."""
        found: list[tuple[str, str]] = []
        for item in _files_under(top, frozenset()):
            if item.name.endswith(".yaml") and item.name != SECRETS_FILE:
                rel = self._rel(os.path.normpath(item.path))
                if rel is not None:
                    found.append((os.path.normpath(item.path), rel))
        return found

    # -- the whole folder --

    def walk_unreachable(self) -> None:
        """Every other *.yaml / *.yml file, depth-first in sorted name order."""
        for item in _files_under(self.root, SKIP_DIRS):
            if not item.name.endswith((".yaml", ".yml")):
                continue
            abs_path = os.path.normpath(item.path)
            rel = self._rel(abs_path)
            if rel is None or rel in self.files:
                continue
            self.visit(rel, abs_path, None, None, ())

    def build(self) -> dict[str, Any]:
        try:
            root_file = os.path.join(self.root, ROOT_FILE)
            if os.path.lexists(root_file):
                self.visit(ROOT_FILE, root_file, None, 0, ())
            self.walk_unreachable()
        except _Stop as stop:
            self._truncate(stop.limit, stop.message)
        if self.cache is not None:
            self.cache.files = self.cached  # files not seen in this build drop out
            self.cache.hits = self.hits
        return {
            "version": OUTLINE_VERSION,
            "files": [self.files[key] for key in sorted(self.files)],
            "truncated": self.truncated,
        }


def build_outline(
    config_dir: str | os.PathLike[str], limits: OutlineLimits | None = None, cache: OutlineCache | None = None
) -> dict[str, Any]:
    """Outline every YAML file under `config_dir` (blocking: run it in an executor).

    With a cache, files whose stat did not change since the cache's last build are not
    read or parsed again; the outline is the same either way.
    """
    path = os.fspath(config_dir)
    if not os.path.isdir(path):
        raise NotADirectoryError("config folder not found")
    return _Builder(path, limits or OutlineLimits(), cache).build()
