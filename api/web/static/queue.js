// Antrean by keyboard: j/k move, a accepts, r rejects, e opens the correction form, Enter opens the
// document, ? shows the help. Every action is an ordinary link or form, so the page works without this.
(function () {
  "use strict";
  var table = document.getElementById("queue");
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-index]"));
  var help = document.getElementById("help");
  var current = Math.min(parseInt(table.dataset.focus || "0", 10) || 0, rows.length - 1);

  function select(index, focus) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach(function (row, i) {
      row.classList.toggle("selected", i === current);
      row.setAttribute("aria-selected", i === current ? "true" : "false");
    });
    if (focus !== false) {
      rows[current].focus({ preventScroll: true });
      rows[current].scrollIntoView({ block: "nearest" });
    }
  }

  function submit(kind) {
    var form = rows[current] && rows[current].querySelector('form[data-action="' + kind + '"]');
    if (!form) return;
    var button = form.querySelector("button");
    if (form.requestSubmit) form.requestSubmit(button);
    else button.click();
  }

  function typing(target) {
    return target.closest("input, select, textarea, [contenteditable]") !== null;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (help.open && event.key !== "?" && event.key !== "Escape") return;
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": submit("accept"); break;
      case "r": submit("reject"); break;
      case "e":
        if (rows[current]) window.location.assign(rows[current].dataset.editUrl);
        break;
      case "Enter":
        if (event.target.closest("a, button")) return;
        if (rows[current]) rows[current].querySelector("a.open").click();
        break;
      case "?":
        if (help.open) help.close(); else help.showModal();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  rows.forEach(function (row, i) {
    row.addEventListener("click", function () { select(i, false); });
  });
  select(current, document.activeElement === document.body);
})();
