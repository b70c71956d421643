// Batch page: polls the batch status and updates the progress bar and the file table until every file
// has finished processing, then reloads once so retry buttons and final states come from the server.
(function () {
  "use strict";
  var section = document.getElementById("batch");
  if (!section || section.dataset.done === "true" || !window.fetch) return;
  var bar = document.getElementById("batch-progress");
  var text = document.getElementById("batch-progress-text");
  var table = document.getElementById("batch-table");
  var names = {
    received: "diterima", extracting: "diekstrak", classifying: "diklasifikasi", queued: "dalam antrean",
    decided: "sudah diputuskan", failed: "gagal", duplicate: "duplikat"
  };

  function update(state) {
    bar.value = state.percent;
    bar.textContent = state.percent + "%";
    text.textContent = state.finished + " dari " + state.documents.length + " berkas selesai diproses (" +
      state.percent + "%)" + (state.done ? "." : " — halaman ini diperbarui otomatis.");
    state.documents.forEach(function (doc) {
      var row = table.querySelector('tr[data-id="' + doc.id + '"]');
      if (!row) return;
      var badge = row.querySelector(".badge");
      badge.className = "badge status-" + doc.status;
      badge.textContent = names[doc.status] || doc.status;
    });
  }

  function poll() {
    fetch(section.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (state) {
        update(state);
        if (state.done) window.location.reload();
        else window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
