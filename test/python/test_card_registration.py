"""The card is served by the integration and loaded on every page, its chunks and translations beside it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant

from scorecard_support import make_entry

CARD_JS = b"import './security-scorecard-shell-abc123.js';\n"
SHELL_JS = b"customElements.define('security-scorecard-card', class extends HTMLElement {});\n"
GERMAN = b'{"card.name": "Sicherheit"}\n'
FRONTEND = "custom_components.security_scorecard.card_registration.frontend_dir"


def card_folder(root: Path) -> Path:
    """What the build and scripts/gen-catalog.ts write: entry, a hashed chunk, translations."""
    folder = root / "frontend"
    (folder / "translations").mkdir(parents=True)
    (folder / "security-scorecard-card.js").write_bytes(CARD_JS)
    (folder / "security-scorecard-shell-abc123.js").write_bytes(SHELL_JS)
    (folder / "translations" / "de.json").write_bytes(GERMAN)
    return folder


def folder_version(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def extra_urls(hass: HomeAssistant) -> set[str]:
    return set(hass.data[frontend.DATA_EXTRA_MODULE_URL].urls)


async def test_card_served_and_registered(
    hass: HomeAssistant,
    tmp_path: Path,
    config_dir: Path,
    test_catalog: None,
    fake_observers: None,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    folder = card_folder(tmp_path)
    version = folder_version(folder)
    with patch(FRONTEND, return_value=folder):
        entry = make_entry(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()

    url = f"/security_scorecard/security-scorecard-card.js?v={version}"
    assert url in extra_urls(hass)

    client = await hass_client_no_auth()
    for path, body in [
        ("security-scorecard-card.js", CARD_JS),
        ("security-scorecard-shell-abc123.js", SHELL_JS),
        ("translations/de.json", GERMAN),
    ]:
        response = await client.get(f"/security_scorecard/{path}")
        assert response.status == 200, path
        assert await response.read() == body
    # Only the folder's own files.
    assert (await client.get("/security_scorecard/../manifest.json")).status in (403, 404)

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert url not in extra_urls(hass)

    # Reload: the static route exists already and must not be registered twice.
    with patch(FRONTEND, return_value=folder):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert url in extra_urls(hass)


async def test_a_changed_translation_changes_the_version(tmp_path: Path) -> None:
    """The card fetches translations with its own ?v=, so that hash must cover them."""
    from custom_components.security_scorecard.card_registration import _folder_hash

    folder = card_folder(tmp_path)
    before = _folder_hash(folder)
    (folder / "translations" / "de.json").write_bytes(b'{"card.name": "Sicherheitsbewertung"}\n')
    assert before is not None and _folder_hash(folder) not in (None, before)
    (folder / "security-scorecard-card.js").unlink()
    assert _folder_hash(folder) is None


async def test_missing_bundle_warns(
    hass: HomeAssistant,
    tmp_path: Path,
    config_dir: Path,
    test_catalog: None,
    fake_observers: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with patch(FRONTEND, return_value=tmp_path / "absent"):
        entry = make_entry(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert "card bundle" in caplog.text and "missing" in caplog.text
    assert not any("security_scorecard" in u for u in extra_urls(hass))


async def test_new_static_path_api_is_used_when_present(
    hass: HomeAssistant,
    tmp_path: Path,
    config_dir: Path,
    test_catalog: None,
    fake_observers: None,
) -> None:
    """2024.7+ has async_register_static_paths; older releases only register_static_path."""
    from dataclasses import dataclass

    from homeassistant.setup import async_setup_component

    assert await async_setup_component(hass, "http", {})
    folder = card_folder(tmp_path)
    seen: list[object] = []

    @dataclass
    class StaticPathConfig:  # shape of homeassistant.components.http.StaticPathConfig
        url_path: str
        path: str
        cache_headers: bool = True

    async def register_paths(configs: list[object]) -> None:
        seen.extend(configs)

    import homeassistant.components.http as http_module

    with (
        patch(FRONTEND, return_value=folder),
        patch.object(http_module, "StaticPathConfig", StaticPathConfig, create=True),
        patch.object(hass.http, "async_register_static_paths", register_paths, create=True),
        # Gone on current releases: created there, so a call would still fail the test.
        patch.object(hass.http, "register_static_path", side_effect=AssertionError("old API used"), create=True),
    ):
        entry = make_entry(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert seen == [StaticPathConfig("/security_scorecard", str(folder), True)]
