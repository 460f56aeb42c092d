// Rules page: filter the catalogue as you type (the form also works without scripts).
(function () {
  "use strict";
  const q = document.getElementById("q"), count = document.getElementById("rule-count");
  const rules = Array.from(document.querySelectorAll("#rules .rule"));
  q.addEventListener("input", () => {
    const needle = q.value.trim().toLowerCase();
    let shown = 0;
    rules.forEach((r) => {
      const hit = !needle || r.dataset.search.includes(needle) || r.textContent.toLowerCase().includes(needle);
      r.hidden = !hit;
      if (hit) shown += 1;
    });
    count.textContent = shown + (shown === 1 ? " rule" : " rules");
  });
})();
