// brinkwatch dashboard. All text from the store is put in the page with textContent (never innerHTML),
// so a story containing markup shows as text.
"use strict";

const QUAD = {
  1: { name: "verbal cooperation", color: "#7fb3d5", sign: 1 },
  2: { name: "material cooperation", color: "#2471a3", sign: 1 },
  3: { name: "verbal conflict", color: "#f1948a", sign: -1 },
  4: { name: "material conflict", color: "#c0392b", sign: -1 },
};
const state = { a: null, b: null, freq: "week", alerts: [], selectedAlert: null };
const $ = (id) => document.getElementById(id);

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function setStatus(message, isError = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", isError);
}

function addDays(iso, days) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function periodEnd(start, freq) {  // last day of the period that begins on `start`
  if (freq === "day") return start;
  if (freq === "week") return addDays(start, 6);
  const d = new Date(start + "T00:00:00Z");
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

function params(entries) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  return p.toString();
}

// ---- series chart -------------------------------------------------------------------------------

function drawChart(series, alerts) {
  const points = series.points;
  const x = points.map((p) => p.period);
  const keys = { 1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict" };
  const traces = [1, 2, 3, 4].map((q) => ({
    type: "bar", name: QUAD[q].name, x, y: points.map((p) => QUAD[q].sign * p[keys[q]]),
    marker: { color: QUAD[q].color }, hovertemplate: `%{x}: %{y} ${QUAD[q].name}<extra></extra>`,
  }));
  traces.push({
    type: "scatter", mode: "lines+markers", name: "balance per 1,000 events of the period", x,
    y: points.map((p) => p.balance), yaxis: "y2", line: { color: "#1d2430", width: 2 },
    hovertemplate: "%{x}: balance %{y:.1f}<extra></extra>",
  });
  // Bars are centred on the period's first day, so the shading is shifted back by half a period.
  const half = { day: 0.5, week: 3.5, month: 15 }[state.freq] * 86400000;
  const shift = (iso) => new Date(Date.parse(iso + "T00:00:00Z") - half).toISOString();
  const shapes = alerts.map((a) => ({
    type: "rect", xref: "x", yref: "paper", x0: shift(a.period_start), x1: shift(a.period_end), y0: 0, y1: 1,
    fillcolor: a.direction === "conflict" ? "rgba(192,57,43,0.13)" : "rgba(36,113,163,0.13)", line: { width: 0 },
  }));
  const annotations = alerts.map((a) => ({
    x: a.period_start, xref: "x", y: 1, yref: "paper", yanchor: "top", showarrow: false,
    text: a.direction === "conflict" ? "▼ alert" : "▲ alert", font: { color: "#1d2430", size: 11 },
  }));
  const layout = {
    barmode: "relative", margin: { l: 60, r: 70, t: 24, b: 40 }, hovermode: "closest",
    legend: { orientation: "h", y: -0.15 }, shapes, annotations,
    yaxis: { title: { text: "events" }, zeroline: true, zerolinecolor: "#888" },
    yaxis2: { title: { text: "balance" }, overlaying: "y", side: "right", zeroline: false, showgrid: false },
    xaxis: { type: "date", automargin: true },
  };
  // Both axes share their zero: each range is symmetric around it.
  const barTop = Math.max(1, ...points.map((p) => Math.max(p.verbal_cooperation + p.material_cooperation,
    p.verbal_conflict + p.material_conflict)));
  const lineTop = Math.max(1, ...points.map((p) => Math.abs(p.balance)));
  layout.yaxis.range = [-1.1 * barTop, 1.1 * barTop];
  layout.yaxis.automargin = true;
  layout.yaxis2.range = [-1.1 * lineTop, 1.1 * lineTop];
  layout.yaxis2.automargin = true;
  const chart = $("chart");
  Plotly.react(chart, traces, layout, { responsive: true, displayModeBar: false });
  chart.removeAllListeners && chart.removeAllListeners("plotly_click");
  chart.on("plotly_click", (event) => {
    const start = String(event.points[0].x).slice(0, 10);
    selectAlert(null);
    loadEvidence(start, periodEnd(start, state.freq), `Evidence, ${state.freq} of ${start}`);
  });
  chart.dataset.drawn = String(points.length);
}

// ---- alerts -------------------------------------------------------------------------------------

function renderAlerts(alerts) {
  const list = $("alerts");
  list.replaceChildren();
  if (!alerts.length) {
    list.append(el("li", "No alert for this pair: no sharp change against its baseline.", "empty"));
    return;
  }
  for (const alert of alerts) {
    const button = el("button", null, `alert-item ${alert.direction}`);
    button.type = "button";
    button.dataset.alertId = alert.alert_id;
    button.append(el("span", `${alert.a}–${alert.b}: toward ${alert.direction}`, "what"));
    button.append(el("span", `${state.freq} of ${alert.period_start}`, "when"));
    button.append(el("br"));
    button.append(el("span",
      `balance ${alert.balance.toFixed(0)}‰ that ${alert.freq}, mean ${alert.baseline.toFixed(0)} before ` +
      `(${alert.change_sd} sd)`, "size"));
    button.addEventListener("click", () => selectAlert(alert));
    const item = el("li");
    item.append(button);
    list.append(item);
  }
}

function selectAlert(alert) {
  state.selectedAlert = alert;
  for (const b of document.querySelectorAll(".alert-item")) {
    b.classList.toggle("selected", alert !== null && b.dataset.alertId === alert.alert_id);
  }
  const detail = $("alert-detail");
  if (!alert) { detail.hidden = true; return; }
  detail.replaceChildren(
    el("strong", `Alert: ${alert.a}–${alert.b} moved toward ${alert.direction} in the ${alert.freq} of ${alert.period_start}. `),
    el("span", `Balance ${alert.balance.toFixed(1)} that ${alert.freq}; its mean went from ` +
      `${alert.baseline.toFixed(1)} (the ${alert.baseline_periods} periods before) to ${alert.level.toFixed(1)}, a change of ${alert.change.toFixed(1)} per 1,000 events ` +
      `(${alert.change_sd} standard deviations of the baseline), over ${alert.n_clusters} events in that period. ` +
      "Rows that drove it are marked ★."),
  );
  detail.hidden = false;
  const end = addDays(alert.period_end, -1);
  loadEvidence(alert.period_start, end, `Evidence, ${alert.freq} of ${alert.period_start}`, alert);
}

// ---- evidence table -----------------------------------------------------------------------------

async function loadEvidence(since, until, title, alert = null) {
  $("evidence-title").textContent = title;
  const query = params({ source: state.a, target: state.b, undirected: "true", since, until, limit: 500 });
  try {
    const page = await api(`/events?${query}`);
    renderEvidence(page.events, alert);
  } catch (error) {
    setStatus(`Evidence: ${error.message}`, true);
  }
}

function attributionText(attribution) {
  return (attribution || []).map((a) => `${a.name} (${a.cue})`).join(" ← ") || "—";
}

function renderEvidence(events, alert) {
  const driving = new Set(alert ? alert.evidence.map((e) => e.cluster_id) : []);
  const seen = new Set();
  const rows = [];
  for (const event of events) {  // one row per corroborated event, not per syndicated copy
    const key = event.cluster_id || event.event_id;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(event);
  }
  rows.sort((x, y) => (driving.has(y.cluster_id) - driving.has(x.cluster_id)) ||
    (y.cluster_outlets || 0) - (x.cluster_outlets || 0));
  const body = $("evidence").tBodies[0];
  body.replaceChildren();
  if (!rows.length) {
    const tr = el("tr");
    const td = el("td", "No events in this period.", "empty");
    td.colSpan = 8;
    tr.append(td);
    body.append(tr);
    return;
  }
  for (const e of rows) {
    const tr = el("tr", null, `q${e.quad_class}${driving.has(e.cluster_id) ? " driving" : ""}`);
    tr.dataset.eventId = e.event_id;
    tr.append(el("td", (driving.has(e.cluster_id) ? "★ " : "") + (e.event_date || e.published || ""), "nowrap"));
    tr.append(el("td", e.evidence_text, "sentence"));
    tr.append(el("td", `${e.source_code} → ${e.target_code}`, "nowrap"));
    const what = el("td");
    const link = el("a", `${e.cameo_code} ${e.cameo_name || ""}`);
    link.href = `/events/${encodeURIComponent(e.event_id)}`;
    what.append(link);
    tr.append(what);
    tr.append(el("td", e.outlet || "—"));
    const modality = el("td");
    modality.append(el("span", e.modality, `badge ${e.modality}`));
    tr.append(modality);
    tr.append(el("td", attributionText(e.attribution)));
    const outlets = el("td");
    if (e.cluster_id) {
      const a = el("a", String(e.cluster_outlets));
      a.href = `/clusters/${encodeURIComponent(e.cluster_id)}`;
      a.title = `${e.cluster_reports} reports`;
      outlets.append(a);
    }
    tr.append(outlets);
    body.append(tr);
  }
}

// ---- heat map and pickers -----------------------------------------------------------------------

// Plotly reads axis labels as pseudo-HTML (<a href>, <b>), so only well-formed actor codes become labels:
// an imported code such as <a href=...>RUS</a> must never turn into a link.
const SAFE_CODE = /^[A-Z0-9]{2,16}$/;

async function drawHeatmap() {
  const dyads = (await api("/dyads?limit=30")).filter((d) => SAFE_CODE.test(d.a) && SAFE_CODE.test(d.b));
  if (!dyads.length) return;
  const counts = new Map();
  for (const d of dyads) {
    counts.set(d.a, (counts.get(d.a) || 0) + d.n);
    counts.set(d.b, (counts.get(d.b) || 0) + d.n);
  }
  const names = [...counts.keys()].sort((x, y) => counts.get(y) - counts.get(x)).slice(0, 12);
  const index = new Map(names.map((n, i) => [n, i]));
  const z = names.map(() => names.map(() => null));
  for (const d of dyads) {
    if (!index.has(d.a) || !index.has(d.b)) continue;
    z[index.get(d.a)][index.get(d.b)] = d.n;
    z[index.get(d.b)][index.get(d.a)] = d.n;
  }
  const heat = $("heatmap");
  Plotly.react(heat, [{
    type: "heatmap", x: names, y: names, z, colorscale: "YlOrRd", reversescale: true, zauto: false, zmin: 0, zmax: Math.max(...dyads.map((d) => d.n)),
    hoverongaps: false, colorbar: { title: { text: "events" }, thickness: 12 },
    hovertemplate: "%{y}–%{x}: %{z} events<extra></extra>",
  }], { margin: { l: 70, r: 10, t: 10, b: 70 }, xaxis: { automargin: true },
    yaxis: { autorange: "reversed", automargin: true } },
  { responsive: true, displayModeBar: false });
  heat.on("plotly_click", (event) => {
    const p = event.points[0];
    if (p.z === null) return;
    $("actor-a").value = p.y;
    $("actor-b").value = p.x;
    show();
  });
}

async function fillActorList() {
  const actors = await api("/actors?limit=300");
  const list = $("actor-codes");
  list.replaceChildren(...actors.map((a) => { const o = el("option"); o.value = a.code; return o; }));
}

// ---- putting it together ------------------------------------------------------------------------

async function show() {
  const a = $("actor-a").value.trim().toUpperCase();
  const b = $("actor-b").value.trim().toUpperCase();
  if (!a || !b) { setStatus("Choose two actors, e.g. USA and IRN.", true); return; }
  Object.assign(state, { a, b, freq: $("freq").value });
  const since = $("since").value;
  const until = $("until").value;
  const query = params({
    freq: state.freq, unit: $("unit").value, since, until,
    modality: $("modality").value || null,
  });
  setStatus(`Loading ${a}–${b}…`);
  try {
    const [series, alertPage] = await Promise.all([
      api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?${query}`),
      api(`/alerts?${params({ a, b, freq: state.freq, modality: $("modality").value || null })}`),
    ]);
    const alerts = alertPage.alerts.filter((al) => (!since || al.period_start >= since) &&
      (!until || al.period_start <= until));
    state.alerts = alerts;
    $("chart-title").textContent = `${a} and ${b}: conflict and cooperation per ${state.freq}`;
    drawChart(series, alerts);
    renderAlerts(alerts);
    const total = series.points.reduce((s, p) => s + p.n, 0);
    const counted = $("modality").selectedOptions[0].textContent;
    setStatus(total ? `${total} ${total === 1 ? "event" : "events"} between ${a} and ${b}, counting ${counted}; ` +
      `${alerts.length} ${alerts.length === 1 ? "alert" : "alerts"}.`
      : `No events between ${a} and ${b} in this period.`);
    history.replaceState(null, "", `?${params({ a, b, since, until, freq: state.freq })}`);
    selectAlert(null);
    const first = series.points.length ? series.points[0].period : since;
    const last = series.points.length ? periodEnd(series.points[series.points.length - 1].period, state.freq) : until;
    await loadEvidence(first, last, `Evidence, ${first || "start"} to ${last || "end"}`);
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function showUpdated() {  // only when the server is also watching feeds (serve --watch)
  try {
    const watch = await api("/watch");
    const minutes = Math.round(watch.minutes_ago);
    $("updated").textContent = `Updated ${minutes < 1 ? "less than a minute" : minutes === 1 ? "1 minute" :
      `${minutes} minutes`} ago; polling every ${Math.round(watch.every_seconds / 60)} min.`;
    $("updated").hidden = false;
  } catch (error) {
    $("updated").hidden = true;
  }
}

async function start() {
  const url = new URLSearchParams(location.search);
  for (const [param, id] of [["a", "actor-a"], ["b", "actor-b"], ["since", "since"], ["until", "until"], ["freq", "freq"]]) {
    if (url.get(param)) $(id).value = url.get(param);
  }
  $("controls").addEventListener("submit", (event) => { event.preventDefault(); show(); });
  fillActorList().catch((error) => setStatus(error.message, true));
  drawHeatmap().catch((error) => setStatus(error.message, true));
  showUpdated();
  setInterval(showUpdated, 60000);
  if (!$("actor-a").value || !$("actor-b").value) {
    // Start where a reader would: the pair of the latest alert, else the busiest pair.
    const [alerts, dyads] = await Promise.all([api("/alerts?limit=1"), api("/dyads?limit=1")]);
    const pick = alerts.alerts[0] || dyads[0];
    if (!pick) { setStatus("The store has no dyadic events yet."); return; }
    $("actor-a").value = pick.a;
    $("actor-b").value = pick.b;
  }
  await show();
}

start().catch((error) => setStatus(error.message, true));
