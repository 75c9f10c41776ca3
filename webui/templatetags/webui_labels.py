"""Template filters over webui.labels: `{{ document.status|status_label }}`,
`{{ document.error|reason }}`."""

from __future__ import annotations

from django import template

from webui import labels

register = template.Library()


@register.filter
def status_label(status: str) -> str:
    return labels.status_label(status)


@register.filter
def kind_label(filename: str) -> str:
    return labels.kind_label(filename)


@register.filter
def opens_as_preview(filename: str) -> bool:
    return labels.opens_as_preview(filename)


@register.filter
def retry_can_succeed(document) -> bool:  # noqa: ANN001 - a Document
    return labels.retry_can_succeed(error=document.error, stored=bool(document.sha256))


@register.filter
def reason(text: str | None) -> str:
    return labels.reason_for_reader(text)
