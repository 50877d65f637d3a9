"""The optional sidebar panel: the full scorecard as a Home Assistant panel, for admins.

Off by default (options flow: `panel`). The panel is the card bundle's
`security-scorecard-panel` element (card/panel.ts), loaded from the same content-hash URL
the integration adds to every page, so the browser loads the bundle once.
"""

from __future__ import annotations

import logging
from typing import Final

from homeassistant.components import frontend, panel_custom
from homeassistant.core import HomeAssistant, callback

from .const import NAME
from .runtime import ScorecardRuntime

_LOGGER = logging.getLogger(__name__)

# A hyphen, like a dashboard's url_path, but not the demo's dashboard (security-scorecard);
# not /security_scorecard, which serves the card's files.
PANEL_URL_PATH: Final = "security-scorecard-panel"
PANEL_ELEMENT: Final = "security-scorecard-panel"
PANEL_ICON: Final = "mdi:shield-check"


async def async_apply(hass: HomeAssistant, runtime: ScorecardRuntime, enabled: bool) -> None:
    """Register the panel when `enabled` and not yet there; remove it when not `enabled`."""
    if not enabled:
        async_remove(hass, runtime)
        return
    if runtime.panel_url_path is not None:
        return
    if runtime.card_url is None:
        _LOGGER.warning("The card bundle is missing, so the Security Scorecard panel cannot be shown")
        return
    # panel_custom's helper has the same keywords on every supported release (2026 adds
    # handle_safe_area with a default), and it builds the `_panel_custom` config for us.
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=NAME,
        sidebar_icon=PANEL_ICON,
        module_url=runtime.card_url,
        embed_iframe=False,
        trust_external=False,
        require_admin=True,
    )
    runtime.panel_url_path = PANEL_URL_PATH


@callback
def async_remove(hass: HomeAssistant, runtime: ScorecardRuntime) -> None:
    """Remove the panel if this runtime registered it (the entry unloads, or the option is off)."""
    if runtime.panel_url_path is None:
        return
    frontend.async_remove_panel(hass, runtime.panel_url_path)
    runtime.panel_url_path = None
