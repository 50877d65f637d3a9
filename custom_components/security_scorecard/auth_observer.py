"""Auth facts: providers, MFA modules, accounts and refresh-token metadata.

Shapes: AuthProvidersFacts, AccountInfo, TokenInfo of src/facts/types.ts. A refresh
token's `token` and `jwt_key` are never read; credential data is read only for the
`homeassistant` provider's username (as config/auth.py `_user_info` does).
"""

from __future__ import annotations

from datetime import datetime
import hashlib
from typing import Any

from homeassistant.auth.models import RefreshToken, User
from homeassistant.core import HomeAssistant

TRUSTED_NETWORKS = "trusted_networks"
TOKEN_TYPES = ("normal", "long_lived_access_token", "system")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def observe_auth_providers(hass: HomeAssistant) -> dict[str, Any]:
    """Return AuthProvidersFacts."""
    providers: list[dict[str, Any]] = []
    for provider in hass.auth.auth_providers:
        entry: dict[str, Any] = {
            "type": provider.type,
            "id": provider.id,
            "name": provider.name,
            "trusted_networks": None,
            "trusted_users_networks": None,
            "allow_bypass_login": None,
        }
        if provider.type == TRUSTED_NETWORKS:
            config = provider.config
            entry["trusted_networks"] = [str(net) for net in config.get("trusted_networks", [])]
            # Networks only: the user ids they map to are not a fact any check reads.
            entry["trusted_users_networks"] = [str(net) for net in config.get("trusted_users", {})]
            entry["allow_bypass_login"] = bool(config.get("allow_bypass_login", False))
        providers.append(entry)
    mfa_modules = [
        {"id": module.id, "type": module.type, "name": module.name}
        for module in hass.auth.auth_mfa_modules
    ]
    return {"providers": providers, "mfa_modules": mfa_modules}


def _username(user: User) -> str | None:
    for cred in user.credentials:
        if cred.auth_provider_type == "homeassistant":
            value = cred.data.get("username")
            return value if isinstance(value, str) else None
    return None


async def async_observe_accounts(hass: HomeAssistant) -> list[dict[str, Any]]:
    """Return AccountInfo for every user."""
    accounts: list[dict[str, Any]] = []
    for user in await hass.auth.async_get_users():
        enabled = await hass.auth.async_get_enabled_mfa(user)
        accounts.append(
            {
                "id": user.id,
                "name": user.name,
                "username": _username(user),
                "is_owner": user.is_owner,
                "is_admin": user.is_admin,
                "is_active": user.is_active,
                "local_only": bool(getattr(user, "local_only", False)),
                "system_generated": user.system_generated,
                "credential_types": sorted({c.auth_provider_type for c in user.credentials}),
                "mfa_modules": sorted(enabled),
            }
        )
    return accounts


def _token_info(token: RefreshToken) -> dict[str, Any]:
    token_type = token.token_type if token.token_type in TOKEN_TYPES else "normal"
    expire_at = getattr(token, "expire_at", None)
    return {
        "id": token.id,
        "user_id": token.user.id,
        "type": token_type,
        "client_name": token.client_name,
        "client_id": token.client_id,
        "created_at": _iso(token.created_at),
        "last_used_at": _iso(token.last_used_at),
        "last_used_ip": token.last_used_ip,
        "expire_at": float(expire_at) if isinstance(expire_at, (int, float)) else None,
    }


async def async_observe_tokens(hass: HomeAssistant) -> list[dict[str, Any]]:
    """Return TokenInfo for every refresh token of every user."""
    tokens: list[dict[str, Any]] = []
    for user in await hass.auth.async_get_users():
        tokens.extend(_token_info(token) for token in user.refresh_tokens.values())
    tokens.sort(key=lambda t: (t["user_id"], t["created_at"] or "", t["id"]))
    return tokens


async def async_auth_digest(hass: HomeAssistant) -> str:
    """A cheap fingerprint of users, MFA and token metadata, for change polling.

    last_used_at/last_used_ip are left out: they change on every connection and would
    make every poll look like a change.
    """
    h = hashlib.sha256()
    for user in sorted(await hass.auth.async_get_users(), key=lambda u: u.id):
        enabled = await hass.auth.async_get_enabled_mfa(user)
        h.update(
            repr(
                (
                    user.id,
                    user.name,
                    user.is_owner,
                    user.is_admin,
                    user.is_active,
                    getattr(user, "local_only", False),
                    sorted(c.auth_provider_type for c in user.credentials),
                    sorted(enabled),
                    sorted(
                        (t.id, t.token_type, t.client_name, getattr(t, "expire_at", None))
                        for t in user.refresh_tokens.values()
                    ),
                )
            ).encode()
        )
    return h.hexdigest()
