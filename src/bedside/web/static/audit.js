// Audit page: upload the archive, then poll the local server for progress until the report is ready.
(function () {
  "use strict";
  const form = document.getElementById("audit-form");
  const section = document.getElementById("progress-section"), status = document.getElementById("audit-status");
  const links = document.getElementById("audit-links");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    section.hidden = false;
    status.textContent = "Uploading (it stays on this computer)…";
    const res = await fetch("/audit/upload", { method: "POST", body: new FormData(form) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) { status.textContent = body.error || body.detail || "The upload failed."; return; }
    const started = Date.now();
    const poll = async () => {
      const r = await fetch("/api/v1/audit/" + body.id);
      const s = await r.json();
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      if (s.state === "running") {
        const rate = s.done / seconds;
        let left = "";
        if (s.expected && rate > 0 && s.done > 0 && s.expected > s.done) {
          const eta = Math.ceil((s.expected - s.done) / rate);
          left = ", about " + (eta >= 90 ? Math.round(eta / 60) + " min" : eta + " s") + " left";
        }
        const of = s.expected ? " of about " + s.expected.toLocaleString() : "";
        status.textContent = "Audited " + s.done.toLocaleString() + of + " items (" + Math.round(rate).toLocaleString() + " a second" + left + ")…";
        setTimeout(poll, 500);
      } else if (s.state === "done") {
        status.textContent = "Done: " + s.summary.items.toLocaleString() + " items, " + s.summary.items_with_findings.toLocaleString() + " with something to look at.";
        document.getElementById("report-html").href = "/audit/" + body.id + "/report.html";
        document.getElementById("report-json").href = "/audit/" + body.id + "/report.json";
        links.hidden = false;
      } else {
        status.textContent = "The audit failed: " + s.error;
      }
    };
    poll();
  });
})();
