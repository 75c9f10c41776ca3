// A page attached to a question: an image pasted or dropped into the composer (or chosen with
// 📎) is uploaded and read at once; its id goes with the next question (the hidden field of the
// form), and a citation of 「添付画像」 opens the picture in the source panel with the region the
// answer read outlined. Plain ES2017, no build step; chat.js calls webuiAttach.showSource.
"use strict";

(function () {
  const root = document.getElementById("attach");
  const form = document.getElementById("ask-form");
  const figure = document.getElementById("source-attachment");
  const NO_ATTACHMENT = "00000000-0000-0000-0000-000000000000";

  window.webuiAttach = {
    // The citation's picture with its region outlined; hidden for a document's citation.
    showSource: function (citation) {
      if (!figure) return;
      const image = document.getElementById("source-attachment-image");
      const outline = document.getElementById("source-attachment-region");
      const id = String(citation.attachment || "");
      if (!/^[0-9a-f-]{36}$/.test(id)) {
        figure.hidden = true;
        image.removeAttribute("src");
        return;
      }
      const url = figure.dataset.fileUrl.replace(NO_ATTACHMENT, id);
      document.getElementById("source-original").href = url;
      if (/\.pdf$/i.test(citation.filename || "")) {
        figure.hidden = true;  // a PDF page opens in the browser's viewer (原本を開く)
        return;
      }
      image.src = url;
      const region = citation.region;
      if (Array.isArray(region) && region.length === 4) {
        const margin = 0.006;  // the outline around the glyphs, not through them
        const left = Math.max(region[0] - margin, 0), top = Math.max(region[1] - margin, 0);
        const right = Math.min(region[2] + margin, 1), bottom = Math.min(region[3] + margin, 1);
        outline.style.left = (left * 100) + "%";
        outline.style.top = (top * 100) + "%";
        outline.style.width = ((right - left) * 100) + "%";
        outline.style.height = ((bottom - top) * 100) + "%";
        outline.hidden = false;
      } else {
        outline.hidden = true;
      }
      figure.hidden = false;
    },
  };

  if (!root || !form) return;
  const field = document.getElementById("attachment-id");
  const chip = document.getElementById("attach-chip");
  const error = document.getElementById("attach-error");
  const chooser = document.getElementById("attach-file");
  const question = document.getElementById("question");
  const sendButton = document.getElementById("send-button");
  let attached = null;  // {id, filename, mime_type, url, preview}
  let asking = 0;

  function clear() {
    attached = null;
    field.value = "";
    chip.hidden = true;
    chip.textContent = "";
  }

  function showChip(text, preview) {
    chip.textContent = "";
    if (preview) {
      const thumbnail = document.createElement("img");
      thumbnail.src = preview;
      thumbnail.alt = "";
      chip.appendChild(thumbnail);
    }
    const name = document.createElement("span");
    name.className = "attach-name";
    name.textContent = text;
    chip.appendChild(name);
    if (attached) {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary";
      remove.textContent = "×";
      remove.setAttribute("aria-label", root.dataset.labelRemove);
      remove.addEventListener("click", clear);
      chip.appendChild(remove);
    }
    chip.hidden = false;
  }

  async function upload(file) {
    clear();
    error.hidden = true;
    const preview = /^image\//.test(file.type) ? URL.createObjectURL(file) : "";
    showChip(root.dataset.labelReading, preview);
    const data = new FormData();
    data.append("file", file, file.name || "pasted.png");
    sendButton.disabled = true;
    try {
      const response = await fetch(root.dataset.uploadUrl, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "X-CSRFToken": webui.csrfToken(), Accept: "application/json" },
      });
      const reply = await response.json().catch(function () { return { error: response.statusText }; });
      if (!response.ok) throw new Error(reply.error || response.statusText);
      attached = Object.assign(reply, { preview: preview });
      field.value = reply.id;
      showChip(reply.filename, preview);
    } catch (failure) {
      clear();
      error.textContent = failure.message;
      error.hidden = false;
    } finally {
      sendButton.disabled = false;
    }
  }

  chooser.addEventListener("change", function () {
    if (chooser.files && chooser.files[0]) upload(chooser.files[0]);
    chooser.value = "";
  });
  question.addEventListener("paste", function (event) {
    const items = Array.from((event.clipboardData && event.clipboardData.items) || []);
    const image = items.find(function (item) { return item.kind === "file" && /^image\//.test(item.type); });
    if (!image) return;
    event.preventDefault();
    upload(image.getAsFile());
  });
  form.addEventListener("dragover", function (event) {
    if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes("Files")) return;
    event.preventDefault();
    form.classList.add("attach-dragging");
  });
  form.addEventListener("dragleave", function () { form.classList.remove("attach-dragging"); });
  form.addEventListener("drop", function (event) {
    form.classList.remove("attach-dragging");
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    upload(event.dataTransfer.files[0]);
  });

  // chat.js reads the form (the hidden field with it) when the question is sent, in its own
  // submit listener; this one runs after it. The attachment goes with that one question.
  document.addEventListener("submit", function (event) {
    if (event.target === form) asking = form.ownerDocument.querySelectorAll("article.message-user").length;
  }, true);
  form.addEventListener("submit", function () {
    const users = document.querySelectorAll("article.message-user");
    if (!attached || users.length === asking) return;  // nothing was sent
    if (attached.preview) {
      const thumbnail = document.createElement("img");
      thumbnail.className = "attach-thumbnail";
      thumbnail.src = attached.preview;
      thumbnail.alt = attached.filename;
      users[users.length - 1].appendChild(thumbnail);
    }
    clear();
  });
})();
