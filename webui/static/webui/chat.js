// The chat page: ask, read the answer as it streams, stop, cite, rate.
//
// The question is POSTed with the CSRF token and the answer comes back on the same response
// as server-sent events, read with fetch + ReadableStream (EventSource can only GET).
"use strict";

(function () {
  const thread = document.getElementById("thread");
  const form = document.getElementById("ask-form");
  if (!thread || !form) return;
  const question = document.getElementById("question");
  const sendButton = document.getElementById("send-button");
  const stopButton = document.getElementById("stop-button");
  const conversationField = document.getElementById("conversation-id");
  const panel = document.getElementById("source-panel");
  const labels = thread.dataset;
  let controller = null;
  let lastCiteLink = null;

  const NO_DOCUMENT = "00000000-0000-0000-0000-000000000000";
  function extension(citation) {
    const match = /\.([a-z0-9]+)$/i.exec(citation.filename || "");
    return match ? match[1].toLowerCase() : "";
  }

  function originalUrl(documentId, citation) {
    const kind = extension(citation);
    // Browsers' PDF viewers open at the cited page; an image is shown as it is. Anything else
    // opens as the app's own HTML preview of the document's text, at the cited passage.
    if (kind === "pdf") {
      const url = labels.originalUrl.replace(NO_DOCUMENT, documentId);
      return citation.page ? url + "#page=" + citation.page : url;
    }
    if (/^(png|jpe?g|tiff?)$/.test(kind)) return labels.originalUrl.replace(NO_DOCUMENT, documentId);
    let url = labels.previewUrl.replace(NO_DOCUMENT, documentId);
    if (citation.order !== undefined && citation.order !== null) url += "?at=" + citation.order + "#cited";
    return url;
  }

  // Where in the document the passage is: a page of a PDF, a slide, a sheet, or a section.
  function locationLabel(citation) {
    const kind = extension(citation);
    // The document's own title often heads its outline: the location starts below it.
    const headings = (citation.headings || []).filter((heading, i) => !(i === 0 && heading === citation.title));
    if (/^pptx?$/.test(kind) && citation.page) return labels.labelSlide + " " + citation.page;
    if (/^(xlsx?|xlsm)$/.test(kind) && headings.length) return labels.labelSheet + "「" + headings[0] + "」";
    if (citation.page) return labels.labelPage + " " + citation.page;
    return headings.join(" › ");
  }

  function citationMap(list) {
    const map = {};
    (list || []).forEach((c) => { map[c.n] = c; });
    return map;
  }

  function render(element, text, citations) {
    element.innerHTML = webui.renderMarkdown(text, { citations: citationMap(citations), originalUrl: originalUrl });
  }

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // --- the source panel --------------------------------------------------------------------
  function openSource(citation, link) {
    lastCiteLink = link || null;
    document.getElementById("source-title").textContent = citation.title || citation.filename;
    document.getElementById("source-filename").textContent = citation.filename || "";
    const where = locationLabel(citation);
    document.getElementById("source-page").textContent = where ? "· " + where : "";
    document.getElementById("source-passage").textContent = citation.text || "";
    document.getElementById("source-original").href = originalUrl(citation.document_id, citation);
    if (window.webuiAttach) window.webuiAttach.showSource(citation);  // 「添付画像」: the picture, its region outlined
    panel.hidden = false;
    document.body.classList.add("source-open");
    panel.focus();
  }
  function closeSource() {
    panel.hidden = true;
    document.body.classList.remove("source-open");
    if (lastCiteLink) lastCiteLink.focus();
  }
  document.getElementById("source-close").addEventListener("click", closeSource);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) closeSource();
  });
  thread.addEventListener("click", function (event) {
    const link = event.target.closest("a.cite, button.source-link");
    if (!link) return;
    const article = link.closest("article[data-message-id], article.streaming");
    const citations = article && article._citations ? article._citations : [];
    const citation = citations.find((c) => String(c.n) === link.dataset.n);
    if (!citation) return;
    event.preventDefault();
    openSource(citation, link);
  });

  // --- answers: sources list and feedback -------------------------------------------------
  function decorateAnswer(article, citations) {
    article._citations = citations || [];
    const body = article.querySelector("[data-markdown]");
    if (body) render(body, body.dataset.raw !== undefined ? body.dataset.raw : body.textContent, article._citations);
    if (article._citations.length) {
      const sources = el("div", { class: "sources" });
      sources.appendChild(el("h3", {}, labels.labelSources));
      const list = el("ol");
      article._citations.forEach(function (c) {
        const item = el("li");
        const button = el("button", { type: "button", class: "source-link", "data-n": String(c.n) });
        const where = locationLabel(c);
        button.textContent = "[" + c.n + "] " + (c.title || c.filename) + (where ? " · " + where : "");
        item.appendChild(button);
        list.appendChild(item);
      });
      sources.appendChild(list);
      article.appendChild(sources);
    }
    if (article.dataset.messageId) article.appendChild(feedbackWidget(article));
  }

  // 「担当: NAME」 under the answer, only where a specialist answered: the base model's answers
  // carry no route. A function as replace()'s replacement: a "$&" in a name stays as written.
  function showAnsweredBy(body, route) {
    if (!route || !route.specialist) return;
    body.after(el("p", { class: "answered-by" }, labels.labelAnsweredBy.replace("{name}", () => route.specialist)));
  }

  function feedbackWidget(article) {
    const id = article.dataset.messageId;
    const box = el("div", { class: "feedback" });
    const up = el("button", { type: "button", class: "rate", "data-rating": "1", "aria-pressed": "false", "aria-label": labels.labelGood, title: labels.labelGood }, "👍");
    const down = el("button", { type: "button", class: "rate", "data-rating": "-1", "aria-pressed": "false", "aria-label": labels.labelBad, title: labels.labelBad }, "👎");
    const commentForm = el("form", { class: "feedback-comment", hidden: "" });
    const commentId = "comment-" + id;
    commentForm.appendChild(el("label", { for: commentId, class: "visually-hidden" }, labels.labelComment));
    const comment = el("input", { id: commentId, name: "comment", maxlength: "2000", placeholder: labels.labelComment });
    comment.value = article.dataset.comment || "";
    commentForm.appendChild(comment);
    commentForm.appendChild(el("button", { type: "submit", class: "secondary" }, labels.labelSend));
    const status = el("span", { class: "feedback-status", role: "status" });
    let rating = parseInt(article.dataset.rating || "0", 10);

    function show() {
      up.setAttribute("aria-pressed", String(rating === 1));
      down.setAttribute("aria-pressed", String(rating === -1));
    }
    function send() {
      const body = new FormData();
      body.append("rating", String(rating));
      body.append("comment", comment.value);
      return fetch(labels.feedbackUrl.replace(/\/0\/feedback\/$/, "/" + id + "/feedback/"), {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRFToken": webui.csrfToken(), Accept: "application/json" },
      }).then((response) => {
        status.textContent = response.ok ? labels.labelThanks : labels.labelError;
      });
    }
    [up, down].forEach(function (button) {
      button.addEventListener("click", function () {
        rating = parseInt(button.dataset.rating, 10);
        show();
        commentForm.hidden = false;
        send();
      });
    });
    commentForm.addEventListener("submit", function (event) {
      event.preventDefault();
      send();
    });
    show();
    box.append(up, down, commentForm, status);
    return box;
  }

  // Answers already on the page (a conversation loaded from history).
  thread.querySelectorAll("article.message").forEach(function (article) {
    if (article.classList.contains("message-assistant")) {
      let citations = [];
      try { citations = JSON.parse(article.dataset.citations || "[]"); } catch (error) { citations = []; }
      decorateAnswer(article, citations);
    } else {
      const body = article.querySelector("[data-markdown]");
      render(body, body.textContent, []);
    }
  });

  // --- asking ------------------------------------------------------------------------------
  function parseEvents(buffer, onEvent) {
    // SSE frames end with a blank line; the last piece may be incomplete and is kept.
    const frames = buffer.split("\n\n");
    const rest = frames.pop();
    frames.forEach(function (frame) {
      let type = "message";
      const data = [];
      frame.split("\n").forEach(function (line) {
        if (line.startsWith("event:")) type = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      });
      if (data.length) onEvent(type, JSON.parse(data.join("\n")));
    });
    return rest;
  }

  // The same item the page renders for a conversation, ⋯ menu included (rename, delete).
  function addConversationToSidebar(id, title) {
    const list = document.getElementById("conversation-list");
    const words = list.dataset;
    const empty = document.getElementById("no-conversations");
    if (empty) empty.remove();
    list.querySelectorAll(".conversation-item.current").forEach(function (other) {
      other.classList.remove("current");
      const current = other.querySelector("a[aria-current]");
      if (current) current.removeAttribute("aria-current");
    });
    const item = el("li", { class: "conversation-item current" });
    item.appendChild(el("a", { href: labels.conversationUrl.replace(/\/0\/$/, "/" + id + "/"), "aria-current": "page" }, title));
    const actions = el("details", { class: "conversation-actions" });
    const summary = el("summary");
    summary.appendChild(el("span", { "aria-hidden": "true" }, "⋯"));
    summary.appendChild(el("span", { class: "visually-hidden" }, words.labelActions.replace("{title}", title)));
    actions.appendChild(summary);
    const menu = el("div", { class: "conversation-menu" });
    function postForm(action, attributes) {
      const form = el("form", Object.assign({ method: "post", action: action }, attributes || {}));
      form.appendChild(el("input", { type: "hidden", name: "csrfmiddlewaretoken", value: webui.csrfToken() }));
      return form;
    }
    const rename = postForm(words.renameUrl.replace(/\/0\/rename\/$/, "/" + id + "/rename/"), { class: "rename-form" });
    rename.appendChild(el("label", { for: "rename-" + id }, words.labelRename));
    const field = el("input", { id: "rename-" + id, name: "title", maxlength: "200", required: "" });
    field.value = title;
    rename.appendChild(field);
    rename.appendChild(el("button", { type: "submit" }, words.labelSave));
    const remove = postForm(words.deleteUrl.replace(/\/0\/delete\/$/, "/" + id + "/delete/"), { "data-confirm": words.labelConfirm });
    remove.appendChild(el("button", { type: "submit", class: "danger" }, words.labelDelete));
    menu.append(rename, remove);
    actions.appendChild(menu);
    item.appendChild(actions);
    list.prepend(item);
  }

  // After 停止 the server keeps what it wrote; the page tells it what was shown, and the
  // stored answer is cut to that, so the conversation reads the same after a reload.
  async function recordStopped(article, body, questionId, shown) {
    if (!conversationField.value || !questionId) return;
    const data = new FormData();
    data.append("question", String(questionId));
    data.append("shown", shown);
    try {
      const response = await fetch(labels.stoppedUrl.replace(/\/0\/stopped\/$/, "/" + conversationField.value + "/stopped/"), {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "X-CSRFToken": webui.csrfToken(), Accept: "application/json" },
      });
      const stored = response.ok ? await response.json() : null;
      if (!stored || !stored.ok) return;
      if (stored.content !== shown) render(body, stored.content, []);
      article.dataset.messageId = stored.message_id;
      article.appendChild(feedbackWidget(article));
    } catch (error) {
      // The answer stays as shown; a reload shows what was stored.
    }
  }

  function setBusy(busy) {
    sendButton.disabled = busy;
    stopButton.hidden = !busy;
    question.readOnly = busy;
  }

  async function ask(text) {
    const empty = document.getElementById("empty-state");
    if (empty) empty.remove();
    const asked = el("article", { class: "message message-user" });
    const askedBody = el("div", { class: "bubble md" });
    render(askedBody, text, []);
    asked.appendChild(askedBody);
    thread.appendChild(asked);

    const article = el("article", { class: "message message-assistant streaming", "aria-busy": "true" });
    const body = el("div", { class: "bubble md", "data-markdown": "" });
    // What is happening until the first words come: 検索中 → 順番待ち（n 人目） → 回答を作成中.
    const stage = el("p", { class: "muted thinking", role: "status" }, labels.labelThinking);
    body.appendChild(stage);
    article.appendChild(body);
    thread.appendChild(article);
    article.scrollIntoView({ block: "end" });

    let answer = "";
    let questionId = null;
    let finished = false;
    let answered = false;
    let scheduled = false;
    function paint() {
      scheduled = false;
      // A frame asked for before the answer was finished, checked or stopped paints nothing:
      // what finished it has drawn the bubble, and a late draft label would stay for good.
      if (finished) return;
      render(body, answer, []);
      // What streams is the model's draft: the checked answer (figures found in the cited
      // passage, or the refusal) replaces it. Until then it is shown as a draft.
      if (!finished) body.appendChild(el("p", { class: "muted checking", role: "status" }, labels.labelChecking));
      article.scrollIntoView({ block: "end" });
    }

    const data = new FormData(form);
    data.set("question", text);
    controller = new AbortController();
    setBusy(true);
    try {
      const response = await fetch(form.action, {
        method: "POST", body: data, credentials: "same-origin", signal: controller.signal,
        headers: { "X-CSRFToken": webui.csrfToken(), Accept: "text/event-stream" },
      });
      if (!response.ok || !response.body) throw new Error(await response.text());
      const reader = response.body.getReader();
      // stream: true keeps a Japanese character split across two network chunks intact.
      const decoder = new TextDecoder("utf-8");
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        buffer = parseEvents(buffer, function (type, payload) {
          if (type === "start") {
            questionId = payload.question_id;
            if (!conversationField.value) {
              conversationField.value = payload.conversation_id;
              addConversationToSidebar(payload.conversation_id, payload.title);
              history.replaceState(null, "", labels.conversationUrl.replace(/\/0\/$/, "/" + payload.conversation_id + "/"));
            }
          } else if (type === "queued") {
            stage.textContent = labels.labelQueued.replace("{n}", String(payload.position));
          } else if (type === "generating") {
            stage.textContent = labels.labelGenerating;
          } else if (type === "delta") {
            answer += payload.text;
            if (!scheduled) { scheduled = true; requestAnimationFrame(paint); }
          } else if (type === "done") {
            finished = true;
            answered = true;
            answer = payload.answer;
            article.dataset.messageId = payload.message_id;
            article.classList.remove("streaming");
            body.dataset.raw = answer;
            showAnsweredBy(body, payload.route);
            decorateAnswer(article, payload.citations);
          } else if (type === "error") {
            finished = true;
            if (!answer) body.remove();  // nothing was written: the error alone
            article.classList.remove("streaming");
            if (payload.message_id) article.dataset.messageId = payload.message_id;
            showFailure(article, payload.message, text);
          }
        });
      }
    } catch (error) {
      if (error.name === "AbortError") {
        article.appendChild(el("p", { class: "muted" }, labels.labelStopped));
        if (answer) recordStopped(article, body, questionId, answer);
      } else {
        finished = true;
        if (answer) render(body, answer, []); else body.remove();
        article.classList.remove("streaming");
        showFailure(article, labels.labelError, text);
      }
    } finally {
      if (!finished) { finished = true; render(body, answer, []); article.classList.remove("streaming"); }
      article.setAttribute("aria-busy", "false");
      controller = null;
      setBusy(false);
      // The composer keeps the question until it is answered: nothing typed is lost.
      if (answered && question.value.trim() === text) question.value = "";
      question.focus();
    }
  }

  function showFailure(article, message, text) {
    article.classList.add("message-failed");
    article.appendChild(el("p", { class: "error", role: "alert" }, message));
    article.appendChild(el("button", { type: "button", class: "secondary retry", "data-question": text }, labels.labelRetry));
  }

  thread.addEventListener("click", function (event) {
    const example = event.target.closest("button.example");
    if (!example || controller) return;
    question.value = example.dataset.question;
    ask(example.dataset.question);
  });

  thread.addEventListener("click", function (event) {
    const retry = event.target.closest("button.retry");
    if (!retry || controller) return;
    retry.disabled = true;
    ask(retry.dataset.question);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = question.value.trim();
    if (!text || controller) return;
    ask(text);
  });
  question.addEventListener("keydown", function (event) {
    // Enter also confirms a Japanese IME conversion: only a plain Enter outside composition sends.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  stopButton.addEventListener("click", function () {
    if (controller) controller.abort();
  });
})();
