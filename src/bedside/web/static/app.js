// bedside compose page: checks the draft as you type (debounced), locally, through /api/v1/check.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const text = $("text"), platform = $("platform"), reply = $("reply");
  const findingsEl = $("findings"), backdrop = $("backdrop"), count = $("count"), status = $("status");
  const hashtags = $("hashtags"), hashtagsSection = $("hashtags-section"), copy = $("copy"), save = $("save");
  let timer = null, seq = 0, docs = {};
  let checkedText = null;  // the exact text the findings on screen were computed for

  // Each rule's "why it matters" and source, fetched once from the local catalogue.
  fetch("/api/v1/rules").then((r) => r.json()).then((body) => {
    body.rules.forEach((r) => { docs[r.code] = r.docs; });
  }).catch(() => {});

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (k === "text") node.textContent = v; else node.setAttribute(k, v); });
    (children || []).forEach((c) => node.appendChild(typeof c === "string" ? document.createTextNode(c) : c));
    return node;
  }

  // bedside's offsets count Unicode code points; JavaScript strings count UTF-16 units, so an emoji
  // before an edit would shift it. Work on an array of code points instead.
  function applyEdits(edits, forText) {
    // A fix's offsets belong to the text that was checked: never apply them to text that has changed since.
    if (forText !== undefined && text.value !== forText) { schedule(0); return; }
    const points = Array.from(text.value);
    edits.slice().sort((a, b) => b.start - a.start).forEach((e) => {
      points.splice(e.start, e.end - e.start, ...Array.from(e.replacement));
    });
    text.value = points.join("");
    text.focus();
    schedule(0);
  }

  // The highlights sit in a layer behind the (transparent) text area, character for character.
  function renderBackdrop(value, findings) {
    backdrop.textContent = "";
    const points = Array.from(value);
    const slice = (a, b) => points.slice(a, b).join("");
    // Where findings overlap, the more severe and the narrower wins the highlight (a length warning that
    // covers the whole draft must not hide a patient's name inside it).
    const rank = { error: 0, warning: 1, info: 2 };
    const chosen = [];
    findings.filter((f) => f.end > f.start)
      .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.end - a.start) - (b.end - b.start))
      .forEach((f) => { if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f); });
    const spans = chosen.sort((a, b) => a.start - b.start);
    let pos = 0;
    spans.forEach((f) => {
      if (f.start < pos) return;
      backdrop.appendChild(document.createTextNode(slice(pos, f.start)));
      backdrop.appendChild(el("mark", { class: f.severity, "data-code": f.code, text: slice(f.start, f.end) }));
      pos = f.end;
    });
    backdrop.appendChild(document.createTextNode(slice(pos) + "\n"));
    backdrop.scrollTop = text.scrollTop;
  }

  function render(result) {
    const value = text.value;
    count.textContent = result.length.count.toLocaleString() + " / " + result.length.limit.toLocaleString();
    count.classList.toggle("over", result.length.count > result.length.limit);
    const order = { error: 0, warning: 1, info: 2 };
    const findings = result.findings.slice().sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
    findingsEl.textContent = "";
    const titles = { error: "Fix before posting", warning: "Worth a second look", info: "For your information" };
    ["error", "warning", "info"].forEach((sev) => {
      const items = findings.filter((f) => f.severity === sev);
      if (!items.length) return;
      findingsEl.appendChild(el("h3", { class: "group " + sev, text: titles[sev] + " (" + items.length + ")" }));
      const list = el("ol", { class: "findings" });
      items.forEach((f) => {
        const item = el("li", { class: "finding " + f.severity, "data-code": f.code }, [
          el("span", { class: "sev", text: f.severity }), " ", el("code", { text: f.code }), " " + f.name,
          el("p", { text: f.message }),
        ]);
        if (f.suggestion) item.appendChild(el("p", { class: "suggestion", text: "Try: " + f.suggestion }));
        if (f.fix) {
          const b = el("button", { type: "button", class: "fix", text: f.fix.title });
          const forText = value;
          b.addEventListener("click", () => applyEdits(f.fix.edits, forText));
          item.appendChild(b);
        }
        const d = docs[f.code];
        const why = el("details", { class: "why" }, [el("summary", { text: "Why it matters · requirement " + f.requirement })]);
        if (d) {
          why.appendChild(el("p", { text: d["Why it matters"] }));
          why.appendChild(el("p", { class: "source", text: "Source: " + d["Source"] }));
        }
        why.appendChild(el("a", { href: "/rules?q=" + f.code, text: "Rule " + f.code + " in full" }));
        item.appendChild(why);
        list.appendChild(item);
      });
      findingsEl.appendChild(list);
    });
    if (!findings.length && value.trim()) findingsEl.appendChild(el("p", { class: "none", text: "No problems found." }));
    const blocked = findings.some((f) => f.severity === "error");
    status.textContent = value.trim() ? (blocked ? "Not ready to post" : "Ready to post") : "";
    status.className = "status " + (blocked ? "blocked" : "ready");
    hashtags.textContent = "";
    result.suggested_hashtags.forEach((t) => {
      const b = el("button", { type: "button", class: "chip", text: "+ " + t, "aria-label": "Add " + t });
      b.addEventListener("click", () => {
        const end = Array.from(text.value).length;
        applyEdits([{ start: end, end: end, replacement: " " + t }], value);
      });
      hashtags.appendChild(b);
    });
    hashtagsSection.hidden = result.suggested_hashtags.length === 0;
    renderBackdrop(value, findings);
    copy.hidden = !value.trim();
    if (save) { save.hidden = !value.trim(); save.disabled = false; save.textContent = "Save draft"; }
  }

  async function check() {
    const mine = ++seq;
    const sent = text.value;
    if (!sent.trim()) { findingsEl.textContent = ""; backdrop.textContent = ""; status.textContent = ""; count.textContent = ""; copy.hidden = true; return; }
    try {
      const res = await fetch("/api/v1/check", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: sent, platform: platform.value, reply: reply.checked }),
      });
      const body = await res.json();
      if (mine !== seq || text.value !== sent) return;  // the draft changed while this was checked
      checkedText = sent;
      if (!res.ok) { status.textContent = typeof body.detail === "string" ? body.detail : "Cannot check this text."; return; }
      render(body);
    } catch (e) { status.textContent = "The local bedside server is not answering."; }
  }

  function schedule(ms) { clearTimeout(timer); timer = setTimeout(check, ms); }
  text.addEventListener("input", () => {
    seq += 1;  // any answer still on its way is for an older text
    checkedText = null;
    renderBackdrop(text.value, []);
    findingsEl.querySelectorAll("button.fix").forEach((b) => { b.disabled = true; });
    schedule(120);
  });
  text.addEventListener("scroll", () => { backdrop.scrollTop = text.scrollTop; });
  platform.addEventListener("change", () => schedule(0));
  reply.addEventListener("change", () => schedule(0));
  copy.addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(text.value); status.textContent = "Copied."; }
    catch (e) { text.select(); document.execCommand("copy"); status.textContent = "Copied."; }
  });
  if (save) save.addEventListener("click", async () => {
    // Saved only when asked: the draft and its findings go to the local store.
    try {
      const res = await fetch("/api/v1/drafts", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text.value, platform: platform.value, reply: reply.checked }),
      });
      if (!res.ok) throw new Error(String(res.status));
      save.textContent = "Saved";
      save.disabled = true;
      status.textContent = "Saved to your local store.";
    } catch (e) { status.textContent = "Could not save the draft."; }
  });
  $("compose").addEventListener("submit", (e) => { e.preventDefault(); schedule(0); });
  if (text.value.trim()) schedule(0);
})();
