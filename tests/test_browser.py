"""The dashboard in a real browser: Debian's chromium, headless, driven by selenium.

Serves the sample store with uvicorn on 127.0.0.1 (a free port), selects a dyad, waits for the chart,
clicks an alert and reads its evidence; saves artifacts/dashboard.png for CI.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from test_analysis import build_sample_store

from brinkwatch.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: run .ci/browser.sh to install it"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = build_sample_store(tmp_path_factory.mktemp("browser") / "events.duckdb")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # a free port, held open so nothing else takes it
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="bw-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1250"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(driver: webdriver.Chrome, seconds: float = 20) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def test_select_a_dyad_click_an_alert_and_read_its_evidence(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/")
    # Select the dyad the way a reader would: type two actors and press Show.
    for field_id, code in (("actor-a", "usa"), ("actor-b", "irn")):
        box = browser.find_element(By.ID, field_id)
        _wait(browser).until(lambda d, box=box: box.get_attribute("value"))  # the page's default pick
        box.clear()
        box.send_keys(code)
    browser.find_element(By.ID, "freq").send_keys("week")
    browser.find_element(By.ID, "show").click()

    _wait(browser).until(lambda d: "USA and IRN" in d.find_element(By.ID, "chart-title").text)
    _wait(browser).until(lambda d: d.execute_script(
        "return document.querySelectorAll('#chart .bars .point path').length") > 0)
    weeks = int(browser.execute_script("return document.getElementById('chart').dataset.drawn"))
    assert weeks >= 10  # November 2019 to mid-January 2020, week by week
    shaded = browser.execute_script("return document.querySelectorAll('#chart .shapelayer path').length")
    assert shaded >= 1  # the alert is marked on the chart
    _wait(browser).until(lambda d: d.execute_script(
        "return document.querySelectorAll('#heatmap .hm, #heatmap image').length") > 0)

    alert = _wait(browser).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#alerts .alert-item")))
    assert "toward conflict" in alert.text
    alert.click()
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence tbody tr.driving"))
    detail = browser.find_element(By.ID, "alert-detail")
    assert detail.is_displayed() and "standard deviations" in detail.text
    rows = browser.find_elements(By.CSS_SELECTOR, "#evidence tbody tr")
    driving = [r.text for r in rows if "driving" in r.get_attribute("class")]
    assert any("Qasem Soleimani" in text for text in driving)
    assert any("Trump blamed Iran" in r.text for r in rows)
    assert all("asserted" in r.text or "intended" in r.text or "hypothetical" in r.text for r in rows)

    # News text is text: the story carrying a <script> tag shows it literally and runs nothing.
    assert any("<script>alert('x')</script>" in r.text for r in rows)
    assert browser.execute_script("return document.querySelectorAll('#evidence script').length") == 0
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018

    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(ARTIFACTS / "dashboard.png"))
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 20_000
