// The admin's upload page: drop or pick many files, send them in batches, then poll each
// batch's progress every second until every file is indexed or has failed with its reason.
"use strict";

(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("file-input");
  const dropzone = document.getElementById("dropzone");
  const rows = document.getElementById("upload-rows");
  const summary = document.getElementById("upload-summary");
  const labels = form.dataset;
  // Django refuses more than 100 files in one request (DATA_UPLOAD_MAX_NUMBER_FILES).
  const FILES_PER_REQUEST = 20;
  const PERCENT = { uploading: 5, queued: 15, parsing: 40, embedding: 70, indexed: 100, failed: 100 };
  const byDocument = {};
  let pending = [];

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function stageLabel(stage) {
    return labels["label" + stage.charAt(0).toUpperCase() + stage.slice(1)] || stage;
  }

  function newRow(filename) {
    const row = el("tr", { class: "file-row" });
    const name = el("td", { class: "filename" }, filename);
    const stage = el("td", { class: "stage" });
    const stageText = el("span", { class: "stage-text" }, stageLabel("uploading"));
    const reason = el("div", { class: "error reason" });
    stage.append(stageText, reason);
    const bar = el("progress", { max: "100", value: "0", "aria-label": filename });
    const actions = el("td", { class: "actions" });
    row.append(name, stage, el("td", {}, ""), actions);
    row.children[2].appendChild(bar);
    rows.appendChild(row);
    return { row, stageText, reason, bar, actions, documentId: null, status: "uploading" };
  }

  function show(entry, status, error, retryable) {
    entry.status = status;
    entry.row.dataset.status = status;
    entry.stageText.textContent = stageLabel(status);
    entry.reason.textContent = status === "failed" && error ? error : "";
    entry.bar.value = PERCENT[status] !== undefined ? PERCENT[status] : 0;
    entry.bar.classList.toggle("failed", status === "failed");
    entry.actions.replaceChildren();
    if (!entry.documentId || status === "deleted") return;
    // 再試行 only where another run can end differently (not for an empty, encrypted or
    // unsupported file: the server says which).
    if (status === "failed" && retryable !== false) {
      const retry = el("button", { type: "button", class: "secondary" }, labels.labelRetry);
      retry.addEventListener("click", () => act(entry, labels.requeueUrl, "queued"));
      entry.actions.appendChild(retry);
    }
    const remove = el("button", { type: "button", class: "danger" }, labels.labelDelete);
    remove.addEventListener("click", function () {
      if (window.confirm(labels.labelConfirmDelete)) act(entry, labels.deleteUrl, "deleted");
    });
    entry.actions.appendChild(remove);
  }

  function act(entry, template, next) {
    const url = template.replace("00000000-0000-0000-0000-000000000000", entry.documentId);
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "X-CSRFToken": webui.csrfToken(), Accept: "application/json" },
    }).then(function (response) {
      if (!response.ok) return response.json().then((p) => { entry.reason.textContent = p.error || labels.labelError; });
      if (next === "deleted") {
        entry.stageText.textContent = labels.labelDeleted;
        entry.status = "deleted";
        entry.actions.replaceChildren();
        delete byDocument[entry.documentId];
      } else {
        show(entry, next);
        poll(entry.batchUrl);
      }
    });
  }

  function updateSummary() {
    const entries = Object.values(byDocument);
    const done = entries.filter((e) => e.status === "indexed" || e.status === "failed" || e.status === "duplicate").length;
    summary.textContent = done + " / " + entries.length;
  }

  const polling = new Set();
  function poll(url) {
    if (polling.has(url)) return;
    polling.add(url);
    const tick = function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : null))
        .then(function (progress) {
          if (!progress) { polling.delete(url); return; }
          progress.documents.forEach(function (d) {
            const entry = byDocument[d.document_id];
            if (entry && entry.status !== "duplicate") show(entry, d.status, d.error, d.retryable);
          });
          updateSummary();
          if (progress.done < progress.total) setTimeout(tick, 1000);
          else polling.delete(url);
        })
        .catch(() => setTimeout(tick, 2000));
    };
    tick();
  }

  function send(files) {
    const entries = files.map((file) => newRow(file.name));
    const data = new FormData();
    data.append("csrfmiddlewaretoken", webui.csrfToken());
    files.forEach((file) => data.append("files", file, file.name));
    const visibility = form.querySelector("input[name=visibility]:checked").value;
    data.append("visibility", visibility);
    // Every ticked group is sent: the server refuses groups beside "whole organization"
    // rather than widen the document's audience without a word.
    form.querySelectorAll("input[name=groups]:checked").forEach((box) => data.append("groups", box.value));
    // XMLHttpRequest rather than fetch: only it reports upload progress.
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-CSRFToken", webui.csrfToken());
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) entries.forEach((e) => { e.bar.value = Math.round((event.loaded / event.total) * PERCENT.queued); });
    });
    request.addEventListener("load", function () {
      let payload = null;
      try { payload = JSON.parse(request.responseText); } catch (error) { payload = null; }
      if (request.status !== 200 || !payload || !payload.ok) {
        entries.forEach((e) => show(e, "failed", (payload && payload.error) || labels.labelError));
        return;
      }
      payload.documents.forEach(function (d, index) {
        const entry = entries[index];
        entry.documentId = d.document_id;
        entry.batchUrl = payload.progress_url;
        byDocument[d.document_id] = entry;
        if (d.outcome === "duplicate") {
          show(entry, "duplicate");
          entry.bar.value = 100;
        } else {
          show(entry, d.status, d.error, d.retryable);
        }
      });
      updateSummary();
      poll(payload.progress_url);
    });
    request.addEventListener("error", () => entries.forEach((e) => show(e, "failed", labels.labelError)));
    request.send(data);
  }

  function showSelection() {
    const selected = document.getElementById("selected-files");
    selected.textContent = pending.length ? selected.dataset.label + " (" + pending.length + "): " + pending.map((f) => f.name).join("、") : "";
  }

  function queue(fileList) {
    pending = Array.from(fileList);
  }

  function upload() {
    const files = pending;
    pending = [];
    input.value = "";
    showSelection();
    for (let start = 0; start < files.length; start += FILES_PER_REQUEST) send(files.slice(start, start + FILES_PER_REQUEST));
  }

  // Ticking a group means "these groups only": the radio follows the ticks, and choosing
  // the whole organization clears them, so what is shown is what will be sent.
  const groupsRadio = form.querySelector("input[name=visibility][value=groups]");
  const organizationRadio = form.querySelector("input[name=visibility][value=organization]");
  form.querySelectorAll("input[name=groups]").forEach(function (box) {
    box.addEventListener("change", function () {
      const ticked = form.querySelectorAll("input[name=groups]:checked").length;
      if (ticked) groupsRadio.checked = true;
      else organizationRadio.checked = true;
    });
  });
  organizationRadio.addEventListener("change", function () {
    if (organizationRadio.checked) form.querySelectorAll("input[name=groups]:checked").forEach((box) => { box.checked = false; });
  });

  input.addEventListener("change", function () {
    queue(input.files);
    showSelection();
  });
  ["dragenter", "dragover"].forEach((type) => dropzone.addEventListener(type, function (event) {
    event.preventDefault();
    dropzone.classList.add("dragging");
  }));
  ["dragleave", "drop"].forEach((type) => dropzone.addEventListener(type, () => dropzone.classList.remove("dragging")));
  dropzone.addEventListener("drop", function (event) {
    event.preventDefault();
    // Dropping is a complete gesture: upload at once with the chosen visibility.
    queue(event.dataTransfer.files);
    upload();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (pending.length) upload();
  });
})();
