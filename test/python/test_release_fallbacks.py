"""Paths the integration keeps for the supported release it is not running on, run on both.

Each of these is taken naturally on one release only (2024.3.3 or 2026.10.4), so without
these tests it would be checked on that release alone: here core's API is shaped as the other
release has it, and the integration's answer is asserted on both.
"""

from __future__ import annotations

from pathlib import Path
from unittest.mock import MagicMock, patch

from aiohttp.test_utils import make_mocked_request
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from homeassistant.components import frontend
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.config_entries import ConfigEntries
from homeassistant.core import HomeAssistant
from homeassistant.helpers.http import current_request
from homeassistant.setup import async_setup_component

from custom_components.security_scorecard import card_registration
from custom_components.security_scorecard.diagnostics import async_get_config_entry_diagnostics
from custom_components.security_scorecard.runtime import async_loaded_entry

FRONTEND_DIR = "custom_components.security_scorecard.card_registration.frontend_dir"


def card_folder(root: Path) -> Path:
    folder = root / "frontend"
    (folder / "translations").mkdir(parents=True)
    (folder / "security-scorecard-card.js").write_bytes(b"import './security-scorecard-shell-abc123.js';\n")
    (folder / "translations" / "de.json").write_bytes(b'{"card.name": "Sicherheit"}\n')
    return folder


def extra_urls(hass: HomeAssistant) -> set[str]:
    return set(hass.data[frontend.DATA_EXTRA_MODULE_URL].urls)


# --- card_registration: core's URL and static path API as 2024.3 has it --------------


async def test_old_static_path_api_when_the_new_one_is_absent(hass: HomeAssistant, tmp_path: Path) -> None:
    """Before 2024.7 http has only register_static_path (no async_register_static_paths)."""
    assert await async_setup_component(hass, "http", {})
    folder = card_folder(tmp_path)
    register = MagicMock()
    with (
        patch(FRONTEND_DIR, return_value=folder),
        patch.object(hass.http, "async_register_static_paths", None, create=True),
        patch.object(hass.http, "register_static_path", register, create=True),
    ):
        await card_registration.async_register_static_path(hass)
    register.assert_called_once_with("/security_scorecard", str(folder), True)


async def test_no_static_path_without_the_bundle(hass: HomeAssistant, tmp_path: Path) -> None:
    assert await async_setup_component(hass, "http", {})
    register = MagicMock()
    with (
        patch(FRONTEND_DIR, return_value=tmp_path / "absent"),
        patch.object(hass.http, "async_register_static_paths", register, create=True),
        patch.object(hass.http, "register_static_path", register, create=True),
    ):
        await card_registration.async_register_static_path(hass)
    register.assert_not_called()


async def test_card_unregistered_without_remove_extra_js_url(
    hass: HomeAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2024.3's frontend has add_extra_js_url but no remove_extra_js_url: the URL manager is used."""
    monkeypatch.delattr(frontend, "remove_extra_js_url", raising=False)
    with patch(FRONTEND_DIR, return_value=card_folder(tmp_path)):
        url = await card_registration.async_register_card(hass)
    assert url is not None and url in extra_urls(hass)
    card_registration.async_unregister_card(hass, url)
    assert url not in extra_urls(hass)
    # Without the frontend's URL manager at all there is nothing to remove, and no error.
    hass.data.pop(frontend.DATA_EXTRA_MODULE_URL)
    card_registration.async_unregister_card(hass, url)


async def test_unreadable_bundle_file_is_no_version(tmp_path: Path) -> None:
    """A file of the folder that cannot be read: no hash (the card is not added under a stale one)."""
    folder = card_folder(tmp_path)
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "de.json":
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    assert card_registration._folder_hash(folder) is not None
    with patch.object(Path, "read_bytes", read_bytes):
        assert card_registration._folder_hash(folder) is None


# --- diagnostics: a non-admin's request reaching the integration (2024.3 lets it) ------


@pytest.mark.parametrize("requester", ["non-admin", "admin", "no request"])
async def test_diagnostics_answer_depends_on_the_requester(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_read_only_user: MockUser,
    requester: str,
) -> None:
    """Core 2026.5+ refuses non-admins before the integration is asked; 2024.3 does not, and
    then the integration gives only a note. Asked directly here, as 2024.3's view asks it;
    outside any request (a direct call from core) there is no one to refuse."""
    token = None
    if requester != "no request":
        request = make_mocked_request("GET", f"/api/diagnostics/config_entry/{entry.entry_id}")
        request[KEY_HASS_USER] = hass_admin_user if requester == "admin" else hass_read_only_user
        token = current_request.set(request)
    try:
        data = await async_get_config_entry_diagnostics(hass, entry)
    finally:
        if token is not None:
            current_request.reset(token)
    if requester == "non-admin":
        assert data == {"schema_version": 1, "admin_required": True}
    else:
        assert data["schema_version"] == 1 and "facts" in data and "admin_required" not in data


# --- runtime: finding the loaded entry without async_loaded_entries (2024.3) ----------


async def test_loaded_entry_found_from_all_entries(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """2024.3's ConfigEntries has no async_loaded_entries: the entries' state is read instead."""
    with pytest.MonkeyPatch.context() as without:
        without.delattr(ConfigEntries, "async_loaded_entries", raising=False)
        assert not hasattr(hass.config_entries, "async_loaded_entries")
        assert async_loaded_entry(hass) is entry
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    with pytest.MonkeyPatch.context() as without:
        without.delattr(ConfigEntries, "async_loaded_entries", raising=False)
        assert async_loaded_entry(hass) is None  # added, not loaded
