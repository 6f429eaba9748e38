// Index filters: show the form (hidden without script) and filter rows by data attributes.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.documents tbody tr"));
  var count = document.getElementById("filter-count");
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = Array.prototype.every.call(form.querySelectorAll("select"), function (sel) {
        if (!sel.value) { return true; }
        var key = sel.getAttribute("data-filter");
        return (row.getAttribute("data-" + key) || "").split(" ").indexOf(sel.value) !== -1;
      });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " documents";
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  apply();
}());
