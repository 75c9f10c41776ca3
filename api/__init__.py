"""The API for the company's other systems: OpenAI-compatible chat at /v1/, REST at /api/v1/,
the OpenAPI schema and its docs page at /api/docs. Every request carries an API token and acts
as the token's owner, through the same services and selectors as the pages."""
