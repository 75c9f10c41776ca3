from django.urls import include, path

from webui import accounts, attachments, audit, specialists, tokens, views

app_name = "webui"

organization = "o/<slug:slug>/"
manage = organization + "manage/"

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", views.favicon, name="favicon"),
    # Django's own language switch (a POST with the CSRF token that sets the language cookie).
    path("i18n/", include("django.conf.urls.i18n")),
    path("account/password/", accounts.password_change, name="password_change"),
    path("account/password/forgotten/", accounts.password_forgotten, name="password_forgotten"),
    path("account/reset/<uidb64>/<token>/", accounts.password_reset, name="password_reset"),
    path(organization, views.organization_home, name="organization"),
    path(organization + "chat/", views.chat, name="chat"),
    path(organization + "chat/ask/", views.ask, name="ask"),
    path(organization + "chat/attachments/", attachments.attachment_upload, name="attachment_upload"),
    path(organization + "chat/attachments/<uuid:attachment_id>/", attachments.attachment_file, name="attachment_file"),
    path(organization + "chat/<int:conversation_id>/", views.chat, name="conversation"),
    path(organization + "chat/<int:conversation_id>/stopped/", views.answer_stopped, name="answer_stopped"),
    path(organization + "chat/<int:conversation_id>/rename/", views.conversation_rename, name="conversation_rename"),
    path(organization + "chat/<int:conversation_id>/delete/", views.conversation_delete, name="conversation_delete"),
    path(organization + "answers/<int:message_id>/feedback/", views.feedback, name="feedback"),
    path(organization + "documents/<uuid:document_id>/original/", views.document_original, name="document_original"),
    path(organization + "documents/<uuid:document_id>/preview/", views.document_preview, name="document_preview"),
    path(organization + "library/", views.library, name="library"),
    path(organization + "tokens/", tokens.tokens, name="tokens"),
    path(organization + "tokens/<int:token_id>/revoke/", tokens.token_revoke_view, name="token_revoke"),
    path(manage + "upload/", views.upload, name="upload"),
    path(manage + "batches/<uuid:batch_id>/", views.batch_progress_json, name="batch_progress"),
    path(manage + "documents/", views.documents, name="documents"),
    path(manage + "documents/<uuid:document_id>/requeue/", views.document_requeue, name="document_requeue"),
    path(manage + "documents/<uuid:document_id>/delete/", views.document_delete, name="document_delete"),
    path(manage + "documents/<uuid:document_id>/visibility/", views.document_visibility, name="document_visibility"),
    path(manage + "users/", views.users, name="users"),
    path(manage + "users/<int:user_id>/", views.user_update, name="user_update"),
    path(manage + "users/<int:user_id>/remove/", views.user_remove, name="user_remove"),
    path(manage + "groups/", views.group_create, name="group_create"),
    path(manage + "accounts/", accounts.manage_accounts, name="accounts"),
    path(manage + "accounts/<int:user_id>/reset-link/", accounts.reset_link, name="reset_link"),
    path(manage + "accounts/<int:user_id>/active/", accounts.deactivate, name="deactivate"),
    path(manage + "accounts/<int:user_id>/unlock/", accounts.unlock, name="unlock"),
    path(manage + "groups/<int:group_id>/rename/", accounts.group_rename, name="group_rename"),
    path(manage + "groups/<int:group_id>/delete/", accounts.group_delete, name="group_delete"),
    path(manage + "feedback/", views.feedback_list, name="feedback_list"),
    path(manage + "audit/", audit.audit, name="audit"),
    path(manage + "audit/settings/", audit.audit_settings, name="audit_settings"),
    path(manage + "specialists/", specialists.specialists, name="specialists"),
    path(manage + "specialists/<int:specialist_id>/", specialists.specialist_update, name="specialist_update"),
    path(manage + "specialists/<int:specialist_id>/delete/", specialists.specialist_delete, name="specialist_delete"),
    path(manage + "specialists/train/", specialists.specialist_train, name="specialist_train"),
    path(manage + "specialists/training/<int:job_id>/cancel/", specialists.training_job_cancel, name="training_job_cancel"),
]
