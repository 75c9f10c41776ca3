"""One row per security-relevant event in an organization.

Append-only from the application's side: no service updates or deletes a row except the
retention prune, and on PostgreSQL a trigger (migration 0004) refuses UPDATE always and
DELETE unless the deleting transaction says it is the prune (or an organization's removal).
The person is kept by id and name rather than by foreign key: deleting a user must neither
rewrite (SET NULL) nor erase (CASCADE) what they did.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from appliance.tenancy.models import Organization


class AuditEvent(models.Model):
    class Kind(models.TextChoices):
        LOGIN = "login", "ログイン / login"
        LOGOUT = "logout", "ログアウト / logout"
        LOGIN_FAILED = "login_failed", "ログイン失敗 / failed login"
        QUESTION = "question", "質問 / question"
        SEARCH = "search", "検索 / search"
        UPLOAD = "upload", "アップロード / upload"
        DOCUMENT_DELETE = "document_delete", "文書の削除 / document deleted"
        VISIBILITY_CHANGE = "visibility_change", "公開範囲の変更 / visibility changed"
        REINDEX = "reindex", "再インデックス / re-index"
        USER_CREATE = "user_create", "ユーザーの追加 / user added"
        USER_ROLE = "user_role", "権限の変更 / role changed"
        USER_REMOVE = "user_remove", "ユーザーの削除 / user removed"
        GROUP_CREATE = "group_create", "グループの作成 / group created"
        GROUP_MEMBER_ADD = "group_member_add", "グループへの追加 / added to group"
        GROUP_MEMBER_REMOVE = "group_member_remove", "グループからの削除 / removed from group"
        TOKEN_CREATE = "token_create", "APIトークンの発行 / token created"
        TOKEN_REVOKE = "token_revoke", "APIトークンの失効 / token revoked"
        SETTINGS_CHANGE = "settings_change", "設定の変更 / settings changed"
        LOCKOUT = "lockout", "ログインのロック / locked out"
        UNLOCK = "unlock", "ロックの解除 / unlocked"
        PASSWORD_CHANGE = "password_change", "パスワードの変更 / password changed"
        PASSWORD_RESET_LINK = "password_reset_link", "再設定リンクの発行 / reset link issued"
        PASSWORD_RESET = "password_reset", "パスワードの再設定 / password reset"
        USER_DEACTIVATE = "user_deactivate", "ユーザーの無効化 / user deactivated"
        USER_REACTIVATE = "user_reactivate", "ユーザーの有効化 / user reactivated"
        GROUP_RENAME = "group_rename", "グループ名の変更 / group renamed"
        GROUP_DELETE = "group_delete", "グループの削除 / group deleted"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="audit_events")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    kind = models.CharField(max_length=40, choices=Kind.choices)
    actor_user_id = models.IntegerField(null=True, blank=True)  # None: a command or a task
    actor_username = models.CharField(max_length=150, blank=True)
    # The documents concerned (an upload, a delete, the passages an answer showed), as
    # " id id " so that one document is found with a portable `contains` on any database.
    document_ids = models.TextField(blank=True)
    refused = models.BooleanField(null=True, blank=True)  # questions only
    question = models.TextField(blank=True)  # only when the organization keeps questions' text
    details = models.JSONField(default=dict, blank=True)
    request_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "-created_at"], name="audit_org_time")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.kind} by {self.actor_username or '-'} in {self.organization_id}"

    @property
    def document_id_list(self) -> list[str]:
        return self.document_ids.split()
