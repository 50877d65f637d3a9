"""sensor.security_scorecard_score: the last reported score, with grade and coverage."""

from __future__ import annotations

from typing import Any

from homeassistant.components.sensor import RestoreSensor, SensorStateClass
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .const import DOMAIN, NAME, PROJECT_URL
from .runtime import ScorecardConfigEntry, ScorecardRuntime, sync_signal

ATTRS = ("grade", "coverage", "failing_count", "evaluated_at")


async def async_setup_entry(
    hass: HomeAssistant, entry: ScorecardConfigEntry, async_add_entities: AddEntitiesCallback
) -> None:
    """Add the score sensor."""
    async_add_entities([ScoreSensor(entry, entry.runtime_data)])


class ScoreSensor(RestoreSensor):
    """The score (0–100) of the last evaluation synced by the card or CLI.

    Not a CoordinatorEntity: a coordinator fetches data on a schedule, and nothing here is
    fetched; syncs are pushed by the card or CLI, so the sensor follows a dispatcher signal.
    """

    _attr_has_entity_name = True
    _attr_translation_key = "score"
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_icon = "mdi:shield-check"
    _attr_should_poll = False

    def __init__(self, entry: ScorecardConfigEntry, runtime: ScorecardRuntime) -> None:
        """Initialise from the runtime's last sync."""
        self._runtime = runtime
        self._attr_unique_id = f"{entry.entry_id}_score"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=NAME,
            entry_type=DeviceEntryType.SERVICE,
            configuration_url=PROJECT_URL,
        )
        self._attrs: dict[str, Any] = {}

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Grade, coverage, failing count and evaluation time."""
        return dict(self._attrs)

    async def async_added_to_hass(self) -> None:
        """Take the stored sync, else the state from before the restart; then follow syncs."""
        await super().async_added_to_hass()
        if self._runtime.last_sync is not None:
            self._apply()
        else:
            last = await self.async_get_last_sensor_data()
            last_state = await self.async_get_last_state()
            if last is not None:
                self._attr_native_value = last.native_value
            if last_state is not None:
                self._attrs = {k: last_state.attributes[k] for k in ATTRS if k in last_state.attributes}
        self.async_on_remove(
            async_dispatcher_connect(self.hass, sync_signal(self._runtime.entry_id), self._on_sync)
        )

    def _apply(self) -> None:
        state = self._runtime.last_sync
        if state is None:
            return
        self._attr_native_value = state.score
        self._attrs = {
            "grade": state.grade,
            "coverage": state.coverage,
            "failing_count": len(state.failing),
            "evaluated_at": state.evaluated_at,
        }

    @callback
    def _on_sync(self) -> None:
        self._apply()
        self.async_write_ha_state()
