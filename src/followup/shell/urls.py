from django.contrib.auth import views as auth_views
from django.urls import path

from followup.shell.api.app import api
from followup.shell.views import (
    api_tokens,
    dashboard,
    errors,
    insights,
    interviews,
    mail,
    mail_oauth,
    setup,
    steps,
    team,
    transfer,
)

handler400 = errors.bad_request
handler404 = errors.not_found
handler500 = errors.server_error

urlpatterns = [
    path("api/v1/", api.urls),
    path("", dashboard.dashboard, name="dashboard"),
    path("welcome/", setup.welcome, name="welcome"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="followup/login.html",
            # (A sign-in saves nothing: its errors say what did not happen.)
            extra_context={"error_title": "Not signed in"},
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/", setup.profile_settings, name="settings"),
    path("settings/password/", setup.PasswordChange.as_view(), name="password_change"),
    path("settings/api-tokens/", api_tokens.token_create, name="api_token_create"),
    path(
        "settings/api-tokens/<int:pk>/revoke/",
        api_tokens.token_revoke,
        name="api_token_revoke",
    ),
    path("demo/", setup.load_sample, name="demo"),
    path("demo/remove/", setup.remove_sample, name="demo_remove"),
    path("interviews/", interviews.interview_list, name="interviews"),
    path("interviews/new/", interviews.interview_new, name="interview_new"),
    path("interviews/<int:pk>/", interviews.interview_detail, name="interview"),
    path("interviews/<int:pk>/edit/", interviews.interview_edit, name="interview_edit"),
    path("interviews/<int:pk>/debrief/", interviews.interview_debrief, name="interview_debrief"),
    path("interviews/<int:pk>/deadline/", interviews.interview_deadline, name="interview_deadline"),
    path("interviews/<int:pk>/cancel/", interviews.interview_cancel, name="interview_cancel"),
    path("interviews/<int:pk>/delete/", interviews.interview_delete, name="interview_delete"),
    path("interviews/undo-delete/", interviews.interview_undo_delete, name="interview_undo_delete"),
    path(
        "opportunities/<int:pk>/outcome/",
        interviews.opportunity_outcome,
        name="opportunity_outcome",
    ),
    path("insights/", insights.insights_page, name="insights"),
    path("data/", transfer.data_page, name="data"),
    path("data/import/", transfer.import_preview, name="import_preview"),
    path("data/import/confirm/", transfer.import_confirm, name="import_confirm"),
    path("data/export.json", transfer.export_json, name="export_json"),
    path("data/export.csv", transfer.export_csv, name="export_csv"),
    path("data/feed/", transfer.feed_action, name="feed_action"),
    path("feed/<str:key>.ics", transfer.feed_ics, name="feed"),
    path("invitations/<int:pk>/", transfer.invitation_answer, name="invitation"),
    path("mail/", mail.mail_settings, name="mail"),
    path("mail/check/<str:token>/", mail.mail_check, name="mail_check"),
    path("mail/oauth/start/", mail_oauth.start, name="mail_oauth_start"),
    path("mail/oauth/callback/", mail_oauth.callback, name="mail_oauth_callback"),
    path("mail/<int:pk>/", mail.mail_account_action, name="mail_account"),
    path("outbox/<int:pk>/resolve/", mail.outbox_resolve, name="outbox_resolve"),
    path("replies/<int:pk>/meaning/", interviews.reply_correct, name="reply_correct"),
    path("replies/<int:pk>/done/", interviews.ask_done, name="ask_done"),
    path("steps/<int:pk>/queue/", mail.step_queue, name="step_queue"),
    path("steps/<int:pk>/note.eml", mail.step_eml, name="step_eml"),
    path("steps/<int:pk>/", steps.step_detail, name="step"),
    path("steps/<int:pk>/review/", steps.step_review, name="step_review"),
    path("steps/<int:pk>/done/", steps.step_done, name="step_done"),
    path("steps/<int:pk>/undo/", steps.step_undo, name="step_undo"),
    path("team/", team.team_page, name="team"),
    path("team/found/", team.team_found, name="team_found"),
    path("team/members/", team.team_action, name="team_action"),
    path("team/audit/", team.audit_log, name="audit_log"),
    path("team/join/<str:token>/", team.team_join, name="team_join"),
    path("candidates/", team.candidates_page, name="candidates"),
    path("candidates/<int:user_id>/", team.candidate_page, name="candidate"),
    path("candidates/interviews/<int:pk>/notes/", team.coaching_note_add, name="coaching_note"),
    path("candidates/steps/<int:pk>/suggest/", team.suggestion_add, name="suggestion_add"),
    path("suggestions/<int:pk>/", team.suggestion_decide, name="suggestion_decide"),
]
