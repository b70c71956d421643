// Dokumen: clicking an indicator's page link scrolls the text to its quote (the link's own #anchor does
// that without script too) and shows the same page of the original beside it.
(function () {
  "use strict";
  var viewer = document.getElementById("viewer");
  var frame = document.getElementById("pdf-frame");

  function showPage(page) {
    if (frame) {
      frame.src = viewer.dataset.url + "#page=" + page;
      return;
    }
    var figure = document.getElementById("asli-hlm-" + page);
    if (figure && viewer) {
      viewer.scrollTop += figure.getBoundingClientRect().top - viewer.getBoundingClientRect().top;
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.jump");
    if (!link) return;
    event.preventDefault();
    var mark = document.getElementById(link.dataset.target);
    if (mark) {
      document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
      mark.classList.add("current");
      mark.scrollIntoView({ block: "center" });
      mark.setAttribute("tabindex", "-1");
      mark.focus({ preventScroll: true });
    }
    showPage(link.dataset.page);
    history.replaceState(null, "", "#" + link.dataset.target);
  });
})();
