// Profile page: choosing another platform loads what was saved for it, with that platform's limits.
(function () {
  "use strict";
  const select = document.getElementById("platform");
  if (!select) return;
  select.addEventListener("change", () => {
    window.location.assign("/profile?platform=" + encodeURIComponent(select.value));
  });
})();
