from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from appliance.selectors import organization_list


@login_required
def home(request: HttpRequest) -> HttpResponse:
    organizations = organization_list(fetched_by=request.user)
    return render(request, "webui/home.html", {"organizations": organizations})
