"""One settings object for the whole service, read from `JARING_*` environment variables. Defaults work
on a laptop: SQLite and blobs under ./var, local worker processes, the shipped model."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

from intake import ExtractOptions


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JARING_", extra="ignore")

    data_dir: Path = Path("var")
    database_url: str | None = None  # default: SQLite file in data_dir
    runner: Literal["local", "celery"] = "local"
    redis_url: str = "redis://127.0.0.1:6379/0"
    workers: int = 2
    model_dir: Path | None = None  # default: models/current
    max_upload_bytes: int = 50 * 1024 * 1024
    max_pages: int = 1000
    extract_timeout_s: float = 120.0
    extract_memory_mb: int = 1024
    claim_lease_s: int = 15 * 60
    job_lease_s: int = 10 * 60
    job_max_attempts: int = 4
    job_backoff_s: float = 5.0
    session_secret: str | None = None  # web sessions; generated into data_dir when unset
    log_level: str = "INFO"

    @cached_property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'jaring.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def extract_options(self) -> ExtractOptions:
        return ExtractOptions(
            max_bytes=self.max_upload_bytes,
            max_pages=self.max_pages,
            timeout_s=self.extract_timeout_s,
            memory_mb=self.extract_memory_mb,
        )
