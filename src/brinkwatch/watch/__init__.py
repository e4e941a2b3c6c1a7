"""`brinkwatch watch`: poll feeds and folders on a schedule, ingest what is new, push new alerts once.

    watcher = Watcher(WatchConfig(db="events.duckdb", sources=["https://example.org/feed.xml"]))
    watcher.run(SleepSchedule(every=900))        # or watcher.poll() once

One poll: fetch each source (conditional GET for feeds, a content hash for feeds and files), code and
store the new documents, re-cluster only the dyads they touch, find alerts, and push each alert not
pushed before - a JSONL line on stdout, a POST to the webhook - through an outbox table in the store,
so a process killed at any moment (kill -9 included) resumes without pushing an alert twice.
"""

from brinkwatch.watch.schedule import ManualSchedule, Schedule, SleepSchedule, parse_every
from brinkwatch.watch.watcher import PollReport, WatchConfig, Watcher

__all__ = ["ManualSchedule", "PollReport", "Schedule", "SleepSchedule", "WatchConfig", "Watcher", "parse_every"]
