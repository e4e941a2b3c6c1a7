"""Fail (exit 1) when a pytest JUnit report lists any skipped test, naming each; print the counts."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def skipped_tests(report: str) -> list[str]:
    """'file::test: reason' for every skipped test case in the JUnit XML report."""
    found = []
    for case in ET.parse(report).getroot().iter("testcase"):
        skip = case.find("skipped")
        if skip is not None:
            name = f"{case.get('classname', '')}::{case.get('name', '')}"
            found.append(f"{name}: {skip.get('message', '')}")
    return found


def main(argv: list[str]) -> int:
    skipped = skipped_tests(argv[1])
    for line in skipped:
        print(f"skipped: {line}", file=sys.stderr)
    if skipped:
        print(f"CI fails: {len(skipped)} tests skipped (every test must run in CI)", file=sys.stderr)
        return 1
    print("no test was skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
