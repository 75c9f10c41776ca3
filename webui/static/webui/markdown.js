// Model output as a tiny, safe subset of Markdown.
//
// Everything is HTML-escaped FIRST; only then are the few constructs we support turned into
// our own tags (p, br, strong, code, ul/ol/li, citation links). No attribute value ever comes
// from the text except a citation number (digits only) and a document id that we check is a
// UUID. So an answer or passage that contains <script> or <img onerror> shows as text.
"use strict";

window.webui = window.webui || {};

(function () {
  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  // [1], [1, 2], ［１］ and 【1】: small models vary the brackets (as rag/citations.py).
  const CITATION = /[\[［【]\s*([0-9０-９]+(?:\s*[,，、]\s*[0-9０-９]+)*)\s*[\]］】]/g;
  const BULLET = /^\s*(?:[-*+・•])\s+(.*)$/;
  const NUMBERED = /^\s*[0-9０-９]+[.)．）]\s+(.*)$/;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
  }

  function halfWidth(digits) {
    return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }

  // `escaped` is already HTML-escaped text without code spans.
  function emphasis(escaped, options) {
    let html = escaped.replace(/\*\*([^*\n]+?)\*\*/g, "<strong>$1</strong>");
    const citations = options.citations || {};
    html = html.replace(CITATION, function (whole, numbers) {
      const parts = numbers.split(/[,，、]/).map((n) => parseInt(halfWidth(n.trim()), 10));
      if (!parts.every((n) => citations[n])) return whole;
      return parts
        .map(function (n) {
          const citation = citations[n];
          const id = UUID.test(citation.document_id) ? citation.document_id : "";
          const href = id && options.originalUrl ? options.originalUrl(id, citation) : "#";
          return '<a class="cite" href="' + escapeHtml(href) + '" data-n="' + n + '">[' + n + "]</a>";
        })
        .join("");
    });
    return html;
  }

  function inline(raw, options) {
    // Code spans first, so nothing inside them is read as bold or a citation.
    return raw
      .split(/(`[^`\n]+`)/)
      .map(function (piece) {
        if (piece.length > 2 && piece[0] === "`" && piece[piece.length - 1] === "`") {
          return "<code>" + escapeHtml(piece.slice(1, -1)) + "</code>";
        }
        return emphasis(escapeHtml(piece), options);
      })
      .join("");
  }

  webui.renderMarkdown = function (text, options) {
    options = options || {};
    const lines = String(text || "").replace(/\r\n?/g, "\n").split("\n");
    const out = [];
    let paragraph = [];
    let list = null; // {tag, items}

    function flushParagraph() {
      if (paragraph.length) out.push("<p>" + paragraph.map((l) => inline(l, options)).join("<br>") + "</p>");
      paragraph = [];
    }
    function flushList() {
      if (list) out.push("<" + list.tag + ">" + list.items.map((i) => "<li>" + inline(i, options) + "</li>").join("") + "</" + list.tag + ">");
      list = null;
    }
    for (const line of lines) {
      const bullet = line.match(BULLET);
      const numbered = bullet ? null : line.match(NUMBERED);
      if (bullet || numbered) {
        flushParagraph();
        const tag = bullet ? "ul" : "ol";
        if (list && list.tag !== tag) flushList();
        if (!list) list = { tag: tag, items: [] };
        list.items.push((bullet || numbered)[1]);
      } else if (!line.trim()) {
        flushParagraph();
        flushList();
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
    return out.join("");
  };

  webui.escapeHtml = escapeHtml;
})();

// Read-only pages (the admins' feedback list) render their stored answers on load.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-markdown-static]").forEach(function (element) {
    element.innerHTML = webui.renderMarkdown(element.textContent);
  });
});
