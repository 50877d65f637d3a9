"""The outline cache: a rebuild reuses the parses of unchanged files and nothing else.

Every test compares the cached build with a build without a cache: the outline must be
the same bytes whatever the cache holds.
"""

from __future__ import annotations

import os
from pathlib import Path

from custom_components.security_scorecard.outline import (
    OutlineCache,
    OutlineLimits,
    build_outline,
    dumps_outline,
)


def _config(root: Path) -> None:
    (root / "packages").mkdir()
    (root / "configuration.yaml").write_text(
        "homeassistant:\n  packages: !include_dir_named packages\nhttp:\n  server_port: 8123\n"
    )
    (root / "packages" / "a.yaml").write_text("sensor:\n  - platform: rest\n    resource: http://10.0.0.1/\n")
    (root / "packages" / "b.yaml").write_text("light:\n  - platform: group\n    entities: [light.a, light.b]\n")
    (root / "secrets.yaml").write_text("pw: CANARY-5f1e2d3c4b\n")


def _same_as_fresh(root: Path, cache: OutlineCache, limits: OutlineLimits | None = None) -> str:
    cached = dumps_outline(build_outline(root, limits, cache))
    assert cached == dumps_outline(build_outline(root, limits))
    return cached


def test_a_rebuild_reuses_every_unchanged_file(tmp_path: Path) -> None:
    _config(tmp_path)
    cache = OutlineCache()
    first = _same_as_fresh(tmp_path, cache)
    assert cache.hits == 0 and len(cache.files) == 4
    assert _same_as_fresh(tmp_path, cache) == first
    assert cache.hits == 4


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    _config(tmp_path)
    cache = OutlineCache()
    first = _same_as_fresh(tmp_path, cache)
    target = tmp_path / "packages" / "a.yaml"
    before = target.stat()
    # Same size, different content, and a later mtime: only the stamp tells.
    target.write_text("sensor:\n  - platform: http\n    resource: http://10.0.0.1/\n")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert target.stat().st_size == before.st_size
    second = _same_as_fresh(tmp_path, cache)
    assert second != first and '"http"' in second
    assert cache.hits == 3


def test_removed_and_added_files(tmp_path: Path) -> None:
    _config(tmp_path)
    cache = OutlineCache()
    _same_as_fresh(tmp_path, cache)
    (tmp_path / "packages" / "b.yaml").unlink()
    (tmp_path / "packages" / "c.yaml").write_text("switch: []\n")
    out = _same_as_fresh(tmp_path, cache)
    assert "packages/c.yaml" in out and "packages/b.yaml" not in out
    assert not any(path.endswith("b.yaml") for path in cache.files)


def test_a_cached_parse_that_no_longer_fits_the_limits_is_not_used(tmp_path: Path) -> None:
    _config(tmp_path)
    cache = OutlineCache()
    _same_as_fresh(tmp_path, cache)
    # The total key limit now cuts the walk short: the cached full parses must not be used.
    out = _same_as_fresh(tmp_path, cache, OutlineLimits(max_total_entries=5))
    assert '"max_entries"' in out
    # And the truncated parse is not cached as if it were the file's whole outline.
    assert _same_as_fresh(tmp_path, cache) == dumps_outline(build_outline(tmp_path))


def test_a_file_replaced_by_a_folder_or_made_binary(tmp_path: Path) -> None:
    _config(tmp_path)
    cache = OutlineCache()
    _same_as_fresh(tmp_path, cache)
    (tmp_path / "packages" / "a.yaml").write_bytes(b"\x00\x01binary")
    out = _same_as_fresh(tmp_path, cache)
    assert '"binary"' in out
