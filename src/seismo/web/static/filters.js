// seismo filter forms: leave empty fields out of the URL, so a shared link shows only
// the filter that is set (the server treats a blank field as unset either way).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("filters")) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && (el.value === "" || el.value == null)) { el.disabled = true; }
    });
    // re-enable after the navigation starts, so going back shows a usable form
    setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
    }, 0);
  });
})();
