"""Everything a request handler, a worker or a command needs, built once per process."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from review.blobs import BlobStore
from review.db import make_engine, migrate, session_factory
from review.settings import Settings


@dataclass
class Context:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    blobs: BlobStore

    @classmethod
    def create(cls, settings: Settings | None = None, *, apply_migrations: bool = True) -> Context:
        settings = settings or Settings()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.sqlalchemy_url)
        if apply_migrations:
            migrate(engine)
        return cls(
            settings=settings,
            engine=engine,
            sessions=session_factory(engine),
            blobs=BlobStore(settings.blob_dir),
        )

    def close(self) -> None:
        self.engine.dispose()
