"""The card is served by the integration and loaded on every page."""

from __future__ import annotations

import hashlib
from pathlib import Path
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant

from scorecard_support import make_entry

CARD_JS = b"customElements.define('security-scorecard-card', class extends HTMLElement {});\n"


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
    card = tmp_path / "card.js"
    card.write_bytes(CARD_JS)
    version = hashlib.sha256(CARD_JS).hexdigest()[:12]
    with patch("custom_components.security_scorecard.frontend.card_path", return_value=card):
        entry = make_entry(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()

    url = f"/security_scorecard/security-scorecard-card.js?v={version}"
    assert url in extra_urls(hass)

    client = await hass_client_no_auth()
    response = await client.get("/security_scorecard/security-scorecard-card.js")
    assert response.status == 200
    assert await response.read() == CARD_JS

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert url not in extra_urls(hass)

    # Reload: the static route exists already and must not be registered twice.
    with patch("custom_components.security_scorecard.frontend.card_path", return_value=card):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert url in extra_urls(hass)


async def test_missing_bundle_warns(
    hass: HomeAssistant,
    tmp_path: Path,
    config_dir: Path,
    test_catalog: None,
    fake_observers: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with patch(
        "custom_components.security_scorecard.frontend.card_path",
        return_value=tmp_path / "absent.js",
    ):
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
    card = tmp_path / "card.js"
    card.write_bytes(CARD_JS)
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
        patch("custom_components.security_scorecard.frontend.card_path", return_value=card),
        patch.object(http_module, "StaticPathConfig", StaticPathConfig, create=True),
        patch.object(hass.http, "async_register_static_paths", register_paths, create=True),
        # Gone on current releases: created there, so a call would still fail the test.
        patch.object(hass.http, "register_static_path", side_effect=AssertionError("old API used"), create=True),
    ):
        entry = make_entry(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert seen == [StaticPathConfig("/security_scorecard/security-scorecard-card.js", str(card), True)]
