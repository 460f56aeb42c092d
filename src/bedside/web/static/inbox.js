// Inbox: log a reply as evidence without leaving the sorted list (the form still works without scripts).
(function () {
  "use strict";
  document.querySelectorAll("#results form.log").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      delete data.csrf;
      const button = form.querySelector("button");
      try {
        const res = await fetch("/api/v1/evidence", {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data),
        });
        if (!res.ok) throw new Error(String(res.status));
        button.textContent = "Logged ✓";
        button.disabled = true;
        const note = document.getElementById("logged-note");
        if (note) note.hidden = false;
      } catch (e) {
        form.submit();  // fall back to the plain form
      }
    });
  });
})();
