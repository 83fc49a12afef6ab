"""Settings from the environment and an optional `.env`; nothing else reads ``os.environ``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.shipped import SHIPPED_GUIDES


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    database_url: str = "sqlite:///mockinterview.db"
    content_dir: Path = SHIPPED_GUIDES
    default_guide: str | None = None
    session_length: int = Field(default=5, ge=1, le=20)
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    host: str = "0.0.0.0"  # Slack HTTP mode and health listen here; 127.0.0.1: this machine only
    health_host: str | None = None  # /healthz and /metrics; default: ``host``
    health_port: int = 8080  # /healthz and /metrics (Slack HTTP mode uses its own port)
    removal_grace_days: int = Field(default=30, ge=0)  # data kept after the app is removed
    privacy_url: str | None = None  # the privacy notice the Slack Home tab links to

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_admin_group: str | None = None  # a user group whose members may change settings

    discord_token: SecretStr | None = None
    discord_guild_id: int | None = None
    discord_message_content: bool = False  # needs the privileged intent in the portal

    @property
    def health_address(self) -> str:
        """Where /healthz and /metrics listen: ``HEALTH_HOST``, else ``HOST``."""
        return self.health_host or self.host
