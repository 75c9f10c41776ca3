"""Personas shared by every test: alice (member of org A), adam (admin of org A), bob (member
of org B). Each test that reads tenant data includes the outsider, bob."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AbstractUser
from django.test import Client

from appliance import components
from appliance.tenancy.models import Group, Membership, Organization
from appliance.tenancy.services import group_create, organization_create, user_create

# One llama.cpp server for the whole run, whichever test modules ask for it: a fixture
# imported into several modules would start one server per module.
from tests.llm_server import llm_server  # noqa: F401,E402

PASSWORD = "correct horse battery staple 42"


@dataclass
class World:
    org_a: Organization
    org_b: Organization
    alice: AbstractUser
    adam: AbstractUser
    bob: AbstractUser
    sales_a: Group  # alice is in it
    legal_a: Group  # nobody but admins sees its documents
    sales_b: Group  # bob is in it


@pytest.fixture
def world(db: None) -> World:
    org_a, _ = organization_create(slug="org-a", name="Org A 株式会社")
    org_b, _ = organization_create(slug="org-b", name="Org B 合同会社")
    sales_a, _ = group_create(organization=org_a, name="sales")
    legal_a, _ = group_create(organization=org_a, name="legal")
    sales_b, _ = group_create(organization=org_b, name="sales")
    alice, _ = user_create(username="alice", organization=org_a, groups=[sales_a], password=PASSWORD)
    adam, _ = user_create(username="adam", organization=org_a, role=Membership.Role.ADMIN, password=PASSWORD)
    bob, _ = user_create(username="bob", organization=org_b, groups=[sales_b], password=PASSWORD)
    return World(org_a, org_b, alice, adam, bob, sales_a, legal_a, sales_b)


@pytest.fixture
def client_for(world: World):
    def make(user: AbstractUser | None) -> Client:
        client = Client(enforce_csrf_checks=True)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture(autouse=True, scope="session")
def close_components_at_the_end():
    yield
    from appliance import components

    components.reset()


@pytest.fixture
def model(llm_server, settings) -> Iterator[None]:  # noqa: F811
    """The real packaged model behind llama.cpp's server, as the appliance's LLM."""
    settings.LLM_URLS = [llm_server.url]
    settings.LLM_MODEL = llm_server.model
    settings.LLM_API_KEY = llm_server.token
    components.reset()
    yield
    components.reset()


@pytest.fixture
def no_model(settings) -> Iterator[None]:
    """An LLM URL nothing listens on (the discard port): any call to the model would raise."""
    settings.LLM_URLS = ["http://127.0.0.1:9/v1"]
    components.reset()
    yield
    components.reset()
