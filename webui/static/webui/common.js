// Small behaviours shared by every page. No build step: plain ES2017, loaded with <script>.
"use strict";

window.webui = window.webui || {};

// The CSRF cookie is HttpOnly, so scripts take the token from the page's own form field.
webui.csrfToken = function () {
  const field = document.querySelector("input[name=csrfmiddlewaretoken]");
  return field ? field.value : "";
};

document.addEventListener("change", function (event) {
  const select = event.target.closest("select[data-autosubmit]");
  if (select && select.form) select.form.submit();
});

// On a phone the header folds into one line and a メニュー button opens the rest.
document.addEventListener("click", function (event) {
  const toggle = event.target.closest(".menu-toggle");
  if (!toggle) return;
  const open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(open));
  toggle.closest(".topbar").classList.toggle("menu-open", open);
});

document.addEventListener("submit", function (event) {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
});
