"""Analysis over the event store: corroboration clusters, dyad series, escalation alerts.

    con = open_read_only("events.duckdb")
    series = dyad_series(con, SeriesQuery("USA", "IRN", freq="week"))
    alerts = find_alerts(con, AlertSettings(since=date(2020, 1, 1)))
"""

from brinkwatch.analysis.access import QueryError, open_read_only
from brinkwatch.analysis.alerts import Alert, AlertSettings, find_alerts
from brinkwatch.analysis.corroboration import Cluster, ClusterSettings, cluster_events, ensure_clusters
from brinkwatch.analysis.series import Series, SeriesPoint, SeriesQuery, dyad_series, top_dyads

__all__ = [
    "Alert", "AlertSettings", "Cluster", "ClusterSettings", "QueryError", "Series", "SeriesPoint",
    "SeriesQuery", "cluster_events", "dyad_series", "ensure_clusters", "find_alerts", "open_read_only",
    "top_dyads",
]
