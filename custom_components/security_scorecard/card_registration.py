"""Serve the card bundle from the integration and load it on every page.

As HACS (custom_components/hacs/frontend.py) and browser_mod do: a static path and
`frontend.add_extra_js_url` with a content hash, so a new bundle is fetched after an
update instead of a cached one. The static path is the whole frontend/ folder: the entry
imports hashed chunks beside it (the engine, the editor) and fetches a user's language from
translations/<lang>.json with the entry's own `?v=`, so the hash covers every file there.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant, callback

from .const import CARD_FILENAME, CARD_URL, FRONTEND_DIR

_LOGGER = logging.getLogger(__name__)


# The folder's URL: CARD_URL is the entry inside it.
STATIC_URL = CARD_URL.rsplit("/", 1)[0]


def frontend_dir() -> Path:
    """Where the built card (entry, chunks, translations) lives inside the integration."""
    return Path(__file__).parent / FRONTEND_DIR


def _folder_hash(folder: Path) -> str | None:
    """A hash of every file the card may load; None when the entry is missing."""
    if not (folder / CARD_FILENAME).is_file():
        return None
    digest = hashlib.sha256()
    try:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:12]


async def async_register_static_path(hass: HomeAssistant) -> None:
    """Serve the card's folder; called once per run from async_setup (routes cannot be removed)."""
    folder = frontend_dir()
    if not await hass.async_add_executor_job((folder / CARD_FILENAME).is_file):
        return  # async_register_card warns, at every entry setup
    register_paths = getattr(hass.http, "async_register_static_paths", None)
    if register_paths is not None:
        # 2024.7+: homeassistant/components/http/__init__.py StaticPathConfig
        from homeassistant.components.http import StaticPathConfig  # noqa: PLC0415

        await register_paths([StaticPathConfig(STATIC_URL, str(folder), True)])
    else:
        hass.http.register_static_path(STATIC_URL, str(folder), True)


async def async_register_card(hass: HomeAssistant) -> str | None:
    """Add the card to every page under a content-hash URL; returns the URL added, or None."""
    digest = await hass.async_add_executor_job(_folder_hash, frontend_dir())
    if digest is None:
        _LOGGER.warning(
            "The card bundle %s/%s is missing; the card is not served by the integration",
            FRONTEND_DIR,
            CARD_FILENAME,
        )
        return None
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
