from django.contrib.auth import views as auth_views
from django.urls import path

from followup.shell.views import (
    dashboard,
    errors,
    insights,
    interviews,
    mail,
    mail_oauth,
    setup,
    steps,
    transfer,
)

handler400 = errors.bad_request
handler404 = errors.not_found

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("welcome/", setup.welcome, name="welcome"),
    path("login/", auth_views.LoginView.as_view(template_name="followup/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/", setup.profile_settings, name="settings"),
    path("settings/password/", setup.PasswordChange.as_view(), name="password_change"),
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
    path("steps/<int:pk>/queue/", mail.step_queue, name="step_queue"),
    path("steps/<int:pk>/note.eml", mail.step_eml, name="step_eml"),
    path("steps/<int:pk>/", steps.step_detail, name="step"),
    path("steps/<int:pk>/review/", steps.step_review, name="step_review"),
    path("steps/<int:pk>/done/", steps.step_done, name="step_done"),
    path("steps/<int:pk>/undo/", steps.step_undo, name="step_undo"),
]
