"""Fixtures for the backend tests (pytest-homeassistant-custom-component)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
import sys
from unittest.mock import patch

import pytest

# http/forwarded.py imports hass_nabucasa lazily and tolerates only ImportError; in a
# venv where that package is broken (e.g. josepy/acme mismatch) make it an ImportError.
try:
    import hass_nabucasa  # noqa: F401
except Exception:  # noqa: BLE001
    sys.modules["hass_nabucasa"] = None  # type: ignore[assignment]
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant

from custom_components.security_scorecard.catalog import parse_catalog
from ha_compat import http_never_binds, url_manager
from scorecard_support import FAKE_FILES, FAKE_OUTLINE, TEST_CATALOG, make_entry


@pytest.fixture(autouse=True)
def ha_test_env(request: pytest.FixtureRequest) -> Generator[None, None, None]:
    """Test environment for tests that run Home Assistant; pure tests (outline) get none.

    - custom_components/ from the repo root is loaded (enable_custom_integrations);
    - sudo is never run unless a test asks for it;
    - the http integration never binds 0.0.0.0:8123 (tests talk to its app directly);
    - `frontend` is marked set up with only its URL managers: the real one pulls in
      onboarding → analytics → recorder, whose requirements are not in the test venv,
      and the integration only calls add/remove_extra_js_url.
    """
    if "hass" not in request.fixturenames:
        yield
        return
    hass: HomeAssistant = request.getfixturevalue("hass")
    request.getfixturevalue("enable_custom_integrations")
    hass.data[frontend.DATA_EXTRA_MODULE_URL] = url_manager()
    hass.data[frontend.DATA_EXTRA_JS_URL_ES5] = url_manager()
    hass.config.components.add("frontend")
    with (
        patch("custom_components.security_scorecard.host_observer.shutil.which", return_value=None),
        http_never_binds(),
    ):
        yield


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    """A private config folder with a minimal configuration.yaml."""
    (tmp_path / "configuration.yaml").write_text("homeassistant:\n  name: Test\n")
    hass.config.config_dir = str(tmp_path)
    return tmp_path


@pytest.fixture
def test_catalog() -> Generator[None, None, None]:
    """Use TEST_CATALOG instead of the generated catalog.json."""
    with patch(
        "custom_components.security_scorecard.load_catalog",
        return_value=parse_catalog(TEST_CATALOG),
    ):
        yield


@pytest.fixture
def fake_observers() -> Generator[None, None, None]:
    """Stand-ins for outline.py / files_observer.py (built by another engineer)."""
    with (
        patch(
            "custom_components.security_scorecard.facts._build_outline",
            return_value=FAKE_OUTLINE,
        ),
        patch(
            "custom_components.security_scorecard.facts._collect_files",
            return_value=FAKE_FILES,
        ),
    ):
        yield


@pytest.fixture
async def entry(
    hass: HomeAssistant, config_dir: Path, test_catalog: None, fake_observers: None
) -> MockConfigEntry:
    """The integration, set up."""
    config_entry = make_entry(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry
