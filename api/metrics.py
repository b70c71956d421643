"""Prometheus metrics, computed from the database at scrape time, so every API process and worker reports
the same figures and nothing is lost on restart.

- `jaring_documents{state}`: documents by processing state (gauge);
- `jaring_queue_depth{state}`: review items pending and claimed (gauge);
- `jaring_processing_seconds`: time from upload to the end of processing (a finished or failed job), as a
  histogram over all processed documents."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.orm import sessionmaker

from review.models import Document, DocumentStatus, ItemState, Job, JobState, ReviewItem

BUCKETS = (0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0)


def _seconds_between(start, end, dialect: str):
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return cast(func.extract("epoch", end - start), Float)


class DatabaseCollector(Collector):
    def __init__(self, sessions: sessionmaker) -> None:
        self.sessions = sessions

    def collect(self) -> Iterator:
        with self.sessions() as session:
            dialect = session.get_bind().dialect.name
            by_state = dict(
                session.execute(select(Document.status, func.count()).group_by(Document.status)).all()
            )
            depth = dict(
                session.execute(select(ReviewItem.state, func.count()).group_by(ReviewItem.state)).all()
            )
            seconds = _seconds_between(Document.created_at, Job.updated_at, dialect)
            finished = Job.state.in_([JobState.done, JobState.failed])
            row = session.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(seconds), 0.0),
                    *[func.coalesce(func.sum(case((seconds <= b, 1), else_=0)), 0) for b in BUCKETS],
                )
                .select_from(Job)
                .join(Document, Document.id == Job.document_id)
                .where(finished)
            ).one()

        documents = GaugeMetricFamily("jaring_documents", "Documents by processing state.", labels=["state"])
        for state in DocumentStatus:
            documents.add_metric([state.value], float(by_state.get(state, 0)))
        yield documents

        queue = GaugeMetricFamily(
            "jaring_queue_depth", "Review items waiting or being worked.", labels=["state"]
        )
        for state in (ItemState.pending, ItemState.claimed):
            queue.add_metric([state.value], float(depth.get(state, 0)))
        yield queue

        count, total, *cumulative = row
        buckets = [(str(b), int(n)) for b, n in zip(BUCKETS, cumulative, strict=True)]
        buckets.append(("+Inf", int(count)))
        histogram = HistogramMetricFamily(
            "jaring_processing_seconds", "Seconds from upload to the end of processing."
        )
        histogram.add_metric([], buckets, sum_value=float(total))
        yield histogram


def make_registry(sessions: sessionmaker) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(sessions))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
