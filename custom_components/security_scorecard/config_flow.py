"""One-click setup: no questions, one instance. Options: the sidebar panel."""

from __future__ import annotations

from typing import Any

import voluptuous as vol

from homeassistant import config_entries
from homeassistant.core import callback

try:  # 2024.4+
    from homeassistant.config_entries import ConfigFlowResult
except ImportError:  # 2024.3
    from homeassistant.data_entry_flow import FlowResult as ConfigFlowResult

from .const import DOMAIN, NAME, OPTION_PANEL


class SecurityScorecardConfigFlow(config_entries.ConfigFlow, domain=DOMAIN):
    """Confirm and create the single entry."""

    VERSION = 1

    @staticmethod
    @callback
    def async_get_options_flow(
        config_entry: config_entries.ConfigEntry,
    ) -> SecurityScorecardOptionsFlow:
        """The options: whether the scorecard is a sidebar panel."""
        return SecurityScorecardOptionsFlow()

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show a confirmation; create the entry on submit."""
        # manifest single_config_entry covers 2024.3+; this covers anything older.
        if self._async_current_entries():
            return self.async_abort(reason="single_instance_allowed")
        await self.async_set_unique_id(DOMAIN)
        self._abort_if_unique_id_configured()
        if user_input is None:
            return self.async_show_form(step_id="user")
        return self.async_create_entry(title=NAME, data={})


class SecurityScorecardOptionsFlow(config_entries.OptionsFlow):
    """One switch: show the full scorecard as an admin-only sidebar panel.

    The entry is looked up by the flow's handler (its entry id) rather than passed in:
    2024.3 leaves storing it to the flow, current releases set `config_entry` themselves
    and refuse a flow that sets it.
    """

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The form; on submit the options are stored and __init__'s listener applies them."""
        if user_input is not None:
            return self.async_create_entry(title="", data={OPTION_PANEL: bool(user_input[OPTION_PANEL])})
        entry = self.hass.config_entries.async_get_entry(self.handler)
        current = bool(entry.options.get(OPTION_PANEL, False)) if entry is not None else False
        return self.async_show_form(
            step_id="init",
            data_schema=vol.Schema({vol.Required(OPTION_PANEL, default=current): bool}),
        )
