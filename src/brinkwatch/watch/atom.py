"""Alerts as an Atom feed (RFC 4287), for feed readers and newsroom tools: GET /alerts.atom."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(value: Any) -> str:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    else:  # an alert's period start, "2020-01-06"
        moment = datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def alert_title(alert: dict[str, Any]) -> str:
    return (f"{alert['a']}–{alert['b']} toward {alert['direction']}, {alert['freq']} of {alert['period_start']}: "
            f"balance {alert['balance']:.1f}‰ (mean {alert['baseline']:.1f} before)")


def alerts_atom(entries: Iterable[tuple[dict[str, Any], Any]], base_url: str) -> str:
    """The feed of (alert, found_at) pairs; found_at may be None (then the alert's period start)."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "brinkwatch alerts"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base}/alerts.atom"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts.atom")
    ET.SubElement(feed, f"{{{ATOM}}}author").append(_text("name", "brinkwatch"))
    updated = ET.SubElement(feed, f"{{{ATOM}}}updated")
    stamps = []
    for alert, found_at in entries:
        stamp = _stamp(found_at or alert["period_start"])
        stamps.append(stamp)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:brinkwatch:alert:{alert['alert_id']}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = alert_title(alert)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        ET.SubElement(entry, f"{{{ATOM}}}link", href=f"{base}/alerts?a={alert['a']}&b={alert['b']}")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = "\n".join(
            f"{ev['day']} [{ev['cameo_code']}] {ev['evidence_text']} ({ev.get('outlet') or '?'})"
            for ev in alert.get("evidence", [])
        ) or alert_title(alert)
    updated.text = max(stamps) if stamps else _stamp(datetime.now(UTC))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")


def _text(tag: str, value: str) -> ET.Element:
    element = ET.Element(f"{{{ATOM}}}{tag}")
    element.text = value
    return element
