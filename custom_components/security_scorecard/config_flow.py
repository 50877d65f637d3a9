"""One-click setup: no questions, one instance."""

from __future__ import annotations

from typing import Any

from homeassistant import config_entries

try:  # 2024.4+
    from homeassistant.config_entries import ConfigFlowResult
except ImportError:  # 2024.3
    from homeassistant.data_entry_flow import FlowResult as ConfigFlowResult

from .const import DOMAIN, NAME


class SecurityScorecardConfigFlow(config_entries.ConfigFlow, domain=DOMAIN):
    """Confirm and create the single entry."""

    VERSION = 1

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
