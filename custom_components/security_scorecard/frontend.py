"""Serve the card bundle from the integration and load it on every page.

As HACS (custom_components/hacs/frontend.py) and browser_mod do: a static path for the
file and `frontend.add_extra_js_url` with a content hash, so a new bundle is fetched
after an update instead of a cached one.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant, callback

from .const import CARD_FILENAME, CARD_URL, DOMAIN, FRONTEND_DIR

_LOGGER = logging.getLogger(__name__)
_STATIC_REGISTERED = f"{DOMAIN}_static_registered"


def card_path() -> Path:
    """Where the built card lives inside the integration."""
    return Path(__file__).parent / FRONTEND_DIR / CARD_FILENAME


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return None


async def _async_register_static(hass: HomeAssistant, path: Path) -> None:
    """Register the static path once per run: aiohttp routes cannot be removed."""
    if hass.data.get(_STATIC_REGISTERED):
        return
    register_paths = getattr(hass.http, "async_register_static_paths", None)
    if register_paths is not None:
        # 2024.7+: homeassistant/components/http/__init__.py StaticPathConfig
        from homeassistant.components.http import StaticPathConfig  # noqa: PLC0415

        await register_paths([StaticPathConfig(CARD_URL, str(path), True)])
    else:
        hass.http.register_static_path(CARD_URL, str(path), True)
    hass.data[_STATIC_REGISTERED] = True


async def async_register_card(hass: HomeAssistant) -> str | None:
    """Serve the card and add it to every page; returns the URL added, or None."""
    path = card_path()
    digest = await hass.async_add_executor_job(_file_hash, path)
    if digest is None:
        _LOGGER.warning(
            "The card bundle %s/%s is missing; the card is not served by the integration",
            FRONTEND_DIR,
            CARD_FILENAME,
        )
        return None
    await _async_register_static(hass, path)
    url = f"{CARD_URL}?v={digest}"
    frontend.add_extra_js_url(hass, url)
    return url


@callback
def async_unregister_card(hass: HomeAssistant, url: str | None) -> None:
    """Stop adding the card to pages (the static route stays until restart)."""
    if url is None:
        return
    remove = getattr(frontend, "remove_extra_js_url", None)
    if remove is not None:
        remove(hass, url)
        return
    manager = hass.data.get(frontend.DATA_EXTRA_MODULE_URL)
    if manager is not None:
        manager.remove(url)
