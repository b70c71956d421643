// Unggah: drag and drop, and per-file progress while the form is sent with XMLHttpRequest.
// Without this script the same form posts normally and the server redirects to the batch page.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = document.getElementById("files");
  var zone = document.getElementById("dropzone");
  var list = document.getElementById("file-list");
  var status = document.getElementById("upload-status");
  var button = document.getElementById("upload-button");
  var chosen = [];

  function sizeText(bytes) {
    if (bytes >= 1048576) return (bytes / 1048576).toFixed(1) + " MB";
    return Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function render() {
    list.textContent = "";
    chosen.forEach(function (file, i) {
      var li = document.createElement("li");
      var label = document.createElement("label");
      label.htmlFor = "progress-" + i;
      label.textContent = file.name + " (" + sizeText(file.size) + ")";
      var bar = document.createElement("progress");
      bar.id = "progress-" + i;
      bar.max = 100;
      bar.value = 0;
      var note = document.createElement("span");
      note.className = "file-note";
      li.appendChild(label);
      li.appendChild(bar);
      li.appendChild(note);
      list.appendChild(li);
    });
    status.textContent = chosen.length ? chosen.length + " berkas siap diunggah." : "";
  }

  function add(files) {
    for (var i = 0; i < files.length; i++) chosen.push(files[i]);
    render();
  }

  input.addEventListener("change", function () {
    chosen = [];
    add(input.files);
  });

  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    add(event.dataTransfer.files);
    input.required = false; // the dropped files travel in the script's FormData, not the input
  });

  // Multipart sends the files one after another, so the bytes sent so far tell how far each file is.
  function showProgress(loaded) {
    var offset = 0;
    chosen.forEach(function (file, i) {
      var bar = document.getElementById("progress-" + i);
      var done = Math.min(Math.max(loaded - offset, 0), file.size);
      bar.value = file.size ? Math.round((100 * done) / file.size) : (loaded > offset ? 100 : 0);
      offset += file.size;
    });
  }

  function showResults(body) {
    (body.documents || []).forEach(function (doc) {
      var index = -1;
      chosen.forEach(function (file, i) { if (index < 0 && file.name === doc.file) index = i; });
      var note = index >= 0 ? list.children[index].querySelector(".file-note") : null;
      if (!note) return;
      if (doc.error) note.textContent = "ditolak: " + doc.error.message.split(" / ").pop();
      else if (doc.duplicate_of) note.textContent = "duplikat dari dokumen " + doc.duplicate_of;
      else note.textContent = "diterima";
    });
  }

  form.addEventListener("submit", function (event) {
    if (!chosen.length) return; // let the browser say the field is required
    event.preventDefault();
    var data = new FormData(form);
    data.delete("files");
    chosen.forEach(function (file) { data.append("files", file, file.name); });
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        showProgress(e.loaded);
        status.textContent = "Mengunggah… " + Math.round((100 * e.loaded) / e.total) + "%";
      }
    });
    xhr.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (xhr.status === 202 && body.url) {
        showProgress(Infinity);
        showResults(body);
        status.textContent = "Selesai diunggah. Membuka halaman batch…";
        window.location.assign(body.url);
      } else {
        button.disabled = false;
        status.textContent = "Gagal mengunggah: " + (body.message || ("HTTP " + xhr.status));
      }
    });
    xhr.addEventListener("error", function () {
      button.disabled = false;
      status.textContent = "Gagal mengunggah: sambungan terputus. Coba lagi.";
    });
    button.disabled = true;
    status.textContent = "Mengunggah…";
    xhr.send(data);
  });
})();
